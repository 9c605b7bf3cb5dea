// A date-and-time input that follows the clinic's locale (through <ClinicLocale>'s I18nProvider),
// not the browser's: day, month, year and time in the clinic's order, typed in one go (each part
// moves on to the next when it is full), and one Tab stop for the whole field. The value stays
// 'YYYY-MM-DDTHH:mm' in the clinic's time, as a datetime-local input gave, so the forms and drafts
// around it did not change. React Aria's DateField; see the README's dependencies.
import { parseDateTime, type CalendarDateTime } from '@internationalized/date';
import { useId, type ReactNode } from 'react';
import { DateField, DateInput, DateSegment, Label } from 'react-aria-components';
import './date-field.css';

interface Props {
  label: string;
  /** 'YYYY-MM-DDTHH:mm', or '' while nothing complete is entered. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** Shown under the field while there is no error: a warning the person may go past. */
  warning?: ReactNode;
  onBlur?: () => void;
  name?: string;
}

function toCalendar(value: string): CalendarDateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  try {
    return parseDateTime(value.slice(0, 16));
  } catch {
    return null; // not a real date: the field starts empty and the form says so
  }
}

/** The value back as 'YYYY-MM-DDTHH:mm'. */
export function fromCalendar(v: CalendarDateTime | null): string {
  return v ? v.toString().slice(0, 16) : '';
}

export function DateTimeField({ label, value, onChange, error, hint, warning, onBlur, name }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const note = !error && (warning || hint);
  const describedBy = [error ? errorId : null, note ? noteId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field date-field${error ? ' field-invalid' : ''}`}>
      <DateField<CalendarDateTime>
        value={toCalendar(value)}
        onChange={(v) => onChange(fromCalendar(v))}
        granularity="minute"
        hideTimeZone
        shouldForceLeadingZeros
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        onBlur={onBlur}
        {...(name ? { name } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      >
        <Label>{label}</Label>
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      </DateField>
      {note && (
        <p className={warning ? 'field-warning' : 'field-hint'} id={noteId}>
          {warning ?? hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
