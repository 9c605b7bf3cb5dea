import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDateTime, formatMonthShort, formatMonthYear, formatTime } from './format-date';
import { usableLocale } from './locale';

describe('formatDate', () => {
  it('writes a calendar date in the clinic’s locale, never as ISO', () => {
    expect(formatDate('2020-01-31', 'en-GB')).toBe('31 Jan 2020');
    expect(formatDate('2020-01-31', 'en-US')).toBe('Jan 31, 2020');
    expect(formatDate('2020-01-31', 'de-DE')).toBe('31. Jan. 2020');
  });
  it('adds the weekday or leaves the year out when asked', () => {
    expect(formatDate('2026-11-28', 'en-GB', { weekday: true })).toBe('Sat, 28 Nov 2026');
    expect(formatDate('2026-11-28', 'en-GB', { withoutYear: true })).toBe('28 Nov');
    expect(formatDate('2026-11-23', 'en-GB', { weekday: true, long: true })).toBe('Monday, 23 November 2026');
    expect(formatMonthYear('2029-11-23', 'de-DE')).toBe('November 2029');
  });
  it('reads a calendar date as that day in any time zone, and an instant as its local date', () => {
    expect(formatDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
    const instant = new Date(2026, 5, 15, 23, 30).toISOString(); // 23:30 local on 15 June
    expect(formatDate(instant, 'en-GB')).toBe('15 Jun 2026');
  });
  it('shows a dash for nothing and leaves text that is not a date as it was', () => {
    expect(formatDate(null, 'en-GB')).toBe('—');
    expect(formatDate('', 'en-GB')).toBe('—');
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
  it('falls back to en-GB for a malformed locale setting', () => {
    expect(usableLocale('not a locale!!')).toBe('en-GB');
    expect(usableLocale(undefined)).toBe('en-GB');
    expect(formatDate('2020-01-31', 'not a locale!!')).toBe('31 Jan 2020');
  });
});

describe('formatDateTime and formatTime', () => {
  const at = new Date(2026, 10, 28, 14, 5);
  it('writes an instant with its local time in the locale’s own way', () => {
    expect(formatDateTime(at.toISOString(), 'en-GB')).toBe('28 Nov 2026, 14:05');
    expect(formatDateTime(at, 'en-US')).toBe('Nov 28, 2026, 02:05 PM');
    expect(formatTime(at.toISOString(), 'en-GB')).toBe('14:05');
  });
});

describe('formatDateRange', () => {
  it('writes a range compactly', () => {
    // Intl puts thin spaces around the dash; people read them as spaces.
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(formatDateRange('2026-11-28', '2026-12-05', 'en-GB'))).toBe('28 Nov – 5 Dec 2026');
    expect(plain(formatDateRange('2026-11-19', '2026-11-26', 'en-GB'))).toBe('19 – 26 Nov 2026');
  });
});

describe('formatMonthShort', () => {
  it('writes a month short with its year for a chart axis, in the clinic’s locale, on the calendar day given', () => {
    expect(formatMonthShort('2026-11-01', 'en-GB')).toBe('Nov 26');
    expect(formatMonthShort('2026-03-01', 'de-DE')).toBe('März 26');
    expect(formatMonthShort('2027-01-01', 'en-GB')).toBe('Jan 27'); // the first of a month in any zone
    expect(formatMonthShort('2026-11-01', 'xx-bogus')).toBe(formatMonthShort('2026-11-01', usableLocale('xx-bogus')));
  });
});
