import { describe, expect, it } from 'vitest';
import { checkHours, clockOf, DEFAULT_LENGTHS, defaultLengthMinutes, endOf, firstClash, hoursSentence, overlaps } from './appointments';

const span = (startsAt: string, endsAt: string) => ({ startsAt, endsAt });
const WEEK = [
  { weekday: 1, opens: '09:00', closes: '17:00' },
  { weekday: 3, opens: '10:00', closes: '18:30' },
];

describe('session lengths', () => {
  it('defaults per kind: first 4 h, later 3 h, touch-up 2 h', () => {
    expect(defaultLengthMinutes('course', 1, DEFAULT_LENGTHS)).toBe(240);
    expect(defaultLengthMinutes('course', 2, DEFAULT_LENGTHS)).toBe(180);
    expect(defaultLengthMinutes('course', 4, DEFAULT_LENGTHS)).toBe(180);
    expect(defaultLengthMinutes('touch_up', 1, DEFAULT_LENGTHS)).toBe(120);
    expect(defaultLengthMinutes('course', 1, { ...DEFAULT_LENGTHS, firstSessionMinutes: 300 })).toBe(300);
  });
  it('ends length minutes after it starts', () => {
    expect(endOf('2026-11-23T10:00:00.000Z', 180)).toBe('2026-11-23T13:00:00.000Z');
  });
});

describe('clashes', () => {
  it('treats spans as half-open: back to back is no clash', () => {
    expect(overlaps(span('2026-11-23T10:00:00Z', '2026-11-23T13:00:00Z'), span('2026-11-23T13:00:00Z', '2026-11-23T15:00:00Z'))).toBe(
      false,
    );
    expect(overlaps(span('2026-11-23T10:00:00Z', '2026-11-23T13:00:00Z'), span('2026-11-23T12:59:00Z', '2026-11-23T15:00:00Z'))).toBe(true);
    expect(overlaps(span('2026-11-23T10:00:00Z', '2026-11-23T13:00:00Z'), span('2026-11-23T11:00:00Z', '2026-11-23T12:00:00Z'))).toBe(true);
    expect(overlaps(span('2026-11-23T11:00:00Z', '2026-11-23T12:00:00Z'), span('2026-11-23T10:00:00Z', '2026-11-23T13:00:00Z'))).toBe(true);
  });
  it('names the earliest occupant the span overlaps', () => {
    const occupants = [
      { kind: 'blocked' as const, id: 2, startsAt: '2026-11-23T13:00:00Z', endsAt: '2026-11-23T14:00:00Z', reason: 'Lunch' },
      { kind: 'booking' as const, id: 1, startsAt: '2026-11-23T09:00:00Z', endsAt: '2026-11-23T12:00:00Z', clientName: 'Sam Okafor' },
      { kind: 'booking' as const, id: 3, startsAt: '2026-11-23T15:00:00Z', endsAt: '2026-11-23T16:00:00Z', clientName: 'Kim Lee' },
    ];
    expect(firstClash(span('2026-11-23T11:00:00Z', '2026-11-23T14:00:00Z'), occupants)?.id).toBe(1);
    expect(firstClash(span('2026-11-23T12:00:00Z', '2026-11-23T15:00:00Z'), occupants)?.id).toBe(2);
    expect(firstClash(span('2026-11-23T14:00:00Z', '2026-11-23T15:00:00Z'), occupants)).toBeNull();
  });
});

describe('opening hours', () => {
  const zone = 'Europe/London';
  it('reads the clinic clock in its zone, across daylight saving', () => {
    expect(clockOf('2026-07-06T08:30:00Z', zone)).toEqual({ weekday: 1, minutes: 9 * 60 + 30, date: '2026-07-06' });
    expect(clockOf('2026-11-23T08:30:00Z', zone)).toEqual({ weekday: 1, minutes: 8 * 60 + 30, date: '2026-11-23' });
  });
  it('is inside from opening to closing, the closing minute included', () => {
    expect(checkHours(span('2026-11-23T09:00:00Z', '2026-11-23T17:00:00Z'), WEEK, zone)).toEqual({ inside: true });
  });
  it('warns before opening, after closing and on a day off', () => {
    expect(checkHours(span('2026-11-23T08:30:00Z', '2026-11-23T11:30:00Z'), WEEK, zone)).toMatchObject({ why: 'before_opening' });
    expect(checkHours(span('2026-11-23T15:00:00Z', '2026-11-23T18:00:00Z'), WEEK, zone)).toMatchObject({ why: 'after_closing' });
    expect(checkHours(span('2026-11-24T10:00:00Z', '2026-11-24T13:00:00Z'), WEEK, zone)).toMatchObject({ why: 'day_off' });
    expect(checkHours(span('2026-11-23T22:00:00Z', '2026-11-24T01:00:00Z'), WEEK, zone)).toMatchObject({ why: 'after_closing' });
  });
  it('never warns for a practitioner whose hours were never set', () => {
    expect(checkHours(span('2026-11-24T03:00:00Z', '2026-11-24T06:00:00Z'), null, zone)).toEqual({ inside: true });
  });
  it('says why in a sentence that asks for a reason', () => {
    const after = checkHours(span('2026-11-25T16:00:00Z', '2026-11-25T19:00:00Z'), WEEK, zone);
    expect(hoursSentence('Kim Lee', after, 3)).toBe('Kim Lee works 10:00–18:30 on Wednesdays. Give a reason to book outside their hours.');
    const off = checkHours(span('2026-11-24T10:00:00Z', '2026-11-24T13:00:00Z'), WEEK, zone);
    expect(hoursSentence('Kim Lee', off, 2)).toBe('Kim Lee does not work on Tuesdays. Give a reason to book outside their hours.');
  });
});
