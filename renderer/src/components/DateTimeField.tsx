// A date-and-time input that follows the clinic's locale (through <ClinicLocale>'s I18nProvider),
// not the browser's: day, month, year and time in the clinic's order, typed in one go (each part
// moves on to the next when it is full), one Tab stop for the whole field (arrow keys move between
// its parts), and a date that cannot be (31 February) or is only half typed refused beside it.
// The value stays 'YYYY-MM-DDTHH:mm' in the clinic's time, as a datetime-local input gave, so the
// forms and drafts around it did not change. React Aria's DateField; see the README's dependencies.
import { parseDateTime, type CalendarDateTime } from '@internationalized/date';
import { useCallback, useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DateField, DateFieldStateContext, DateInput, DateSegment, Label, useLocale } from 'react-aria-components';
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

interface Part {
  type: string;
  value?: number | null;
  isPlaceholder: boolean;
  isEditable: boolean;
}

/** What is wrong with the parts as typed: some still empty, or a day the month does not have. */
export function partsProblem(parts: Part[], locale: string): string | null {
  const editable = parts.filter((s) => s.isEditable && s.type !== 'literal');
  const empty = editable.filter((s) => s.isPlaceholder).length;
  if (empty === editable.length) return null; // an empty field is the form's to ask for
  if (empty > 0) return INCOMPLETE;
  const part = (type: string) => editable.find((s) => s.type === type)?.value ?? null;
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (day === null || month === null || year === null) return null;
  if (day <= new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
  return `There is no day ${day} in ${monthName}. Check the date.`;
}

const INCOMPLETE = 'Enter the whole date and time: day, month, year, hour and minute.';

/** Inside the DateField: tells the field what is wrong with the parts as typed, whenever it changes. */
function WatchParts({ onProblem, edits }: { onProblem: (problem: string | null) => void; edits: number }) {
  const state = useContext(DateFieldStateContext);
  const { locale } = useLocale();
  const problem = state ? partsProblem(state.segments, locale) : null;
  // After every key typed, too: a refusal taken back by typing comes back if the date still cannot be.
  useEffect(() => onProblem(problem), [problem, onProblem, edits]);
  return null;
}

/** Tab leaves the field from any part, as from one input; arrow keys move between the parts. */
function tabAsOneStop(e: KeyboardEvent<HTMLDivElement>) {
  const parts = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="spinbutton"]')];
  const edge = e.shiftKey ? parts[0] : parts[parts.length - 1];
  // Focus the edge part first; the browser's own Tab then moves on from there.
  if (edge && document.activeElement !== edge) edge.focus();
}

export function DateTimeField({ label, value, onChange, error, hint, warning, name }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  // The field keeps what is typed as its own state: handing React Aria the form's '' while a date
  // is half typed would wipe the parts typed so far. A value set from outside (a draft restored,
  // the conflict view) replaces it.
  const [inner, setInner] = useState<CalendarDateTime | null>(() => toCalendar(value));
  const innerRef = useRef(inner);
  innerRef.current = inner;
  const [incomplete, setIncomplete] = useState(false);
  const problemRef = useRef<string | null>(null);
  const [edits, setEdits] = useState(0);
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
    (problem: string | null) => {
      problemRef.current = problem;
      setIncomplete(problem === INCOMPLETE);
      if (problem && problem !== INCOMPLETE) setRefused((refusedRef.current = problem));
      if (problem) emit('');
    },
    [emit],
  );

  const message = refused ?? (incomplete ? INCOMPLETE : error);
  const note = !message && (warning || hint);
  const describedBy = [message ? errorId : null, note ? noteId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field date-field${message ? ' field-invalid' : ''}`}>
      <DateField<CalendarDateTime>
        value={inner}
        onChange={(v) => {
          setInner((innerRef.current = v));
          if (!refusedRef.current) emit(fromCalendar(v));
        }}
        granularity="minute"
        hideTimeZone
        shouldForceLeadingZeros
        isInvalid={Boolean(message)}
        validationBehavior="aria"
        {...(name ? { name } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      >
        <Label>{label}</Label>
        <div
          className="date-input-wrap"
          onKeyDownCapture={(e) => {
            if (e.key === 'Tab') return tabAsOneStop(e);
            const edits = e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete' || e.key === 'ArrowUp' || e.key === 'ArrowDown';
            if (!edits || !refusedRef.current) return;
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
        <WatchParts onProblem={onProblem} edits={edits} />
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
