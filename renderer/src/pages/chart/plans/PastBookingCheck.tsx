// A booking for a time already gone is allowed (a session agreed on the phone and entered late),
// but only when the person says so: a plain warning under the date and a tick box.
import { formatDateTime } from '../../../format';
import { t } from '../../../i18n';

export function pastWarning(instant: string | null): string {
  return t('chart.past.warning', { when: formatDateTime(instant) });
}

export function PastBookingCheck({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="confirm-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{t('chart.past.confirm')}</span>
    </label>
  );
}
