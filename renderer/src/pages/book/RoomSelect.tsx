// The room or chair of a booking: the clinic's rooms in use, the booking's own even if taken out of
// use since, and "no room yet".
import { Field } from '../../components/Field';

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
    <Field label="Room" error={error}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">No room yet</option>
          {offered.map((r) => (
            <option key={r.id} value={r.id}>
              {r.active ? r.name : `${r.name} (out of use)`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
