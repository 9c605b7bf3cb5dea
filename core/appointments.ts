// The appointment book's rules: how long a session takes, when two bookings clash, and whether a
// booking is inside the practitioner's opening hours. Pure: instants are ISO strings or ms, and the
// clinic's time zone is the machine's (as in core/dates.ts) unless one is named.

export interface LengthSettings {
  firstSessionMinutes: number;
  laterSessionMinutes: number;
  touchUpMinutes: number;
}

export const DEFAULT_LENGTHS: LengthSettings = { firstSessionMinutes: 240, laterSessionMinutes: 180, touchUpMinutes: 120 };

/** The default length of a session: first session, a later course session, or a touch-up. */
export function defaultLengthMinutes(kind: 'course' | 'touch_up', number: number, s: LengthSettings): number {
  if (kind === 'touch_up') return s.touchUpMinutes;
  return number <= 1 ? s.firstSessionMinutes : s.laterSessionMinutes;
}

/** The longest booking or block the book takes: the clash check looks this far back for overlaps. */
export const LONGEST_MINUTES = 12 * 60;

export function endOf(startsAt: string, lengthMinutes: number): string {
  return new Date(Date.parse(startsAt) + lengthMinutes * 60_000).toISOString();
}

/** Half-open spans [start, end): one ending at 13:00 and one starting at 13:00 do not clash. */
export function overlaps(a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

export type Occupant =
  | { kind: 'booking'; id: number; startsAt: string; endsAt: string; clientName: string }
  | { kind: 'blocked'; id: number; startsAt: string; endsAt: string; reason: string };

/** The first (earliest) occupant the span overlaps, or null when it is free. */
export function firstClash(span: { startsAt: string; endsAt: string }, occupants: readonly Occupant[]): Occupant | null {
  const clashing = occupants.filter((o) => overlaps(span, o));
  clashing.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return clashing[0] ?? null;
}

/** One working day: 1 = Monday … 7 = Sunday, times 'HH:MM' on the clinic's clock. */
export interface WorkingDay {
  weekday: number;
  opens: string;
  closes: string;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The weekday (1 = Monday) and minutes after midnight of an instant on the clinic's clock. */
export function clockOf(instant: string, timeZone?: string): { weekday: number; minutes: number; date: string } {
  const d = new Date(instant);
  if (timeZone === undefined) {
    const weekday = ((d.getDay() + 6) % 7) + 1;
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { weekday, minutes: d.getHours() * 60 + d.getMinutes(), date };
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { weekday, minutes: Number(get('hour')) * 60 + Number(get('minute')), date: `${get('year')}-${get('month')}-${get('day')}` };
}

export type HoursCheck = { inside: true } | { inside: false; why: 'day_off' | 'before_opening' | 'after_closing'; day: WorkingDay | null };

/**
 * Is the booking inside the practitioner's hours? `week` null means hours were never set: nothing
 * to warn about. A weekday missing from the week is a day off. A booking running past midnight is
 * outside (no clinic works through the night).
 */
export function checkHours(span: { startsAt: string; endsAt: string }, week: readonly WorkingDay[] | null, timeZone?: string): HoursCheck {
  if (week === null) return { inside: true };
  const start = clockOf(span.startsAt, timeZone);
  const end = clockOf(span.endsAt, timeZone);
  const day = week.find((d) => d.weekday === start.weekday) ?? null;
  if (!day) return { inside: false, why: 'day_off', day: null };
  if (start.minutes < minutesOf(day.opens)) return { inside: false, why: 'before_opening', day };
  const endMinutes = end.date === start.date ? end.minutes : 24 * 60 + end.minutes;
  if (endMinutes > minutesOf(day.closes)) return { inside: false, why: 'after_closing', day };
  return { inside: true };
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const weekdayName = (weekday: number) => WEEKDAY_NAMES[weekday - 1] ?? '';

/** The sentence for a booking outside the hours, asking for a reason as the booking window does. */
export function hoursSentence(name: string, check: HoursCheck, weekday: number): string | null {
  if (check.inside) return null;
  const ask = 'Give a reason to book outside their hours.';
  if (check.why === 'day_off' || !check.day) return `${name} does not work on ${weekdayName(weekday)}s. ${ask}`;
  return `${name} works ${check.day.opens}–${check.day.closes} on ${weekdayName(weekday)}s. ${ask}`;
}
