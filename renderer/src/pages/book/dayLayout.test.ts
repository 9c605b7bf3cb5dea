// The book's day layout gives react-big-calendar's 'overlap' layout's answers: full width for a
// column-day with nothing side by side, and the library's own layout for anything that overlaps.
import dayjs from 'dayjs';
import { dayjsLocalizer } from 'react-big-calendar';
import * as TimeSlots from 'react-big-calendar/lib/utils/TimeSlots';
import { describe, expect, it } from 'vitest';
import type { BookEvent } from './bookEvents';
import { bookDayLayout, overlap } from './dayLayout';
import { withNativeDates } from './fastLocalizer';

process.env.TZ = 'Europe/London';
const localizer = withNativeDates(dayjsLocalizer(dayjs)); // the grid's, without its labels (bookCalendar.ts)
type Metrics = { getSlotMetrics: (a: object) => unknown };
const slots = ((TimeSlots as unknown as { default?: Metrics }).default ?? TimeSlots).getSlotMetrics;
const accessors = { start: (e: BookEvent) => e.start, end: (e: BookEvent) => e.end };

function dayArgs(day: Date, spans: [number, number][]) {
  const at = (minutes: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes);
  const events = spans.map(
    ([from, length], i) =>
      ({ kind: 'blocked', key: `b${i}`, title: `${i}`, start: at(from), end: at(from + length), resourceId: 1 }) as unknown as BookEvent,
  );
  const slotMetrics = slots({ min: at(7 * 60), max: at(21 * 60), step: 15, timeslots: 4, localizer });
  return { events, accessors, slotMetrics, minimumStartDifference: 30 };
}

const byKey = (placed: { event: BookEvent; style: object }[]) => Object.fromEntries(placed.map((p) => [p.event.key, p.style]));

describe('the book’s day layout', () => {
  const days = [new Date(2027, 0, 4), new Date(2026, 2, 29), new Date(2026, 9, 25)];
  const plans: [number, number][][] = [
    [],
    [[480, 240]],
    [
      [480, 240],
      [720, 30],
      [750, 180],
      [930, 240],
    ],
    [
      [450, 60],
      [1200, 120],
    ],
    // Side by side: the same start, one inside another, two starting 15 minutes apart, and touching.
    [
      [600, 180],
      [600, 60],
    ],
    [
      [480, 240],
      [540, 30],
    ],
    [
      [600, 15],
      [615, 60],
    ],
    [
      [480, 120],
      [600, 120],
      [660, 30],
    ],
  ];
  it('places every booking where the library’s overlap layout does', () => {
    for (const day of days)
      for (const plan of plans) {
        const args = dayArgs(day, plan);
        expect(byKey(bookDayLayout(args)), JSON.stringify(plan)).toEqual(byKey(overlap(args)));
      }
  });
  it('draws a column-day with nothing side by side full width', () => {
    const placed = bookDayLayout(dayArgs(days[0]!, plans[2]!));
    expect(placed.map((p) => p.style)).toEqual(placed.map(() => expect.objectContaining({ width: 100, xOffset: 0 })));
    expect(placed.map((p) => p.event.key)).toEqual(['b0', 'b1', 'b2', 'b3']);
  });
});
