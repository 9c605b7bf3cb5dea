// A booking for a time already gone is allowed (a session agreed on the phone and entered late),
// but only when the person says so: a plain warning under the date and a tick box.
import { formatDateTime } from '../../../format';

export function pastWarning(instant: string | null): string {
  return `${formatDateTime(instant)} is in the past.`;
}

export function PastBookingCheck({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="confirm-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>Book it for this past time anyway</span>
    </label>
  );
}
