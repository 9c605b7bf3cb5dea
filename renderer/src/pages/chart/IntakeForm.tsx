import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ChartRecord } from '../../../../api/contract/chart';
import { INTAKE_QUESTIONS } from '../../../../core/intake-questions';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { Field } from '../../components/Field';
import { toLocalInput } from './session/sessionFormModel';
import { TIER_LABELS } from './labels';
import { useDraft } from './useDraft';
import { formatDateTime } from '../../format';
import { useKeptForm } from '../../lock/useKept';

interface Values {
  answers: Record<string, { answer: '' | 'yes' | 'no'; detail: string }>;
  consentGivenAt: string;
  consentWitnessedBy: string;
  complete: boolean;
}

/** The form's starting values: the answers and consent on file. */
function defaultsFrom({ intake }: ChartRecord): Values {
  return {
    answers: Object.fromEntries(
      INTAKE_QUESTIONS.map((q) => {
        const a = intake?.answers[q.key];
        return [q.key, { answer: a ? (a.answer ? 'yes' : 'no') : '', detail: a?.detail ?? '' }];
      }),
    ),
    consentGivenAt: intake?.consentGivenAt ? toLocalInput(new Date(intake.consentGivenAt)) : '',
    consentWitnessedBy: intake?.consentWitnessedBy ? String(intake.consentWitnessedBy) : '',
    complete: intake?.completedAt != null,
  };
}

/** The questionnaire. Later sessions open it prefilled and save only as a change of answers. */
export function IntakeForm({ chart, laterChange, onDone }: { chart: ChartRecord; laterChange: boolean; onDone: () => void }) {
  const draft = useDraft(chart.client.id, 'intake');
  if (draft.loading) return null;
  return <IntakeFormBody chart={chart} laterChange={laterChange} onDone={onDone} draft={draft} />;
}

interface BodyProps {
  chart: ChartRecord;
  laterChange: boolean;
  onDone: () => void;
  draft: ReturnType<typeof useDraft>;
}

function IntakeFormBody({ chart, laterChange: laterChangeAtOpen, onDone, draft }: BodyProps) {
  const [laterChange] = useState(laterChangeAtOpen); // as when opened, whatever is saved meanwhile
  const { intake, client } = chart;
  const staff = useApiQuery('staff.list', {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [baseVersion, setBaseVersion] = useState(intake?.version ?? null);
  const consentRecorded = Boolean(intake?.consentGivenAt);
  const kept = draft.draft;
  const [restoredFrom, setRestoredFrom] = useState(kept?.savedAt ?? null);
  const form = useForm<Values>({ defaultValues: { ...defaultsFrom(chart), ...(kept?.data ?? {}) } });
  useKeptForm(client.id, 'intake/values', form);
  const { register, watch, handleSubmit, reset, formState } = form;
  const answers = watch('answers');
  const fresh = useRef(defaultsFrom(chart));
  useEffect(() => {
    const sub = watch((v) => draft.schedule(v as Record<string, unknown>, intake?.version ?? null));
    return () => sub.unsubscribe();
  }, [watch, draft, intake?.version]);

  const submit = handleSubmit(async (v) => {
    setNotice(null);
    const found: Record<string, string> = {};
    if (v.complete) {
      for (const q of INTAKE_QUESTIONS)
        if (!v.answers[q.key]?.answer) found[`answers.${q.key}`] = 'Answer yes or no before completing the intake.';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await call('intake.save', {
      clientId: client.id,
      expectedVersion: baseVersion,
      answers: Object.fromEntries(
        Object.entries(v.answers)
          .filter(([, a]) => a.answer !== '')
          .map(([k, a]) => [k, { answer: a.answer === 'yes', detail: a.answer === 'yes' ? a.detail : '' }]),
      ),
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
      setNotice('Someone else saved this intake while you were editing. Your answers are still here: check them and save again.');
      return;
    }
    if (result.error.fields) setErrors(result.error.fields);
    else setNotice(result.error.message);
  });

  return (
    <form className="form intake-form" onSubmit={submit} noValidate aria-label="Intake questionnaire">
      {laterChange && <p className="muted">Completed at the first session. Change only the answers that are different now.</p>}
      {restoredFrom && (
        <div className="notice draft-restored" role="status">
          Your unsaved answers from {formatDateTime(restoredFrom)} are back.{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              void draft.discard();
              reset(fresh.current);
              setRestoredFrom(null);
            }}
          >
            Discard them
          </button>
        </div>
      )}
      <ChangedUnderneath
        show={!notice && !formState.isSubmitting && (intake?.version ?? null) !== baseVersion}
        what="this intake"
        kept="Your answers are kept"
      />
      {notice && (
        <p className="notice notice-error" role="alert">
          {notice}
        </p>
      )}
      <ol className="questions">
        {INTAKE_QUESTIONS.map((q) => {
          const error = errors[`answers.${q.key}`];
          return (
            <li key={q.key} className={`question${error ? ' field-invalid' : ''}`}>
              <fieldset className="chip-group" aria-describedby={error ? `q-${q.key}-error` : undefined}>
                <legend>{q.question}</legend>
                <div className="chips">
                  <label className="chip">
                    <input type="radio" value="no" {...register(`answers.${q.key}.answer`)} />
                    <span>No</span>
                  </label>
                  <label className="chip">
                    <input type="radio" value="yes" {...register(`answers.${q.key}.answer`)} />
                    <span>Yes</span>
                  </label>
                </div>
                {error && (
                  <p className="field-error" id={`q-${q.key}-error`} role="alert">
                    {error}
                  </p>
                )}
              </fieldset>
              {answers[q.key]?.answer === 'yes' && (
                <div className="field question-detail">
                  <label htmlFor={`q-${q.key}-detail`}>Details</label>
                  <input id={`q-${q.key}-detail`} autoComplete="off" {...register(`answers.${q.key}.detail`)} />
                  <p className="field-hint">
                    Usually {TIER_LABELS[q.tier].toLowerCase()}: add it under contraindications below if it applies now.
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="form-grid form-grid-3">
        <Field
          label="Consent given at"
          error={errors.consentGivenAt}
          {...(consentRecorded ? { hint: 'Recorded once; cannot be changed.' } : {})}
        >
          {(p) => <input {...p} type="datetime-local" disabled={consentRecorded} {...register('consentGivenAt')} />}
        </Field>
        <Field label="Witnessed by" error={errors.consentWitnessedBy}>
          {(p) => (
            <select {...p} disabled={consentRecorded} {...register('consentWitnessedBy')}>
              <option value="">Choose…</option>
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
            Status
          </span>
          <label className="chip chip-block">
            <input type="checkbox" disabled={laterChange} {...register('complete')} />
            <span>Questionnaire complete</span>
          </label>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {laterChange ? 'Save the changes' : 'Save intake'}
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
            Nothing changed
          </button>
        )}
      </div>
    </form>
  );
}
