// One timed rule in the editor: from day, to day (blank: no end) and the instruction.
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import type { DraftRule } from './draft';

interface Props {
  index: number;
  rule: DraftRule;
  errors: Record<string, string>;
  onChange: (patch: Partial<DraftRule>) => void;
  onRemove: () => void;
  canRemove: boolean;
}

export function RuleRow({ index, rule, errors, onChange, onRemove, canRemove }: Props) {
  const e = (field: string) => errors[`rules.${index}.${field}`];
  return (
    <fieldset className={`rule-row${e('fromDay') || e('toDay') || e('instruction') ? ' rule-row-flagged' : ''}`} data-rule={index}>
      <legend>{t('aftercare.rule.legend', { n: index + 1 })}</legend>
      <Field label={t('aftercare.rule.fromDay')} error={e('fromDay')}>
        {(p) => <input {...p} inputMode="numeric" value={rule.fromDay} onChange={(ev) => onChange({ fromDay: ev.target.value })} />}
      </Field>
      <Field label={t('aftercare.rule.toDay')} error={e('toDay')}>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            placeholder={t('aftercare.rule.noEnd')}
            value={rule.toDay}
            onChange={(ev) => onChange({ toDay: ev.target.value })}
          />
        )}
      </Field>
      <Field label={t('aftercare.rule.instruction')} error={e('instruction')}>
        {(p) => <textarea {...p} rows={2} value={rule.instruction} onChange={(ev) => onChange({ instruction: ev.target.value })} />}
      </Field>
      <button
        className="button rule-remove"
        type="button"
        onClick={onRemove}
        disabled={!canRemove}
        aria-label={t('aftercare.rule.removeLabel', { n: index + 1 })}
      >
        {t('aftercare.rule.remove')}
      </button>
    </fieldset>
  );
}
