import { describe, expect, it } from 'vitest';
import {
  bookingWindow,
  dateInZone,
  isInsideWindow,
  recallDate,
  weekOf,
  windowAfterInstant,
  windowOverlaps,
  windowPosition,
} from './booking';

const s = { secondSessionMinDays: 7, laterSessionMinDays: 21, laterSessionMaxDays: 28 };

describe('booking windows around month ends', () => {
  it('opens session 2 seven days after a session on 31 January, into February', () => {
    expect(bookingWindow(2, '2026-01-31', s)).toEqual({ earliest: '2026-02-07', latest: null });
  });
  it('carries session 3 from late January over a short February into March', () => {
    expect(bookingWindow(3, '2026-01-31', s)).toEqual({ earliest: '2026-02-21', latest: '2026-02-28' });
    expect(bookingWindow(3, '2026-02-10', s)).toEqual({ earliest: '2026-03-03', latest: '2026-03-10' });
  });
  it('counts 29 February in a leap year', () => {
    expect(bookingWindow(3, '2028-02-10', s)).toEqual({ earliest: '2028-03-02', latest: '2028-03-09' });
  });
  it('crosses a year end', () => {
    expect(bookingWindow(4, '2026-12-15', s)).toEqual({ earliest: '2027-01-05', latest: '2027-01-12' });
  });
  it('follows the clinic settings', () => {
    expect(bookingWindow(2, '2026-04-30', { ...s, secondSessionMinDays: 14 })).toEqual({ earliest: '2026-05-14', latest: null });
    expect(bookingWindow(3, '2026-04-30', { ...s, laterSessionMinDays: 28, laterSessionMaxDays: 35 })).toEqual({
      earliest: '2026-05-28',
      latest: '2026-06-04',
    });
  });
  it('includes both end days and says how far outside a date is', () => {
    const w = bookingWindow(3, '2026-11-12', s)!;
    expect(isInsideWindow('2026-12-03', w)).toBe(true);
    expect(isInsideWindow('2026-12-10', w)).toBe(true);
    expect(windowPosition('2026-12-01', w)).toEqual({ inside: false, early: 2 });
    expect(windowPosition('2026-12-13', w)).toEqual({ inside: false, late: 3 });
    expect(windowPosition('2026-12-05', w)).toEqual({ inside: true });
    expect(windowPosition('2020-01-01', null)).toEqual({ inside: true });
  });
});

describe('booking windows around daylight-saving changes (Europe/London)', () => {
  // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
  it('reads an instant just after midnight BST as that day, not the day before', () => {
    // 00:30 BST on 30 March is 23:30 UTC on the 29th.
    expect(dateInZone('2026-03-29T23:30:00.000Z', 'Europe/London')).toBe('2026-03-30');
    expect(dateInZone('2026-03-29T23:30:00.000Z', 'UTC')).toBe('2026-03-29');
    expect(dateInZone('2026-03-30T00:30:00+01:00', 'Europe/London')).toBe('2026-03-30');
    // On the change night itself: 00:30 GMT, then 02:30 BST an hour later, the same day.
    expect(dateInZone('2026-03-29T00:30:00.000Z', 'Europe/London')).toBe('2026-03-29');
    expect(dateInZone('2026-03-29T01:30:00.000Z', 'Europe/London')).toBe('2026-03-29');
    // Still GMT at 23:30 UTC on the 28th.
    expect(dateInZone('2026-03-28T23:30:00.000Z', 'Europe/London')).toBe('2026-03-28');
  });
  it('reads the repeated hour on the autumn change as the same day', () => {
    expect(dateInZone('2026-10-25T00:30:00.000Z', 'Europe/London')).toBe('2026-10-25'); // 01:30 BST
    expect(dateInZone('2026-10-25T01:30:00.000Z', 'Europe/London')).toBe('2026-10-25'); // 01:30 GMT
    expect(dateInZone('2026-10-24T23:30:00.000Z', 'Europe/London')).toBe('2026-10-25'); // 00:30 BST
  });
  it('keeps a 21–28 day window whole across the spring change', () => {
    // Session 2 at 23:30 GMT on 28 March, the night the clocks go forward: counted from the 28th.
    const w = windowAfterInstant(3, '2026-03-28T23:30:00.000Z', s, 'Europe/London');
    expect(w).toEqual({ earliest: '2026-04-18', latest: '2026-04-25' });
    // A booking at 09:00 BST on the last day is inside; 00:30 BST the day after is not.
    expect(isInsideWindow(dateInZone('2026-04-25T08:00:00.000Z', 'Europe/London'), w)).toBe(true);
    expect(isInsideWindow(dateInZone('2026-04-25T23:30:00.000Z', 'Europe/London'), w)).toBe(false);
    // Counted in UTC the same booking would wrongly look inside: the zone matters.
    expect(isInsideWindow(dateInZone('2026-04-25T23:30:00.000Z', 'UTC'), w)).toBe(true);
  });
  it('keeps a window whole across the autumn change', () => {
    const w = windowAfterInstant(3, '2026-10-10T09:00:00+01:00', s, 'Europe/London');
    expect(w).toEqual({ earliest: '2026-10-31', latest: '2026-11-07' });
    expect(isInsideWindow(dateInZone('2026-10-31T00:30:00.000Z', 'Europe/London'), w)).toBe(true); // 00:30 GMT
    expect(isInsideWindow(dateInZone('2026-10-30T23:30:00.000Z', 'Europe/London'), w)).toBe(false); // 23:30 GMT on the 30th
  });
  it('opens session 2 seven days later on the same calendar day across the change', () => {
    expect(windowAfterInstant(2, '2026-03-25T10:00:00.000Z', s, 'Europe/London')).toEqual({ earliest: '2026-04-01', latest: null });
  });
});

describe('recalls and weeks', () => {
  it('recalls a touch-up years after the last session, 29 February included', () => {
    expect(recallDate('2026-12-05', 3)).toBe('2029-12-05');
    expect(recallDate('2028-02-29', 1)).toBe('2029-02-28');
  });
  it('finds Monday to Sunday, across a month end', () => {
    expect(weekOf('2026-11-21')).toEqual({ from: '2026-11-16', to: '2026-11-22' }); // a Saturday
    expect(weekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Monday
    expect(weekOf('2026-12-31')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
  it('lets a first session, which has no window, be booked on any day', () => {
    expect(isInsideWindow('2026-11-23', bookingWindow(1, '2026-11-01', s))).toBe(true);
  });
  it('keeps session 2 bookable any time after its window opens, however late', () => {
    const w = bookingWindow(2, '2026-11-01', s);
    expect(isInsideWindow('2026-11-08', w)).toBe(true);
    expect(isInsideWindow('2029-06-30', w)).toBe(true);
    expect(isInsideWindow('2026-11-07', w)).toBe(false);
  });
  it('does not count a window opening after the week as due that week', () => {
    const w = bookingWindow(3, '2026-11-09', s); // 30 Nov – 7 Dec
    expect(windowOverlaps(w, '2026-11-23', '2026-11-29')).toBe(false);
    expect(windowOverlaps(bookingWindow(2, '2026-11-23', s), '2026-11-23', '2026-11-29')).toBe(false); // opens 30 Nov
  });
  it('counts a window that opens on the week’s Sunday or closes on its Monday as due that week', () => {
    expect(windowOverlaps(bookingWindow(3, '2026-11-08', s), '2026-11-23', '2026-11-29')).toBe(true); // 29 Nov – 6 Dec
    expect(windowOverlaps(bookingWindow(3, '2026-10-26', s), '2026-11-23', '2026-11-29')).toBe(true); // 16 – 23 Nov
    expect(windowOverlaps(bookingWindow(3, '2026-10-25', s), '2026-11-23', '2026-11-29')).toBe(false); // 15 – 22 Nov
  });
  it('tells whether a window falls in a week', () => {
    const w = bookingWindow(3, '2026-11-01', s); // 22–29 Nov
    expect(windowOverlaps(w, '2026-11-16', '2026-11-22')).toBe(true);
    expect(windowOverlaps(w, '2026-11-30', '2026-12-06')).toBe(false);
    expect(windowOverlaps(bookingWindow(2, '2026-10-01', s), '2026-11-16', '2026-11-22')).toBe(true); // open-ended
    expect(windowOverlaps(null, '2026-11-16', '2026-11-22')).toBe(false);
  });
});

describe('dateInZone without a zone', () => {
  it('agrees with the machine zone read through Intl', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const at of ['2026-03-29T00:30:00.000Z', '2026-10-25T01:30:00.000Z', '2026-12-31T23:59:59.000Z', '2026-06-01T00:00:00.000Z']) {
      expect(dateInZone(at)).toBe(dateInZone(at, zone));
    }
  });
});
