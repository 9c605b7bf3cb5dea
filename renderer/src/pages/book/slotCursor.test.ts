// The keyboard's slot cursor: where each key takes it, kept inside the grid, and what is under it.
import { describe, expect, it } from 'vitest';
import type { BookEvent } from './bookEvents';
import { cursorColumns, eventAt, firstCursor, moveCursor } from './slotCursor';

const mon = new Date(2027, 0, 4);
const tue = new Date(2027, 0, 5);
const cols = cursorColumns([mon, tue], [7, 9]);
const at = (d: Date, h: number, m = 0) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m);

describe('the slot cursor', () => {
  it('starts in the first column at 09:00 and walks the columns day by day, practitioner by practitioner', () => {
    expect(cols.map((c) => `${c.day.getDate()}/${c.columnId}`)).toEqual(['4/7', '4/9', '5/7', '5/9']);
    const first = firstCursor(cols)!;
    expect(first).toEqual({ start: at(mon, 9), columnId: 7 });
    const right = moveCursor(first, 'ArrowRight', cols)!;
    expect(right).toEqual({ start: at(mon, 9), columnId: 9 });
    expect(moveCursor(right, 'ArrowRight', cols)).toEqual({ start: at(tue, 9), columnId: 7 });
    expect(moveCursor(first, 'ArrowLeft', cols)).toEqual(first); // already the first column
  });

  it('moves a quarter of an hour, an hour, or to the ends, never out of 07:00–20:45', () => {
    const c = { start: at(mon, 9), columnId: 7 };
    expect(moveCursor(c, 'ArrowDown', cols)!.start).toEqual(at(mon, 9, 15));
    expect(moveCursor(c, 'ArrowUp', cols)!.start).toEqual(at(mon, 8, 45));
    expect(moveCursor(c, 'PageDown', cols)!.start).toEqual(at(mon, 10));
    expect(moveCursor(c, 'Home', cols)!.start).toEqual(at(mon, 7));
    expect(moveCursor(c, 'End', cols)!.start).toEqual(at(mon, 20, 45));
    expect(moveCursor({ ...c, start: at(mon, 7) }, 'ArrowUp', cols)!.start).toEqual(at(mon, 7));
    expect(moveCursor({ ...c, start: at(mon, 20, 45) }, 'PageDown', cols)!.start).toEqual(at(mon, 20, 45));
    expect(moveCursor(c, 'x', cols)).toBeNull();
  });

  it('walks room columns as it walks practitioners’, and names what is in a room', () => {
    const rooms = cursorColumns([mon], [3, 5, 0]); // Room 1, Room 2, no room yet
    const first = firstCursor(rooms)!;
    expect(moveCursor(moveCursor(first, 'ArrowRight', rooms)!, 'ArrowRight', rooms)).toEqual({ start: at(mon, 9), columnId: 0 });
    const inRoom = {
      kind: 'booking',
      key: 's1',
      title: 't',
      start: at(mon, 9),
      end: at(mon, 12),
      resourceId: 5,
      booking: { status: 'booked' },
    };
    expect(eventAt({ start: at(mon, 10), columnId: 5 }, [inRoom as unknown as BookEvent])).toBe(inRoom);
    expect(eventAt({ start: at(mon, 10), columnId: 3 }, [inRoom as unknown as BookEvent])).toBeUndefined();
  });

  it('names what is under it: a booking or blocked time of that column, not a cancelled one', () => {
    const ev = (start: Date, end: Date, resourceId: number, status: string) =>
      ({ kind: 'booking', key: 'k', title: 't', start, end, resourceId, booking: { status, clientName: 'Sam' } }) as unknown as BookEvent;
    const events = [ev(at(mon, 10), at(mon, 13), 7, 'booked'), ev(at(mon, 14), at(mon, 15), 7, 'cancelled')];
    expect(eventAt({ start: at(mon, 12, 45), columnId: 7 }, events)).toBe(events[0]);
    expect(eventAt({ start: at(mon, 13), columnId: 7 }, events)).toBeUndefined();
    expect(eventAt({ start: at(mon, 10), columnId: 9 }, events)).toBeUndefined();
    expect(eventAt({ start: at(mon, 14), columnId: 7 }, events)).toBeUndefined();
  });
});
