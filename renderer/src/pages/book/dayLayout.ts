// The grid's layout of one column-day's bookings. The book refuses clashes, so a column-day almost
// never has two bookings side by side: each is then drawn full width where react-big-calendar's own
// 'overlap' layout would put it, without that layout's per-column proxies and sorting (profiled: a
// share of the week's drawing). Anything that does overlap (a cancelled booking under a new one)
// goes to the library's layout as before. dayLayout.test.ts checks the answers against it.
import type { DayLayoutFunction } from 'react-big-calendar';
import overlapModule from 'react-big-calendar/lib/utils/layout-algorithms/overlap';
import type { BookEvent } from './bookEvents';

type Layout = DayLayoutFunction<BookEvent>;
type Args = Parameters<Layout>[0];
type Placed = { event: BookEvent; style: { top: number; height: number; width: number; xOffset: number }; start: number; end: number };

// A CommonJS module: its function is the default export, or that export's own default (Node's interop).
const interop = overlapModule as Layout | { default: Layout };
export const overlap: Layout = typeof interop === 'function' ? interop : interop.default;

interface SlotMetrics {
  getRange(start: Date, end: Date): { top: number; height: number; start: number; end: number };
}
interface Accessors {
  start(e: BookEvent): Date;
  end(e: BookEvent): Date;
}

export const bookDayLayout: Layout = (args: Args) => {
  const { events, minimumStartDifference } = args;
  const slotMetrics = args.slotMetrics as SlotMetrics;
  const accessors = args.accessors as Accessors;
  if (events.length === 0) return [];
  const placed: Placed[] = events.map((event) => {
    const r = slotMetrics.getRange(accessors.start(event), accessors.end(event));
    return { event, style: { top: r.top, height: r.height, width: 100, xOffset: 0 }, start: r.start, end: r.end };
  });
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  // The library's rule for sharing a row: an earlier one not yet ended, or starting too close to it.
  for (let i = 1; i < placed.length; i++) {
    for (let j = 0; j < i; j++) {
      if (placed[j]!.end > placed[i]!.start || Math.abs(placed[i]!.start - placed[j]!.start) < minimumStartDifference) return overlap(args);
    }
  }
  return placed.map(({ event, style }) => ({ event, style }));
};
