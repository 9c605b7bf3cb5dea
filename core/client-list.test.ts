import { describe, expect, it } from 'vitest';
import { isLapsed, lapsedIfLastBefore } from './client-list';

describe('lapsed clients', () => {
  it('counts a client lapsed once the touch-up recall has passed by more than a year', () => {
    // Recall 3 years after the last session: 1 Dec 2022 → recall 1 Dec 2025 → lapsed after 1 Dec 2026.
    expect(lapsedIfLastBefore('2026-12-02', 3)).toBe('2022-12-02');
    expect(isLapsed('2022-12-01', false, '2026-12-02', 3)).toBe(true);
    expect(isLapsed('2022-12-02', false, '2026-12-02', 3)).toBe(false);
    expect(isLapsed('2025-06-01', false, '2026-12-02', 3)).toBe(false);
  });
  it('never calls a client with a booking, or with no session yet, lapsed', () => {
    expect(isLapsed('2010-01-01', true, '2026-12-02', 3)).toBe(false);
    expect(isLapsed(null, false, '2026-12-02', 3)).toBe(false);
  });
});
