// The signing screen, for the client on a tablet or at the desk: one consent document at a time,
// its text, the questionnaire (treatment consent), the client's signature (or "signed on paper" with
// a scan), and the practitioner's countersignature or witness. The signed PDF is made and stored at
// once and shown with Print and Save as PDF.
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SignedSummary } from '../../../../../api/contract/consent';
import { CONSENT_KINDS, type ConsentKind } from '../../../../../core/clinic-documents';
import { useApiQuery } from '../../../api/useApi';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { fullName } from '../../../format';
import { t } from '../../../i18n';
import { documentLabel } from '../../forms/document-words';
import { SignForm } from './SignForm';
import './consent.css';

const SignedPdfPanel = lazy(() => import('./SignedPdfPanel'));

const hint = (kind: ConsentKind) => t(`consent.hint.${kind}`);

export function SigningPage() {
  const clientId = Number(useParams().clientId);
  const chart = useApiQuery('clients.chart', { id: clientId });
  const status = useApiQuery('consent.status', { clientId });
  const settings = useApiQuery('settings.get', {});
  const [kind, setKind] = useState<ConsentKind>('treatment_consent');
  const [signed, setSigned] = useState<SignedSummary | null>(null);
  const [round, setRound] = useState(0);

  if (chart.isPending || status.isPending) return <p className="muted">{t('consent.signing.opening')}</p>;
  if (!chart.data) return <ErrorNotice message={chart.error?.message ?? ''} />;
  if (!status.data) return <ErrorNotice message={status.error?.message ?? ''} />;
  const name = fullName(chart.data.client);
  const doc = status.data.current[kind];
  const pick = (k: ConsentKind) => {
    setKind(k);
    setSigned(null);
    setRound((n) => n + 1);
  };
  const signedNow = (k: ConsentKind) => status.data.signed.find((s) => s.kind === k && s.documentId === status.data.current[k].id);
  // Marketing is offered only when asked for: "next" goes to the clinical photo consent at most.
  const nextKind = (['treatment_consent', 'photo_consent'] as const).find((k) => k !== kind && !signedNow(k));

  return (
    <section className="signing">
      <p className="back-row">
        <Link className="back-link" to={`/clients/${clientId}`}>
          {t('consent.signing.back', { name })}
        </Link>
      </p>
      <h1>{t('consent.signing.title', { name })}</h1>
      {status.data.reconsent.message && (
        <p className="notice" role="status">
          {status.data.reconsent.message}
        </p>
      )}
      <div className="signing-documents" role="group" aria-label={t('consent.signing.pick')}>
        {CONSENT_KINDS.map((k) => {
          const already = signedNow(k);
          return (
            <button
              key={k}
              type="button"
              className={`signing-pick${k === kind ? ' selected' : ''}`}
              aria-pressed={k === kind}
              onClick={() => pick(k)}
            >
              <strong>{documentLabel(k)}</strong>
              <span>{already ? t('consent.signing.signedVersion', { version: already.documentVersion }) : hint(k)}</span>
            </button>
          );
        })}
      </div>
      {signed ? (
        <div className="signed-result">
          <p className="notice notice-ok" role="status">
            {t('consent.signing.done', { title: signed.title, version: signed.documentVersion, signer: signed.signerName })}
          </p>
          {nextKind && (
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={() => pick(nextKind)}>
                {t('consent.signing.next', { document: documentLabel(nextKind) })}
              </button>
            </div>
          )}
          <Suspense fallback={<p className="muted">{t('consent.opening')}</p>}>
            <SignedPdfPanel signed={signed} paper={settings.data?.paperSize ?? 'A4'} />
          </Suspense>
        </div>
      ) : (
        <SignForm
          key={`${doc.id}-${round}`}
          chart={chart.data}
          document={doc}
          questionnaire={kind === 'treatment_consent' ? status.data.current.questionnaire : null}
          onSigned={setSigned}
        />
      )}
    </section>
  );
}
