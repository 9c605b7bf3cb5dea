import { describe, expect, it } from 'vitest';
import { monthsOf } from './report-period';

describe('monthsOf', () => {
  it('splits a period into its months, both ends included', () => {
    expect(monthsOf('2026-01-15', '2026-03-02')).toEqual([
      { month: '2026-01', from: '2026-01-15', to: '2026-01-31' },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-28' },
      { month: '2026-03', from: '2026-03-01', to: '2026-03-02' },
    ]);
  });

  it('keeps a year under 1000 a four-digit date (a year half typed reached the API and threw)', () => {
    expect(monthsOf('0202-11-10', '0203-01-05').map((m) => m.month)).toEqual(['0202-11', '0202-12', '0203-01']);
  });
});
