import { describe, expect, it } from 'vitest';
import { isBeforePrevious, isInFuture, isInPast } from './session-dates';

const now = new Date('2026-12-02T10:00:00.000Z');

describe('session dates', () => {
  it('calls a session charted later than now (beyond a few minutes of clock difference) the future', () => {
    expect(isInFuture('2026-12-02T10:04:00.000Z', now)).toBe(false);
    expect(isInFuture('2026-12-02T10:06:00.000Z', now)).toBe(true);
    expect(isInFuture('2026-12-01T10:00:00.000Z', now)).toBe(false);
  });
  it('calls a booking for a time already gone the past', () => {
    expect(isInPast('2026-12-02T09:00:00.000Z', now)).toBe(true);
    expect(isInPast('2026-12-02T09:58:00.000Z', now)).toBe(false);
    expect(isInPast('2026-12-03T09:00:00.000Z', now)).toBe(false);
  });
  it('compares a session with the one before it, and with nothing when there is none', () => {
    expect(isBeforePrevious('2026-11-01T10:00:00.000Z', '2026-11-08T10:00:00.000Z')).toBe(true);
    expect(isBeforePrevious('2026-11-08T10:00:00.000Z', '2026-11-08T10:00:00.000Z')).toBe(false);
    expect(isBeforePrevious('2026-11-01T10:00:00.000Z', null)).toBe(false);
  });
});
