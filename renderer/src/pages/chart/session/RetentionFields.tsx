import type { UseFormRegister } from 'react-hook-form';
import { RETENTION_RATINGS, retentionLabel, zoneLabel } from '../../../../../core/vocabulary';
import { getClinicLocale } from '../../../format';
import { t } from '../../../i18n';
import type { SessionFormValues } from './sessionFormModel';

interface Props {
  zones: string[];
  previousNumber: number;
  register: UseFormRegister<SessionFormValues>;
  errors: Record<string, string>;
}

/** One row per zone of the previous session: how the pigment held, plus a note. */
export function RetentionFields({ zones, previousNumber, register, errors }: Props) {
  const locale = getClinicLocale();
  return (
    <fieldset className="form-section" aria-describedby={errors.retention ? 'retention-error' : undefined}>
      <legend>{t('session.retention.legend', { number: previousNumber })}</legend>
      {errors.retention && (
        <p className="field-error" id="retention-error" role="alert">
          {errors.retention}
        </p>
      )}
      {zones.map((zone) => {
        const error = errors[`retention.${zone}`];
        const label = zoneLabel(locale, zone);
        return (
          <div key={zone} className={`retention-row${error ? ' field-invalid' : ''}`}>
            <fieldset className="chip-group" aria-describedby={error ? `retention-${zone}-error` : undefined}>
              <legend>{label}</legend>
              <div className="chips">
                {RETENTION_RATINGS.map((r) => (
                  <label key={r} className={`chip chip-${r}`}>
                    <input type="radio" value={r} {...register(`retention.${zone}.rating`)} />
                    <span>{retentionLabel(locale, r)}</span>
                  </label>
                ))}
              </div>
              {error && (
                <p className="field-error" id={`retention-${zone}-error`} role="alert">
                  {error}
                </p>
              )}
            </fieldset>
            <div className="field retention-note">
              <label htmlFor={`retention-${zone}-note`}>{t('session.retention.note', { zone: label })}</label>
              <input id={`retention-${zone}-note`} autoComplete="off" {...register(`retention.${zone}.note`)} />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
