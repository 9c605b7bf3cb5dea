import type { UseFormRegister } from 'react-hook-form';
import { RETENTION_LABELS, RETENTION_RATINGS, ZONE_LABELS, type Zone } from '../../../../../core/vocabulary';
import type { SessionFormValues } from './sessionFormModel';

interface Props {
  zones: string[];
  previousNumber: number;
  register: UseFormRegister<SessionFormValues>;
  errors: Record<string, string>;
}

/** One row per zone of the previous session: how the pigment held, plus a note. */
export function RetentionFields({ zones, previousNumber, register, errors }: Props) {
  return (
    <fieldset className="form-section" aria-describedby={errors.retention ? 'retention-error' : undefined}>
      <legend>Retention since session {previousNumber}</legend>
      {errors.retention && (
        <p className="field-error" id="retention-error" role="alert">
          {errors.retention}
        </p>
      )}
      {zones.map((zone) => {
        const error = errors[`retention.${zone}`];
        const label = ZONE_LABELS[zone as Zone] ?? zone;
        return (
          <div key={zone} className={`retention-row${error ? ' field-invalid' : ''}`}>
            <fieldset className="chip-group" aria-describedby={error ? `retention-${zone}-error` : undefined}>
              <legend>{label}</legend>
              <div className="chips">
                {RETENTION_RATINGS.map((r) => (
                  <label key={r} className={`chip chip-${r}`}>
                    <input type="radio" value={r} {...register(`retention.${zone}.rating`)} />
                    <span>{RETENTION_LABELS[r]}</span>
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
              <label htmlFor={`retention-${zone}-note`}>{label}: note</label>
              <input id={`retention-${zone}-note`} autoComplete="off" {...register(`retention.${zone}.note`)} />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
