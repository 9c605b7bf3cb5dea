// A calendar date (no time) typed in the clinic's locale, not the browser's: day, month and year in
// the clinic's order with its separators (React Aria's DateField under <ClinicLocale>'s I18nProvider;
// the month part is spoken with its name in that language), typed in one go (each part moves on when
// full, arrow keys step a part), one Tab stop, and a half-typed or impossible date refused beside it.
// The value stays 'YYYY-MM-DD' in the forms, '' for no date. While the parts are half typed or cannot
// be a date the value is UNFINISHED_DATE, which no contract accepts: a form cannot save an optional
// date as empty, or an old one, while the person is still typing it. The same widget as DateTimeField.
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useCallback, useId, useRef, useState } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, Label } from 'react-aria-components';
import { emptyImpossibleDay, isEditKey, tabAsOneStop, WatchParts, type FieldState, type PartsProblem } from './date-parts';
import './date-field.css';

/** The value while the parts are half typed or impossible: not a date, so every contract refuses it. */
export const UNFINISHED_DATE = 'unfinished';

interface Props {
  label: string;
  /** 'YYYY-MM-DD'; '' for no date; UNFINISHED_DATE while what is typed is not yet a date. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  name?: string;
  required?: boolean;
  /** More classes on the field's box (an inline field in a toolbar). */
  className?: string;
  /** Given something to focus the field with: react-hook-form's `field.ref`, to focus a refused field. */
  fieldRef?: (target: { focus: () => void } | null) => void;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A 'YYYY-MM-DD' string as a real calendar date, or null. */
export function isIsoDay(value: string): boolean {
  return toCalendar(value) !== null;
}

function toCalendar(value: string): CalendarDate | null {
  if (!ISO_DAY.test(value)) return null;
  try {
    const date = parseDate(value);
    // parseDate constrains 2026-02-31 to the 28th; a value that does not exist is no date.
    return date.toString() === value ? date : null;
  } catch {
    return null;
  }
}

export function DateField({ label, value, onChange, error, hint, name, required, className, fieldRef }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  // What is typed is the field's own state; the form hears of it as a date, '' or UNFINISHED_DATE.
  const [inner, setInner] = useState<CalendarDate | null>(() => toCalendar(value));
  const innerRef = useRef(inner);
  innerRef.current = inner;
  // A value set from outside (a form reset, a batch picked, a draft given back) starts the parts afresh.
  const [generation, setGeneration] = useState(0);
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

  // The value as last handed in: a page that does not take what the field sends (the day list keeps
  // its day until a whole one is typed) hands the same value again, and that is no change from outside.
  const handedIn = useRef(value);
  if (value !== handedIn.current) {
    handedIn.current = value;
    if (value !== emitted.current) {
      emitted.current = value;
      setInner(toCalendar(value));
      setRefused((refusedRef.current = null));
      setIncomplete(null);
      setLeft(false);
      setGeneration((g) => g + 1);
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
      if (problem) emit(UNFINISHED_DATE);
      else if (!refusedRef.current) emit(innerRef.current ? innerRef.current.toString() : '');
    },
    [emit],
  );

  const focusTarget = useCallback(
    (el: HTMLDivElement | null) => fieldRef?.(el ? { focus: () => el.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() } : null),
    [fieldRef],
  );

  const message = refused ?? (left ? incomplete : null) ?? error;
  const note = !message && hint;
  const describedBy = [message ? errorId : null, note ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'date-field', message ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <AriaDateField<CalendarDate>
        key={generation}
        value={inner}
        onChange={(v) => {
          setInner((innerRef.current = v));
          // A null is a part cleared: WatchParts tells whether the field is now empty or half typed.
          // A year under 1000 is one still being typed: WatchParts calls the date unfinished.
          if (v && v.year >= 1000 && !refusedRef.current) emit(v.toString());
        }}
        granularity="day"
        shouldForceLeadingZeros
        isInvalid={Boolean(message)}
        isRequired={Boolean(required)}
        validationBehavior="aria"
        {...(name ? { name } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      >
        <Label>{label}</Label>
        <div
          className="date-input-wrap"
          ref={focusTarget}
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
              if (!refusedRef.current && !problemRef.current) emit(innerRef.current ? innerRef.current.toString() : '');
            }, 0);
          }}
        >
          <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        </div>
        <WatchParts whole="date" onProblem={onProblem} edits={edits} fieldState={fieldState} />
      </AriaDateField>
      {note && (
        <p className="field-hint" id={hintId}>
          {hint}
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
