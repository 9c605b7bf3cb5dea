import { t } from '../i18n';

/** The save and cancel buttons under a small inline form. */
export function FormActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <button className="button button-primary" type="submit" disabled={busy}>
        {submitLabel}
      </button>
      <button className="button" type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
