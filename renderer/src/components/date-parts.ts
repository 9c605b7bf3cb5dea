// What the date fields (DateField, DateTimeField) share: reading the parts React Aria shows for what
// is wrong with them, and one Tab stop for the whole field. The words come from the catalogs, in the
// locale in force, so the message beside a field reads in the clinic's language.
import { useContext, useEffect, type ContextType, type KeyboardEvent, type RefObject } from 'react';
import { DateFieldStateContext, useLocale } from 'react-aria-components';
import { translate } from '../../../core/i18n/translate';

/** One part of a React Aria date field, as its state lists them (day, month, year, hour, a literal…). */
export interface Part {
  type: string;
  value?: number | null;
  isPlaceholder: boolean;
  isEditable: boolean;
}

export type PartsProblem = { kind: 'incomplete' | 'impossible'; message: string };

function incomplete(locale: string, whole: 'date' | 'dateTime'): PartsProblem {
  return { kind: 'incomplete', message: translate(locale, whole === 'date' ? 'dateField.incomplete' : 'dateField.incompleteTime') };
}

/**
 * What is wrong with the parts as typed: some still empty, or a day the month does not have.
 * An empty field is no problem (the form asks for a required one; an optional one stays empty).
 */
export function partsProblem(parts: readonly Part[], locale: string, whole: 'date' | 'dateTime'): PartsProblem | null {
  const editable = parts.filter((s) => s.isEditable && s.type !== 'literal');
  const empty = editable.filter((s) => s.isPlaceholder).length;
  if (empty === editable.length) return null;
  if (empty > 0) return incomplete(locale, whole);
  const part = (type: string) => editable.find((s) => s.type === type)?.value ?? null;
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (day === null || month === null || year === null) return null;
  // A year of fewer than four digits is one still being typed ("202" of 2026), never a clinic's date.
  if (year < 1000) return incomplete(locale, whole);
  if (day <= new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
  return { kind: 'impossible', message: translate(locale, 'dateField.noSuchDay', { day, month: monthName }) };
}

/** Tab leaves the field from any part, as from one input; arrow keys move between the parts. */
export function tabAsOneStop(e: KeyboardEvent<HTMLDivElement>): void {
  const parts = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="spinbutton"]')];
  const edge = e.shiftKey ? parts[0] : parts[parts.length - 1];
  // Focus the edge part first; the browser's own Tab then moves on from there.
  if (edge && document.activeElement !== edge) edge.focus();
}

export type FieldState = ContextType<typeof DateFieldStateContext>;

/**
 * On leaving a field (the caller checks focus went outside it) whose day was refused (31 February), empties the day: left alone, React Aria
 * shows the month's last day instead, beside a message about the day typed. Not while typing, when
 * a year half typed ("2" of 2028) can make a real 29 February impossible for a moment.
 */
export function emptyImpossibleDay(refused: boolean, fieldState: RefObject<FieldState | null>): void {
  if (!refused) return;
  // After React Aria's own handling of the blur, which is what moves the day.
  setTimeout(() => fieldState.current?.clearSegment('day'), 0);
}

/** Keys that change a part: typing one again takes back a refusal of an impossible date. */
export function isEditKey(key: string): boolean {
  return key.length === 1 || key === 'Backspace' || key === 'Delete' || key === 'ArrowUp' || key === 'ArrowDown';
}

/** Inside a React Aria DateField: tells the field what is wrong with the parts as typed, whenever it changes. */
export function WatchParts({
  whole,
  onProblem,
  edits,
  fieldState,
}: {
  whole: 'date' | 'dateTime';
  onProblem: (problem: PartsProblem | null) => void;
  /** Bumped after every key that edits: a refusal taken back by typing comes back if the date still cannot be. */
  edits: number;
  /** Given the field's state, for emptyImpossibleDay. */
  fieldState?: RefObject<FieldState | null>;
}): null {
  const state = useContext(DateFieldStateContext);
  const { locale } = useLocale();
  const problem = state ? partsProblem(state.segments, locale, whole) : null;
  const kind = problem?.kind ?? null;
  const message = problem?.message ?? null;
  useEffect(() => onProblem(kind && message ? { kind, message } : null), [kind, message, onProblem, edits]);
  useEffect(() => {
    if (fieldState) fieldState.current = state;
  });
  return null;
}
