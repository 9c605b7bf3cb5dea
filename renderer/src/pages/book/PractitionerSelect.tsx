// The practitioner of a booking: the book's columns, and "not decided" for the column without one.
import { Field } from '../../components/Field';
import { t } from '../../i18n';

export interface PractitionerOption {
  id: number;
  name: string;
}

export function PractitionerSelect({
  value,
  onChange,
  practitioners,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  practitioners: PractitionerOption[];
  error?: string | undefined;
}) {
  return (
    <Field label={t('book.practitioner')} error={error}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('book.practitioner.notDecided')}</option>
          {practitioners.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
