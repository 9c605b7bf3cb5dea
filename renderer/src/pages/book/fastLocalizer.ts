// react-big-calendar's dayjs localizer with its hottest calls done on plain Dates. Drawing a week of
// six columns asks it tens of thousands of times (each slot's date, each event against each day and
// slot), and each dayjs call builds two or three dayjs objects: profiled, that was the grid's largest
// share of script time. Same answers (fastLocalizer.test.ts compares them against dayjs's, across a
// change of clocks); any unit not handled here goes to dayjs as before.
import type { DateLocalizer } from 'react-big-calendar';

type DateLike = Date | number | string;
const MINUTE = 60_000;

/** The start of `d`'s minute or day on this machine's clock, or null for a unit left to dayjs. */
function floor(d: DateLike, unit: string | undefined): number | null {
  const t = new Date(d);
  switch (unit?.toLowerCase()) {
    case undefined:
    case 'milliseconds':
      return t.getTime();
    case 'minutes':
    case 'minute':
      return t.setSeconds(0, 0);
    case 'day':
      return t.setHours(0, 0, 0, 0);
    default:
      return null;
  }
}

type Compare = (a: number, b: number) => boolean;

export function withNativeDates(base: DateLocalizer): DateLocalizer {
  const l = base as unknown as Record<string, (...args: never[]) => unknown>;
  const original = { ...l } as Record<string, (...args: unknown[]) => unknown>;
  const comparator =
    (name: string, test: Compare) =>
    (a: DateLike, b: DateLike, unit?: string): boolean => {
      const fa = floor(a, unit);
      const fb = floor(b, unit);
      return fa === null || fb === null ? (original[name]!(a, b, unit) as boolean) : test(fa, fb);
    };
  const fast: Record<string, unknown> = {
    eq: comparator('eq', (a, b) => a === b),
    neq: comparator('neq', (a, b) => a !== b),
    lt: comparator('lt', (a, b) => a < b),
    lte: comparator('lte', (a, b) => a <= b),
    gt: comparator('gt', (a, b) => a > b),
    // gte is left to dayjs: react-big-calendar 1.20's answers as lte does (only its month popup asks).
    // dayjs's isBetween with '[]': inclusive, either way round.
    inRange(day: DateLike, min: DateLike, max: DateLike, unit = 'day'): boolean {
      const [d, lo, hi] = [floor(day, unit), floor(min, unit), floor(max, unit)];
      if (d === null || lo === null || hi === null) return original.inRange!(day, min, max, unit) as boolean;
      return (lo <= d && d <= hi) || (hi <= d && d <= lo);
    },
    min: (a: DateLike, b: DateLike) => new Date(Math.min(+new Date(a), +new Date(b))),
    max: (a: DateLike, b: DateLike) => new Date(Math.max(+new Date(a), +new Date(b))),
    diff(a: DateLike, b: DateLike, unit = 'day'): number {
      const u = unit.toLowerCase();
      if (u !== 'minutes' && u !== 'minute') return original.diff!(a, b, unit) as number;
      return Math.trunc((+new Date(b) - +new Date(a)) / MINUTE) || 0;
    },
    getSlotDate(dt: DateLike, minutesFromMidnight: number, offset: number): Date {
      const d = new Date(dt);
      d.setHours(0, minutesFromMidnight + offset, 0, 0);
      return d;
    },
    isSameDate: (a: DateLike, b: DateLike) => floor(a, 'day') === floor(b, 'day'),
    // dayjs formats both as text and parses them back: twice per event drawn (does it continue
    // before or after the day?) and twice per column. The same local day and time, to the second.
    merge(date: DateLike | null, time: DateLike | null): Date | null {
      if (date == null || time == null) return original.merge!(date, time) as Date | null;
      const d = new Date(date);
      const t = new Date(time);
      return new Date(d.getFullYear(), d.getMonth(), d.getDate(), t.getHours(), t.getMinutes(), t.getSeconds());
    },
    startOf(date: DateLike | null, unit?: string): Date {
      const t = date == null ? null : floor(date, unit);
      return t === null ? (original.startOf!(date, unit) as Date) : new Date(t);
    },
    // Four times per event placed (its top and its height): the clock's change between two instants.
    getDstOffset: (a: DateLike, b: DateLike) => new Date(a).getTimezoneOffset() - new Date(b).getTimezoneOffset(),
    getTotalMin: (a: DateLike, b: DateLike) => Math.trunc((+new Date(b) - +new Date(a)) / MINUTE) || 0,
    getMinutesFromMidnight(start: DateLike): number {
      const dayStart = floor(start, 'day')!;
      const minutes = Math.trunc((+new Date(start) - dayStart) / MINUTE) || 0;
      return minutes + new Date(dayStart).getTimezoneOffset() - new Date(start).getTimezoneOffset();
    },
    inEventRange({ event, range }: { event: { start: DateLike; end: DateLike }; range: { start: DateLike; end: DateLike } }): boolean {
      const dayStart = floor(event.start, 'day')!;
      const end = +new Date(event.end);
      const endMinute = floor(end, 'minute')!;
      const rangeStart = +new Date(range.start);
      const startsBeforeEnd = dayStart <= floor(range.end, 'day')!;
      // dayjs: end.isAfter(rangeStart, 'minutes'), or isSameOrAfter for an event of no length.
      const endsAfterStart = dayStart !== endMinute ? rangeStart < endMinute : rangeStart < endMinute + MINUTE;
      return startsBeforeEnd && endsAfterStart;
    },
  };
  Object.assign(l, fast);
  return base;
}
