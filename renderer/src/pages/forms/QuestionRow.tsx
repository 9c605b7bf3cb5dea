// One question in the questionnaire editor: its words, its kind, whether it must be answered, and
// for a yes/no the contraindication a yes points to (and whether a yes records it on the chart).
import { QUESTION_KINDS, type QuestionKind } from '../../../../core/clinic-documents';
import { CONTRAINDICATION_TIERS, type ContraindicationTier } from '../../../../core/vocabulary';
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import { TIER_LABELS } from '../chart/labels';
import { questionKindLabel } from './document-words';
import type { DraftQuestion } from './draft';

interface Props {
  index: number;
  question: DraftQuestion;
  errors: Record<string, string>;
  count: number;
  onChange: (patch: Partial<DraftQuestion>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function QuestionRow({ index, question: q, errors, count, onChange, onMove, onRemove }: Props) {
  const e = (field: string) => errors[`questions.${index}.${field}`];
  const n = index + 1;
  return (
    <fieldset className="question-row">
      <legend>{t('forms.question.legend', { n })}</legend>
      <div className="form-grid">
        <Field label={t('forms.question.words', { n })} error={e('text') ?? e('key')}>
          {(p) => <input {...p} value={q.text} onChange={(ev) => onChange({ text: ev.target.value })} />}
        </Field>
        <Field label={t('forms.question.answer', { n })} error={e('kind')} {...(q.asked ? { hint: t('forms.question.keptAsAsked') } : {})}>
          {(p) => (
            <select {...p} value={q.kind} disabled={q.asked} onChange={(ev) => onChange({ kind: ev.target.value as QuestionKind })}>
              {QUESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {questionKindLabel(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="chip chip-block">
        <input type="checkbox" checked={q.required} onChange={(ev) => onChange({ required: ev.target.checked })} />
        <span>{t('forms.question.required')}</span>
      </label>
      {q.kind === 'yes_no' && (
        <div className="form-grid form-grid-3">
          <Field label={t('forms.question.yesMeans', { n })} error={e('tier')}>
            {(p) => (
              <select
                {...p}
                value={q.tier ?? ''}
                onChange={(ev) => onChange({ tier: ev.target.value === '' ? null : (ev.target.value as ContraindicationTier) })}
              >
                <option value="">{t('forms.question.noContraindication')}</option>
                {CONTRAINDICATION_TIERS.map((tier) => (
                  <option key={tier} value={tier}>
                    {TIER_LABELS[tier]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {q.tier === 'temporary' && (
            <Field label={t('forms.question.waitDays', { n })} error={e('waitDays')}>
              {(p) => <input {...p} inputMode="numeric" value={q.waitDays} onChange={(ev) => onChange({ waitDays: ev.target.value })} />}
            </Field>
          )}
          {q.tier && (
            <label className="chip chip-block">
              <input type="checkbox" checked={q.records} onChange={(ev) => onChange({ records: ev.target.checked })} />
              <span>{t('forms.question.records')}</span>
            </label>
          )}
        </div>
      )}
      {q.kind === 'choice' && (
        <Field label={t('forms.question.options', { n })} error={e('options')}>
          {(p) => <textarea {...p} rows={3} value={q.options} onChange={(ev) => onChange({ options: ev.target.value })} />}
        </Field>
      )}
      <div className="form-actions">
        <button type="button" className="button" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('forms.question.up', { n })}
        </button>
        <button type="button" className="button" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('forms.question.down', { n })}
        </button>
        <button type="button" className="button" onClick={onRemove}>
          {t('forms.question.remove', { n })}
        </button>
      </div>
    </fieldset>
  );
}
