import { describe, expect, it } from 'vitest';
import { addDays, addYears, ageOn, daysBetween, localDateOf } from './dates';
import { bookingWindow, isInsideWindow } from './booking';

const settings = { secondSessionMinDays: 7, laterSessionMinDays: 21, laterSessionMaxDays: 28 };

describe('calendar dates', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-25', 7)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
  it('is not shifted by daylight-saving changes', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
    expect(daysBetween('2026-03-20', '2026-04-10')).toBe(21);
  });
  it('keeps 29 February sensible in later years', () => {
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(addYears('2026-11-21', 3)).toBe('2029-11-21');
  });
  it('skips 29 February in a century year that is not a leap year', () => {
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
  });
  it('computes age', () => {
    expect(ageOn('1990-11-22', '2026-11-21')).toBe(35);
    expect(ageOn('1990-11-21', '2026-11-21')).toBe(36);
  });
  it('does not count a birthday later in the year yet', () => {
    expect(ageOn('1990-12-01', '2026-11-21')).toBe(35);
    expect(ageOn('1990-12-31', '2026-01-01')).toBe(35);
  });
  it('counts a birthday earlier in the year even on a later day of the month', () => {
    expect(ageOn('1990-01-30', '2026-11-21')).toBe(36);
    expect(ageOn('1990-10-25', '2026-11-21')).toBe(36);
  });
});

describe('the clinic’s calendar date of an instant', () => {
  it('reads midday as that day, in any zone, from a timestamp or a Date', () => {
    expect(localDateOf('2026-03-05T12:00:00.000Z')).toBe('2026-03-05');
    expect(localDateOf(new Date('2026-11-09T12:00:00.000Z'))).toBe('2026-11-09');
    expect(localDateOf('2026-12-31T12:00:00.000Z')).toBe('2026-12-31');
  });
});

describe('booking windows', () => {
  it('opens the second session 7 days after the first, with no end', () => {
    expect(bookingWindow(2, '2026-11-25', settings)).toEqual({ earliest: '2026-12-02', latest: null });
  });
  it('puts the third session 21–28 days after the second, across a year end', () => {
    const w = bookingWindow(3, '2026-12-20', settings);
    expect(w).toEqual({ earliest: '2027-01-10', latest: '2027-01-17' });
    expect(isInsideWindow('2027-01-10', w)).toBe(true);
    expect(isInsideWindow('2027-01-18', w)).toBe(false);
    expect(isInsideWindow('2027-01-09', w)).toBe(false);
  });
  it('has no window for the first session', () => {
    expect(bookingWindow(1, '2026-11-25', settings)).toBeNull();
  });
});
