// The room or chair of a booking: the clinic's rooms in use, the booking's own even if taken out of
// use since, and "no room yet".
import { Field } from '../../components/Field';
import { t } from '../../i18n';

export interface RoomOption {
  id: number;
  name: string;
  active: boolean;
}

export function RoomSelect({
  value,
  onChange,
  rooms,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  rooms: readonly RoomOption[];
  error?: string | undefined;
}) {
  const offered = rooms.filter((r) => r.active || String(r.id) === value);
  return (
    <Field label={t('book.room')} error={error}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('book.room.none')}</option>
          {offered.map((r) => (
            <option key={r.id} value={r.id}>
              {r.active ? r.name : t('book.room.outOfUse', { room: r.name })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
