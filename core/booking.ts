// Booking windows: when each session of a course may be booked, in calendar dates. Everything here
// works on 'YYYY-MM-DD' strings, so month ends and daylight-saving changes cannot shift a day; an
// instant becomes a date only through `dateInZone`, with the zone named explicitly.
import { addDays, addYears, daysBetween, type IsoDate } from './dates';

export interface WindowSettings {
  secondSessionMinDays: number;
  laterSessionMinDays: number;
  laterSessionMaxDays: number;
}

/** When a session may be booked, given the date of the one before it. `latest` null = open-ended. */
export interface BookingWindow {
  earliest: IsoDate;
  latest: IsoDate | null;
}

export function bookingWindow(sessionNumber: number, previousDate: IsoDate, s: WindowSettings): BookingWindow | null {
  if (sessionNumber <= 1) return null;
  if (sessionNumber === 2) return { earliest: addDays(previousDate, s.secondSessionMinDays), latest: null };
  return { earliest: addDays(previousDate, s.laterSessionMinDays), latest: addDays(previousDate, s.laterSessionMaxDays) };
}

export function isInsideWindow(date: IsoDate, window: BookingWindow | null): boolean {
  if (!window) return true;
  return date >= window.earliest && (window.latest === null || date <= window.latest);
}

/**
 * The calendar date of an instant in a time zone (IANA name, e.g. 'Europe/London'); undefined = the
 * machine's zone, which is the clinic's. 00:30 BST on 29 March is still 29 March, not 28.
 */
export function dateInZone(instant: string | Date, timeZone?: string): IsoDate {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (timeZone === undefined) {
    // The machine's own zone: Date's local fields, far cheaper than Intl on a board of thousands.
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  const parts = formatterFor(timeZone).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// Making an Intl formatter costs far more than using one; the board reads thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The window for a session whose previous one happened at `previousInstant`, read in `timeZone`. */
export function windowAfterInstant(
  sessionNumber: number,
  previousInstant: string,
  s: WindowSettings,
  timeZone?: string,
): BookingWindow | null {
  return bookingWindow(sessionNumber, dateInZone(previousInstant, timeZone), s);
}

/** Where a date falls against a window: how many days early or late, for the booking form. */
export function windowPosition(
  date: IsoDate,
  window: BookingWindow | null,
): { inside: true } | { inside: false; early: number } | { inside: false; late: number } {
  if (!window || isInsideWindow(date, window)) return { inside: true };
  if (date < window.earliest) return { inside: false, early: daysBetween(date, window.earliest) };
  return { inside: false, late: daysBetween(window.latest!, date) };
}

/** Does the window overlap the days from..to (inclusive)? Used for "due to be booked this week". */
export function windowOverlaps(window: BookingWindow | null, from: IsoDate, to: IsoDate): boolean {
  if (!window) return false;
  return window.earliest <= to && (window.latest === null || window.latest >= from);
}

/** The touch-up recall date: `years` after the last session of the course. */
export function recallDate(lastSessionDate: IsoDate, years: number): IsoDate {
  return addYears(lastSessionDate, years);
}

/** Monday..Sunday of the week holding `date`. */
export function weekOf(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const from = addDays(date, -((weekday + 6) % 7));
  return { from, to: addDays(from, 6) };
}
