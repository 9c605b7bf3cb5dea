// Dates as another system wrote them: day-first (31/12/1980), month-first (12/31/1980) or year-first
// (1980-12-31), with / . - or spaces, two- or four-digit years, or a month's name. The order is
// guessed from the file's own dates and shown, and the person can change it.

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null; // 31 February
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A two-digit year: the most recent year ending in those digits, not after `today`'s. */
function fullYear(text: string, todayYear: number): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  const century = Math.floor(todayYear / 100) * 100;
  return century + n > todayYear ? century - 100 + n : century + n;
}

const monthOf = (word: string): number | null => {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
};

/**
 * The calendar date a cell holds, as 'YYYY-MM-DD', or null when it is not a date. A time after
 * the date (an export's "2023-04-01 10:30" or ISO instant) is dropped.
 */
export function parseImportDate(cell: string, order: DateOrder, todayYear = new Date().getUTCFullYear()): string | null {
  const text = cell
    .trim()
    .replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[AP]M|[+-]\d{2}:?\d{2})?$/i, '')
    .trim();
  if (text === '') return null;
  // Four digits first is always year first, whatever the order chosen.
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (ymd) return isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const numeric = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const year = fullYear(numeric[3]!, todayYear);
    if (order === 'ymd') return null; // two-digit year first is too ambiguous to guess
    return order === 'dmy' ? isoOf(year, b, a) : isoOf(year, a, b);
  }
  // "31 Dec 1980", "31-Dec-80", "Dec 31, 1980", "December 31 1980"
  const dayMonth = /^(\d{1,2})[-/. ]+([a-z]{3,9})\.?[-/., ]+(\d{2}|\d{4})$/i.exec(text);
  if (dayMonth) {
    const month = monthOf(dayMonth[2]!);
    return month ? isoOf(fullYear(dayMonth[3]!, todayYear), month, Number(dayMonth[1])) : null;
  }
  const monthDay = /^([a-z]{3,9})\.?[-/. ]+(\d{1,2})(st|nd|rd|th)?,?[-/. ]+(\d{2}|\d{4})$/i.exec(text);
  if (monthDay) {
    const month = monthOf(monthDay[1]!);
    return month ? isoOf(fullYear(monthDay[4]!, todayYear), month, Number(monthDay[2])) : null;
  }
  return null;
}

export interface OrderGuess {
  order: DateOrder;
  /** Why: a date that only one order can read, or that none did and the clinic's locale decided. */
  because: { kind: 'cell'; cell: string; line: number } | { kind: 'locale' } | { kind: 'year_first' };
}

/**
 * The order of the file's numeric dates: a cell such as 31/12/1980 can only be day first, 12/31/1980
 * only month first; when every date reads both ways the clinic's locale decides (en-US month first).
 */
export function guessDateOrder(cells: readonly { cell: string; line: number }[], locale: string): OrderGuess {
  let yearFirst = 0;
  let numeric = 0;
  for (const { cell, line } of cells) {
    const m = /^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})\b/.exec(cell);
    if (!m) {
      if (/^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(cell)) yearFirst++;
      continue;
    }
    numeric++;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) return { order: 'dmy', because: { kind: 'cell', cell: cell.trim(), line } };
    if (b > 12 && a <= 12) return { order: 'mdy', because: { kind: 'cell', cell: cell.trim(), line } };
  }
  if (numeric === 0 && yearFirst > 0) return { order: 'ymd', because: { kind: 'year_first' } };
  const monthFirst = /^en-(US|PH)$|^es-US$|^fil/i.test(locale);
  return { order: monthFirst ? 'mdy' : 'dmy', because: { kind: 'locale' } };
}
