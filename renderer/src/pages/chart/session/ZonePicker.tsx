import type { UseFormRegister } from 'react-hook-form';
import { ZONES, zoneLabel } from '../../../../../core/vocabulary';
import { getClinicLocale } from '../../../format';
import { t } from '../../../i18n';
import type { SessionFormValues } from './sessionFormModel';

/** Zones treated as large toggle chips: one tab stop each, Space toggles, easy to hit with gloves. */
export function ZonePicker({ register, error }: { register: UseFormRegister<SessionFormValues>; error?: string | undefined }) {
  return (
    <fieldset className={`chip-group${error ? ' field-invalid' : ''}`} aria-describedby={error ? 'zones-error' : undefined}>
      <legend>{t('session.zones.legend')}</legend>
      <div className="chips">
        {ZONES.map((z) => (
          <label key={z} className="chip">
            <input type="checkbox" value={z} {...register('zones')} />
            <span>{zoneLabel(getClinicLocale(), z)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id="zones-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
