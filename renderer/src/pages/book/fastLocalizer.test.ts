// The grid's fast localizer gives dayjs's answers, on dates around the clocks going back and forward.
import dayjs from 'dayjs';
import { dayjsLocalizer } from 'react-big-calendar';
import { describe, expect, it } from 'vitest';
import { withNativeDates } from './fastLocalizer';

process.env.TZ = 'Europe/London';
const slow = dayjsLocalizer(dayjs) as unknown as Record<string, (...a: unknown[]) => unknown>;
const fast = withNativeDates(dayjsLocalizer(dayjs)) as unknown as Record<string, (...a: unknown[]) => unknown>;

/** Instants spread over the days around 29 March and 25 October 2026 (London's changes), at odd seconds. */
function instants(seed: number, n: number): Date[] {
  let x = seed;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const around = [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2027, 0, 4, 9)];
  return Array.from({ length: n }, (_, i) => {
    const base = around[i % around.length]!;
    const offset = Math.round((next() - 0.5) * 3 * 86_400_000);
    // Some on whole minutes and midnights, as the grid's own dates are.
    const t = base + offset;
    return new Date(i % 4 === 0 ? t - (t % 60_000) : i % 4 === 1 ? new Date(t).setHours(0, 0, 0, 0) : t);
  });
}

describe('the fast localizer', () => {
  const dates = instants(7, 240);
  const pairs = dates.map((d, i) => [d, dates[(i * 7 + 3) % dates.length]!, dates[(i * 11 + 5) % dates.length]!] as const);

  it('compares, ranges and differences as dayjs does, by minute, by day and exactly', () => {
    for (const [a, b, c] of pairs) {
      for (const unit of [undefined, 'minutes', 'day', 'month']) {
        for (const name of ['eq', 'neq', 'lt', 'lte', 'gt'])
          expect(fast[name]!(a, b, unit), `${name} ${unit}`).toBe(slow[name]!(a, b, unit));
        expect(fast.inRange!(a, b, c, unit ?? 'day'), `inRange ${unit}`).toBe(slow.inRange!(a, b, c, unit ?? 'day'));
        expect(fast.inRange!(a, a, c, unit ?? 'day')).toBe(slow.inRange!(a, a, c, unit ?? 'day'));
      }
      expect(fast.diff!(a, b, 'minutes')).toBe(slow.diff!(a, b, 'minutes'));
      expect(fast.diff!(a, b, 'day')).toBe(slow.diff!(a, b, 'day'));
      expect(+(fast.min!(a, b) as Date)).toBe(+(slow.min!(a, b) as Date));
      expect(+(fast.max!(a, b) as Date)).toBe(+(slow.max!(a, b) as Date));
      expect(fast.isSameDate!(a, b)).toBe(slow.isSameDate!(a, b));
      expect(+(fast.merge!(a, b) as Date), `merge ${a.toISOString()} ${b.toISOString()}`).toBe(+(slow.merge!(a, b) as Date));
      for (const unit of [undefined, 'minutes', 'day'])
        expect(+(fast.startOf!(a, unit) as Date), `startOf ${unit}`).toBe(+(slow.startOf!(a, unit) as Date));
      expect(fast.getDstOffset!(a, b)).toBe(slow.getDstOffset!(a, b));
      expect(fast.getTotalMin!(a, b)).toBe(slow.getTotalMin!(a, b));
      expect(fast.getMinutesFromMidnight!(a)).toBe(slow.getMinutesFromMidnight!(a));
      expect(fast.isSameDate!(a, new Date(+a + 60_000))).toBe(slow.isSameDate!(a, new Date(+a + 60_000)));
    }
  });

  it('gives each slot the date dayjs gives it, on the days the clocks change too', () => {
    for (const d of dates) {
      for (const [from, offset] of [
        [420, 0],
        [420, 15],
        [0, 90],
        [60, 75],
        [420, 780],
      ] as const) {
        expect(+(fast.getSlotDate!(d, from, offset) as Date)).toBe(+(slow.getSlotDate!(d, from, offset) as Date));
      }
    }
  });

  it('finds an event in a range as dayjs does, events of no length too', () => {
    for (const [a, b, c] of pairs) {
      const [start, end] = a < b ? [a, b] : [b, a];
      for (const event of [
        { start, end },
        { start, end: start },
        { start, end: new Date(+start + 30_000) },
      ]) {
        for (const range of [
          { start: c, end: new Date(+c + 86_400_000) },
          { start: end, end: new Date(+end + 60_000) },
          { start: c, end: c },
        ]) {
          expect(fast.inEventRange!({ event, range }), `${event.start.toISOString()} ${range.start.toISOString()}`).toBe(
            slow.inEventRange!({ event, range }),
          );
        }
      }
    }
  });
});
