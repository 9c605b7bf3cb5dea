// Every date a person reads, in the clinic's locale: screens, printed lists and the API's messages
// all format through here, so "28 Nov 2026" reads the same in a notice and in the error under it.
// Calendar dates ('YYYY-MM-DD') are read as that day wherever the machine is; instants are shown in
// the machine's own time zone (the clinic's).
import type { IsoDate } from './dates';
import { usableLocale } from './locale';

export interface DateStyle {
  /** "Sat 28 Nov 2026" rather than "28 Nov 2026". */
  weekday?: boolean;
  /** Leave the year out (when the context makes it plain). */
  withoutYear?: boolean;
  /** With seconds, where two events can fall in the same minute (backups, drafts). */
  seconds?: boolean;
  /** Words in full, for print: "Monday, 23 November 2026". */
  long?: boolean;
  /** An IANA zone to show the instant in (a signed document keeps the zone it was signed in). */
  timeZone?: string;
}

// Making an Intl.DateTimeFormat is slow next to using one; lists format hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(
  locale: string,
  kind: 'date' | 'dateTime' | 'time',
  style: DateStyle,
  zone: string | undefined = style.timeZone,
): Intl.DateTimeFormat {
  const usable = usableLocale(locale);
  const key = `${usable}|${kind}|${style.weekday ? 1 : 0}|${style.withoutYear ? 1 : 0}|${style.seconds ? 1 : 0}|${style.long ? 1 : 0}|${zone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {};
    if (kind !== 'time') {
      if (style.weekday) options.weekday = style.long ? 'long' : 'short';
      options.day = 'numeric';
      options.month = style.long ? 'long' : 'short';
      if (!style.withoutYear) options.year = 'numeric';
    }
    if (kind !== 'date') {
      options.hour = '2-digit';
      options.minute = '2-digit';
      if (style.seconds) options.second = '2-digit';
    }
    if (zone) options.timeZone = zone;
    try {
      f = new Intl.DateTimeFormat(usable, options);
    } catch {
      // A zone this runtime does not know: the machine's own, rather than no date at all.
      delete options.timeZone;
      f = new Intl.DateTimeFormat(usable, options);
    }
    formatters.set(key, f);
  }
  return f;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function calendarDay(date: IsoDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

/**
 * A calendar date, or the date of an instant, as a person reads it: "28 Nov 2026" (en-GB),
 * "Nov 28, 2026" (en-US), "28. Nov. 2026" (de-DE). Null or empty gives "—"; text that is not a date
 * is shown as it is.
 */
export function formatDate(value: string | null | undefined, locale: string, style: DateStyle = {}): string {
  if (!value) return '—';
  if (CALENDAR_DATE.test(value)) return formatter(locale, 'date', style, 'UTC').format(calendarDay(value));
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : formatter(locale, 'date', style).format(d);
}

/** An instant with its local time: "28 Nov 2026, 10:00". */
export function formatDateTime(value: string | Date | null | undefined, locale: string, style: DateStyle = {}): string {
  if (!value) return '—';
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? String(value) : formatter(locale, 'dateTime', style).format(d);
}

/** An instant's local time alone: "10:00" (en-GB), "10:00 AM" (en-US). */
export function formatTime(value: string | Date, locale: string, style: Pick<DateStyle, 'seconds'> = {}): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? String(value) : formatter(locale, 'time', style).format(d);
}

/** Two calendar dates as one range: "19 – 26 Nov 2026", "30 Nov – 7 Dec 2026". */
export function formatDateRange(from: IsoDate, to: IsoDate, locale: string, style: DateStyle = {}): string {
  return formatter(locale, 'date', style, 'UTC').formatRange(calendarDay(from), calendarDay(to));
}

/** A month and its year, for a date years away: "November 2029". */
export function formatMonthYear(date: IsoDate, locale: string): string {
  const usable = usableLocale(locale);
  let f = formatters.get(`${usable}|month-year`);
  if (!f) {
    f = new Intl.DateTimeFormat(usable, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(`${usable}|month-year`, f);
  }
  return f.format(calendarDay(date));
}

/** A month short enough for a chart's axis, with its year: "Nov 26", "Nov. 26". */
export function formatMonthShort(date: IsoDate, locale: string): string {
  const usable = usableLocale(locale);
  let f = formatters.get(`${usable}|month-short`);
  if (!f) {
    f = new Intl.DateTimeFormat(usable, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    formatters.set(`${usable}|month-short`, f);
  }
  return f.format(calendarDay(date));
}
