// A date-and-time input that follows the clinic's locale (through <ClinicLocale>'s I18nProvider),
// not the browser's: day, month, year and time in the clinic's order, typed in one go (each part
// moves on to the next when it is full), one Tab stop for the whole field (arrow keys move between
// its parts), and a date that cannot be (31 February) or is only half typed refused beside it.
// The value stays 'YYYY-MM-DDTHH:mm' in the clinic's time, as a datetime-local input gave, so the
// forms and drafts around it did not change. React Aria's DateField; see the README's dependencies.
import { parseDateTime, type CalendarDateTime } from '@internationalized/date';
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { DateField, DateInput, DateSegment, Label } from 'react-aria-components';
import { emptyImpossibleDay, isEditKey, tabAsOneStop, WatchParts, type FieldState, type PartsProblem } from './date-parts';
import './date-field.css';

interface Props {
  label: string;
  /** 'YYYY-MM-DDTHH:mm', or '' while nothing complete and real is entered. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** Shown under the field while there is no error: a warning the person may go past. */
  warning?: ReactNode;
  name?: string;
  /** Shown but not editable (a consent time already on file). */
  disabled?: boolean;
}

function toCalendar(value: string): CalendarDateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  try {
    return parseDateTime(value.slice(0, 16));
  } catch {
    return null;
  }
}

/** The value back as 'YYYY-MM-DDTHH:mm'. */
export function fromCalendar(v: CalendarDateTime | null): string {
  return v ? v.toString().slice(0, 16) : '';
}

export function DateTimeField({ label, value, onChange, error, hint, warning, name, disabled = false }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  // The field keeps what is typed as its own state: handing React Aria the form's '' while a date
  // is half typed would wipe the parts typed so far. A value set from outside (a draft restored,
  // the conflict view) replaces it.
  const [inner, setInner] = useState<CalendarDateTime | null>(() => toCalendar(value));
  const innerRef = useRef(inner);
  innerRef.current = inner;
  const [incomplete, setIncomplete] = useState<string | null>(null);
  const problemRef = useRef<PartsProblem | null>(null);
  const [edits, setEdits] = useState(0);
  const fieldState = useRef<FieldState | null>(null);
  // A half-typed date is told of once the person has left the field, not while they type it.
  const [left, setLeft] = useState(false);
  // An impossible date stays refused until the person types in the field again: on leaving it,
  // React Aria moves 31 February to the 28th, and that must not pass as what they meant.
  const [refused, setRefused] = useState<string | null>(null);
  const refusedRef = useRef<string | null>(null);
  const emitted = useRef(value);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  if (value !== emitted.current) {
    emitted.current = value;
    if (value !== '') {
      setInner(toCalendar(value));
      setRefused((refusedRef.current = null));
    }
  }
  const emit = useCallback((v: string) => {
    if (emitted.current === v) return;
    emitted.current = v;
    onChangeRef.current(v);
  }, []);

  const onProblem = useCallback(
    (problem: PartsProblem | null) => {
      problemRef.current = problem;
      setIncomplete(problem?.kind === 'incomplete' ? problem.message : null);
      if (problem?.kind === 'impossible') setRefused((refusedRef.current = problem.message));
      if (problem) emit('');
    },
    [emit],
  );

  const message = refused ?? (left ? incomplete : null) ?? error;
  const note = !message && (warning || hint);
  const describedBy = [message ? errorId : null, note ? noteId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field date-field${message ? ' field-invalid' : ''}`}>
      <DateField<CalendarDateTime>
        value={inner}
        onChange={(v) => {
          setInner((innerRef.current = v));
          // A year under 1000 is one still being typed: WatchParts calls the date unfinished.
          if (!refusedRef.current && (!v || v.year >= 1000)) emit(fromCalendar(v));
        }}
        granularity="minute"
        hideTimeZone
        shouldForceLeadingZeros
        isInvalid={Boolean(message)}
        validationBehavior="aria"
        isDisabled={disabled}
        {...(name ? { name } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      >
        <Label>{label}</Label>
        <div
          className="date-input-wrap"
          onBlur={(e) => {
            if (e.currentTarget.contains(e.relatedTarget)) return;
            setLeft(true);
            emptyImpossibleDay(refusedRef.current !== null, fieldState);
          }}
          onKeyDownCapture={(e) => {
            if (e.key === 'Tab') return tabAsOneStop(e);
            if (!isEditKey(e.key) || !refusedRef.current) return;
            // Typing again takes the refusal back: the parts are checked afresh, and once React
            // Aria has taken the key, what the field shows is the value.
            setRefused((refusedRef.current = null));
            setEdits((n) => n + 1);
            setTimeout(() => {
              if (!refusedRef.current && !problemRef.current) emit(fromCalendar(innerRef.current));
            }, 0);
          }}
        >
          <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        </div>
        <WatchParts whole="dateTime" onProblem={onProblem} edits={edits} fieldState={fieldState} />
      </DateField>
      {note && (
        <p className={warning ? 'field-warning' : 'field-hint'} id={noteId}>
          {warning ?? hint}
        </p>
      )}
      {message && (
        <p className="field-error" id={errorId} role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
