// One consent document to sign: its text, the questions (treatment consent), the client's
// signature or a scan of the signed paper, and the practitioner. The same checks as the API run
// here first, each message beside its field; nothing is signed until every one passes.
import { useState } from 'react';
import type { ChartRecord } from '../../../../../api/contract/chart';
import type { SignedSummary } from '../../../../../api/contract/consent';
import type { DocumentRecord } from '../../../../../api/contract/documents';
import { answerProblems } from '../../../../../core/clinic-documents';
import { call } from '../../../api/client';
import { useApiQuery } from '../../../api/useApi';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { SignaturePadField } from '../../../components/SignaturePadField';
import { fullName } from '../../../format';
import { t } from '../../../i18n';
import { answersFrom, formAnswersFrom, type FormAnswers } from './answers';
import { QuestionFields } from './QuestionFields';
import { signedPdfBytes, toBase64 } from './signedPdf';

interface Props {
  chart: ChartRecord;
  document: DocumentRecord;
  questionnaire: DocumentRecord | null;
  onSigned: (signed: SignedSummary) => void;
}

export function SignForm({ chart, document: doc, questionnaire, onSigned }: Props) {
  const staff = useApiQuery('staff.list', {});
  const auth = useApiQuery('auth.status', {});
  const me = auth.data?.actor;
  const [answers, setAnswers] = useState<FormAnswers>(() => formAnswersFrom(questionnaire?.questions ?? [], chart.intake?.answers));
  const [signerName, setSignerName] = useState(fullName(chart.client));
  const [method, setMethod] = useState<'screen' | 'paper'>('screen');
  const [signature, setSignature] = useState<string | null>(null);
  const [scan, setScan] = useState<File | null>(null);
  const [practitionerId, setPractitionerId] = useState(me && me.role !== 'reception' ? String(me.id) : '');
  const [role, setRole] = useState<'witness' | 'countersigned'>('witness');
  const [counter, setCounter] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const practitioners = (staff.data ?? []).filter((s) => s.active && s.role !== 'reception');

  async function sign() {
    setNotice(null);
    const given = questionnaire ? answersFrom(questionnaire.questions, answers) : null;
    const found: Record<string, string> = questionnaire && given ? answerProblems(questionnaire.questions, given) : {};
    if (!signerName.trim()) found.signerName = t('consent.form.signerNameMissing');
    if (method === 'screen' && !signature) found.signature = t('consent.form.notSigned');
    if (method === 'paper' && !scan) found.scan = t('consent.form.noScan');
    if (!practitionerId) found.practitionerId = t('consent.form.noPractitioner');
    if (role === 'countersigned' && !counter) found.practitionerSignature = t('consent.form.notCountersigned');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setNotice(t('consent.form.missing'));
      return;
    }
    setBusy(true);
    const r = await call('consent.sign', {
      clientId: chart.client.id,
      documentId: doc.id,
      questionnaireId: questionnaire?.id ?? null,
      answers: given,
      signerName: signerName.trim(),
      method,
      signature: method === 'screen' ? signature : null,
      scan: method === 'paper' && scan ? { name: scan.name, data: toBase64(new Uint8Array(await scan.arrayBuffer())) } : null,
      practitionerId: Number(practitionerId),
      practitionerRole: role,
      practitionerSignature: role === 'countersigned' ? counter : null,
    });
    if (!r.ok) {
      setBusy(false);
      setErrors(r.error.fields ?? {});
      setNotice(r.error.message);
      return;
    }
    // The PDF is made and stored now, while the client is here; if that fails, the chart makes it later.
    await signedPdfBytes(r.data.id);
    setBusy(false);
    onSigned(r.data);
  }

  return (
    <form
      className="form sign-form"
      aria-label={t('consent.form.label', { title: doc.title })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void sign();
      }}
    >
      <article className="consent-text" aria-labelledby="consent-title">
        <h2 id="consent-title">{doc.title}</h2>
        <p className="muted">{t('consent.form.textVersion', { version: doc.version })}</p>
        {doc.body.split(/\n\s*\n/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </article>
      {questionnaire && (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{questionnaire.title}</h2>
          <p className="muted">{questionnaire.body}</p>
          <QuestionFields
            questions={questionnaire.questions}
            values={answers}
            errors={errors}
            hints={false}
            onChange={(key, value) => setAnswers((a) => ({ ...a, [key]: value }))}
          />
        </section>
      )}
      <h2>{t('consent.form.signatures')}</h2>
      <div className="form-grid">
        <Field label={t('consent.form.signerName')} error={errors.signerName}>
          {(p) => <input {...p} value={signerName} onChange={(e) => setSignerName(e.target.value)} autoComplete="off" />}
        </Field>
      </div>
      <div className="sign-choices">
        <fieldset className="chip-group">
          <legend>{t('consent.form.how')}</legend>
          <div className="chips">
            <label className="chip">
              <input type="radio" name="method" checked={method === 'screen'} onChange={() => setMethod('screen')} />
              <span>{t('consent.form.onScreen')}</span>
            </label>
            <label className="chip">
              <input type="radio" name="method" checked={method === 'paper'} onChange={() => setMethod('paper')} />
              <span>{t('consent.form.onPaper')}</span>
            </label>
          </div>
        </fieldset>
      </div>
      {method === 'screen' ? (
        <SignaturePadField
          label={t('consent.form.clientSignature')}
          clearLabel={t('consent.form.clearClientSignature')}
          error={errors.signature}
          onChange={(v) => setSignature(v.png)}
        />
      ) : (
        <Field label={t('consent.form.scan')} error={errors.scan} hint={t('consent.form.scanHint')}>
          {(p) => <input {...p} type="file" accept="image/*" onChange={(e) => setScan(e.target.files?.[0] ?? null)} />}
        </Field>
      )}
      <div className="sign-choices">
        <Field label={t('consent.form.practitioner')} error={errors.practitionerId}>
          {(p) => (
            <select {...p} value={practitionerId} onChange={(e) => setPractitionerId(e.target.value)}>
              <option value="">{t('consent.form.choose')}</option>
              {practitioners.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="chip-group">
          <legend>{t('consent.form.practitionerRole')}</legend>
          <div className="chips">
            <label className="chip">
              <input type="radio" name="role" checked={role === 'witness'} onChange={() => setRole('witness')} />
              <span>{t('consent.form.witnessed')}</span>
            </label>
            <label className="chip">
              <input type="radio" name="role" checked={role === 'countersigned'} onChange={() => setRole('countersigned')} />
              <span>{t('consent.form.countersigns')}</span>
            </label>
          </div>
        </fieldset>
      </div>
      {role === 'countersigned' && (
        <SignaturePadField
          label={t('consent.form.practitionerSignature')}
          clearLabel={t('consent.form.clearPractitionerSignature')}
          error={errors.practitionerSignature}
          onChange={(v) => setCounter(v.png)}
        />
      )}
      {notice && <ErrorNotice message={notice} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          {busy ? t('consent.form.signing') : t('consent.form.label', { title: doc.title.replace(/^Consent to /, 'consent to ') })}
        </button>
      </div>
    </form>
  );
}
