// The clinic's questions, each in the form its kind asks for: yes/no (with details after a yes), a
// choice, a date or free text. Each error shows beside its question.
import type { Question } from '../../../../../core/clinic-documents';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { t } from '../../../i18n';
import type { FormAnswer, FormAnswers } from './answers';

interface Props {
  questions: readonly Question[];
  values: FormAnswers;
  errors: Record<string, string>;
  onChange: (key: string, value: FormAnswer) => void;
  /** Where the hint after a yes points: the chart's contraindications, or nothing on the client's screen. */
  hints?: boolean;
}

const EMPTY: FormAnswer = { answer: '', detail: '', value: '' };

export function QuestionFields({ questions, values, errors, onChange, hints = true }: Props) {
  return (
    <ol className="questions">
      {questions.map((q) => {
        const v = values[q.key] ?? EMPTY;
        const error = errors[`answers.${q.key}`];
        const set = (patch: Partial<FormAnswer>) => onChange(q.key, { ...v, ...patch });
        const label = q.required ? q.text : t('consent.q.optional', { text: q.text });
        if (q.kind === 'date') {
          return (
            <li key={q.key} className={`question${error ? ' field-invalid' : ''}`}>
              <DateField label={label} required={q.required} value={v.value} onChange={(value) => set({ value })} error={error} />
            </li>
          );
        }
        if (q.kind !== 'yes_no') {
          return (
            <li key={q.key} className={`question${error ? ' field-invalid' : ''}`}>
              <Field label={label} error={error}>
                {(p) =>
                  q.kind === 'choice' ? (
                    <select {...p} value={v.value} onChange={(e) => set({ value: e.target.value })}>
                      <option value="">{t('consent.form.choose')}</option>
                      {q.options.map((o) => (
                        <option key={o} value={o}>
                          {o}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input {...p} autoComplete="off" value={v.value} onChange={(e) => set({ value: e.target.value })} />
                  )
                }
              </Field>
            </li>
          );
        }
        return (
          <li key={q.key} className={`question${error ? ' field-invalid' : ''}`}>
            <fieldset className="chip-group" aria-describedby={error ? `q-${q.key}-error` : undefined}>
              <legend>{label}</legend>
              <div className="chips">
                {(['no', 'yes'] as const).map((answer) => (
                  <label key={answer} className="chip">
                    <input type="radio" name={`q-${q.key}`} value={answer} checked={v.answer === answer} onChange={() => set({ answer })} />
                    <span>{answer === 'yes' ? t('consent.q.yes') : t('consent.q.no')}</span>
                  </label>
                ))}
              </div>
              {error && (
                <p className="field-error" id={`q-${q.key}-error`} role="alert">
                  {error}
                </p>
              )}
            </fieldset>
            {v.answer === 'yes' && (
              <div className="field question-detail">
                <label htmlFor={`q-${q.key}-detail`}>{t('consent.q.details')}</label>
                <input id={`q-${q.key}-detail`} autoComplete="off" value={v.detail} onChange={(e) => set({ detail: e.target.value })} />
                {hints && q.tier && (
                  <p className="field-hint">
                    {!q.records
                      ? t('consent.q.usually', { tier: q.tier })
                      : q.tier === 'temporary' && q.waitDays
                        ? t('consent.q.recordedDays', { days: q.waitDays })
                        : t('consent.q.recorded', { tier: q.tier })}
                  </p>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
