// The keyboard's way round the grid: react-big-calendar's slots cannot take focus, so the grid's box
// does, and a cursor moves over its slots with the arrow keys (up and down a quarter of an hour,
// left and right a column: the practitioners, or rooms, of a day, then the next day's). Pure: tested
// under Node.
import type { BookEvent } from './bookEvents';

export interface SlotCursor {
  /** The slot's start. */
  start: Date;
  /** The column: a practitioner's id, or a room's when the book is per room. */
  columnId: number;
}

/** The grid's first and last slots, minutes from midnight (it runs 07:00–21:00 in 15-minute slots). */
export const FIRST_SLOT = 7 * 60;
export const LAST_SLOT = 21 * 60 - 15;
const STEP = 15;

/** The columns in the order they are drawn: each day, its practitioners (or rooms) left to right. */
export function cursorColumns(days: readonly Date[], columnIds: readonly number[]) {
  return days.flatMap((day) => columnIds.map((columnId) => ({ day, columnId })));
}

const minutesOf = (d: Date) => d.getHours() * 60 + d.getMinutes();
const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
const at = (day: Date, minutes: number) => {
  const d = new Date(day);
  d.setHours(0, minutes, 0, 0);
  return d;
};

/** Where the cursor starts: the first column at 09:00. */
export function firstCursor(columns: ReturnType<typeof cursorColumns>): SlotCursor | null {
  const c = columns[0];
  return c ? { start: at(c.day, 9 * 60), columnId: c.columnId } : null;
}

/** The cursor after a key, or null for a key it does not take. Stays inside the grid. */
export function moveCursor(cursor: SlotCursor, key: string, columns: ReturnType<typeof cursorColumns>): SlotCursor | null {
  const index = Math.max(
    0,
    columns.findIndex((c) => c.columnId === cursor.columnId && sameDay(c.day, cursor.start)),
  );
  const minutes = minutesOf(cursor.start);
  const clamp = (m: number) => Math.min(LAST_SLOT, Math.max(FIRST_SLOT, m));
  const to = (i: number, m: number) => {
    const c = columns[Math.min(columns.length - 1, Math.max(0, i))]!;
    return { start: at(c.day, clamp(m)), columnId: c.columnId };
  };
  switch (key) {
    case 'ArrowUp':
      return to(index, minutes - STEP);
    case 'ArrowDown':
      return to(index, minutes + STEP);
    case 'ArrowLeft':
      return to(index - 1, minutes);
    case 'ArrowRight':
      return to(index + 1, minutes);
    case 'PageUp':
      return to(index, minutes - 60);
    case 'PageDown':
      return to(index, minutes + 60);
    case 'Home':
      return to(index, FIRST_SLOT);
    case 'End':
      return to(index, LAST_SLOT);
    default:
      return null;
  }
}

/** What is at the cursor: the booking or blocked time over that quarter of an hour, if any. */
export function eventAt(cursor: SlotCursor, events: readonly BookEvent[]): BookEvent | undefined {
  const t = cursor.start.getTime();
  return events.find(
    (e) =>
      e.resourceId === cursor.columnId &&
      !(e.kind === 'booking' && e.booking.status === 'cancelled') &&
      e.start.getTime() <= t &&
      t < e.end.getTime(),
  );
}
