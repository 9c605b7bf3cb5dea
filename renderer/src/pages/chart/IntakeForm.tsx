import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ChartRecord } from '../../../../api/contract/chart';
import type { DocumentRecord } from '../../../../api/contract/documents';
import { answerProblems } from '../../../../core/clinic-documents';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { DateTimeField } from '../../components/DateTimeField';
import { Field } from '../../components/Field';
import { toLocalInput } from './session/sessionFormModel';
import { answersFrom, formAnswersFrom, type FormAnswers } from './consent/answers';
import { QuestionFields } from './consent/QuestionFields';
import { useDraft } from './useDraft';
import { formatDateTime } from '../../format';
import { useKeptForm } from '../../lock/useKept';
import { t } from '../../i18n';

interface Values {
  answers: FormAnswers;
  consentGivenAt: string;
  consentWitnessedBy: string;
  complete: boolean;
}

/** The form's starting values: the answers and consent on file. */
function defaultsFrom({ intake }: ChartRecord, questionnaire: DocumentRecord): Values {
  return {
    answers: formAnswersFrom(questionnaire.questions, intake?.answers),
    consentGivenAt: intake?.consentGivenAt ? toLocalInput(new Date(intake.consentGivenAt)) : '',
    consentWitnessedBy: intake?.consentWitnessedBy ? String(intake.consentWitnessedBy) : '',
    complete: intake?.completedAt != null,
  };
}

/** The questionnaire. Later sessions open it prefilled and save only as a change of answers. */
export function IntakeForm({ chart, laterChange, onDone }: { chart: ChartRecord; laterChange: boolean; onDone: () => void }) {
  const draft = useDraft(chart.client.id, 'intake');
  // The clinic's current questionnaire: a later change is recorded against it.
  const questionnaire = useApiQuery('documents.get', { kind: 'questionnaire' });
  if (draft.loading || !questionnaire.data) return null;
  return <IntakeFormBody chart={chart} laterChange={laterChange} onDone={onDone} draft={draft} questionnaire={questionnaire.data} />;
}

interface BodyProps {
  chart: ChartRecord;
  laterChange: boolean;
  onDone: () => void;
  draft: ReturnType<typeof useDraft>;
  questionnaire: DocumentRecord;
}

function IntakeFormBody({ chart, laterChange: laterChangeAtOpen, onDone, draft, questionnaire: current }: BodyProps) {
  const [questionnaire] = useState(current); // as when opened: a new version saved meanwhile does not move the questions
  const [laterChange] = useState(laterChangeAtOpen); // as when opened, whatever is saved meanwhile
  const { intake, client } = chart;
  const staff = useApiQuery('staff.list', {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [baseVersion, setBaseVersion] = useState(intake?.version ?? null);
  const consentRecorded = Boolean(intake?.consentGivenAt);
  const kept = draft.draft;
  const [restoredFrom, setRestoredFrom] = useState(kept?.savedAt ?? null);
  const start = defaultsFrom(chart, questionnaire);
  const keptAnswers = (kept?.data as Partial<Values> | undefined)?.answers ?? {};
  const form = useForm<Values>({
    defaultValues: {
      ...start,
      ...(kept?.data ?? {}),
      // A draft from before a question existed (or kind changed) fills in only what it has.
      answers: Object.fromEntries(Object.entries(start.answers).map(([k, v]) => [k, { ...v, ...(keptAnswers[k] ?? {}) }])),
    },
  });
  useKeptForm(client.id, 'intake/values', form);
  const { register, watch, handleSubmit, reset, formState, setValue } = form;
  const answers = watch('answers');
  const fresh = useRef(start);
  useEffect(() => {
    const sub = watch((v) => draft.schedule(v as Record<string, unknown>, intake?.version ?? null));
    return () => sub.unsubscribe();
  }, [watch, draft, intake?.version]);

  const submit = handleSubmit(async (v) => {
    setNotice(null);
    const found: Record<string, string> = {};
    const given = answersFrom(questionnaire.questions, v.answers);
    for (const [path, message] of Object.entries(answerProblems(questionnaire.questions, given))) {
      const missing = given[path.slice('answers.'.length)] === undefined;
      if (!missing) found[path] = message;
      else if (v.complete) found[path] = t('chart.intakeForm.beforeComplete', { problem: message.replace(/\.$/, '') });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await call('intake.save', {
      clientId: client.id,
      expectedVersion: baseVersion,
      answers: given,
      questionnaireId: questionnaire.id,
      complete: v.complete,
      // Consent is recorded once; its (disabled) controls then just show what is on file.
      consentGivenAt: consentRecorded ? intake!.consentGivenAt : v.consentGivenAt ? new Date(v.consentGivenAt).toISOString() : null,
      consentWitnessedBy: consentRecorded ? intake!.consentWitnessedBy : v.consentWitnessedBy ? Number(v.consentWitnessedBy) : null,
    });
    if (result.ok) {
      setBaseVersion(result.data.version); // the form may stay open (an intake saved incomplete)
      await draft.discard();
      onDone();
      return;
    }
    if (result.error.code === 'conflict') {
      // Keep what was typed; the next save is made knowingly against the newer intake.
      const current = result.error.current as { version?: number } | null;
      setBaseVersion(current?.version ?? null);
      setNotice(t('chart.intakeForm.conflict'));
      return;
    }
    if (result.error.fields) setErrors(result.error.fields);
    else setNotice(result.error.message);
  });

  return (
    <form className="form intake-form" onSubmit={submit} noValidate aria-label={t('chart.intakeForm.label')}>
      {laterChange && <p className="muted">{t('chart.intakeForm.laterChange')}</p>}
      {restoredFrom && (
        <div className="notice draft-restored" role="status">
          {t('chart.intakeForm.restored', { when: formatDateTime(restoredFrom) })}{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              void draft.discard();
              reset(fresh.current);
              setRestoredFrom(null);
            }}
          >
            {t('chart.intakeForm.discard')}
          </button>
        </div>
      )}
      <ChangedUnderneath
        show={!notice && !formState.isSubmitting && (intake?.version ?? null) !== baseVersion}
        what={t('chart.changed.intake')}
        kept={t('chart.changed.answersKept')}
      />
      {notice && (
        <p className="notice notice-error" role="alert">
          {notice}
        </p>
      )}
      <QuestionFields
        questions={questionnaire.questions}
        values={answers}
        errors={errors}
        onChange={(key, value) => setValue(`answers.${key}`, value, { shouldDirty: true })}
      />
      <div className="form-grid form-grid-3">
        <DateTimeField
          label={t('chart.intakeForm.consentAt')}
          name="consentGivenAt"
          value={watch('consentGivenAt')}
          onChange={(v) => setValue('consentGivenAt', v, { shouldDirty: true })}
          error={errors.consentGivenAt}
          disabled={consentRecorded}
          {...(consentRecorded ? { hint: t('chart.intakeForm.consentOnce') } : {})}
        />
        <Field label={t('chart.intakeForm.witness')} error={errors.consentWitnessedBy}>
          {(p) => (
            <select {...p} disabled={consentRecorded} {...register('consentWitnessedBy')}>
              <option value="">{t('chart.choose')}</option>
              {(staff.data ?? []).map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <span className="label-like" aria-hidden="true">
            {t('chart.intakeForm.status')}
          </span>
          <label className="chip chip-block">
            <input type="checkbox" disabled={laterChange} {...register('complete')} />
            <span>{t('chart.intakeForm.complete')}</span>
          </label>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {laterChange ? t('chart.intakeForm.saveChanges') : t('chart.intakeForm.save')}
        </button>
        {laterChange && (
          <button
            type="button"
            className="button"
            onClick={() => {
              void draft.discard();
              onDone();
            }}
          >
            {t('chart.intakeForm.nothingChanged')}
          </button>
        )}
      </div>
    </form>
  );
}
