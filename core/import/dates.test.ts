import { describe, expect, it } from 'vitest';
import { guessDateOrder, parseImportDate } from './dates';

describe('parseImportDate', () => {
  it('reads numeric dates in the order chosen', () => {
    expect(parseImportDate('03/04/1985', 'dmy')).toBe('1985-04-03');
    expect(parseImportDate('03/04/1985', 'mdy')).toBe('1985-03-04');
    expect(parseImportDate('3.4.1985', 'dmy')).toBe('1985-04-03');
    expect(parseImportDate('03-04-85', 'dmy', 2026)).toBe('1985-04-03');
    expect(parseImportDate('03-04-20', 'dmy', 2026)).toBe('2020-04-03');
  });

  it('reads year-first and ISO instants whatever the order, and drops a time', () => {
    expect(parseImportDate('1985-04-03', 'mdy')).toBe('1985-04-03');
    expect(parseImportDate('2023-11-02T10:30:00Z', 'dmy')).toBe('2023-11-02');
    expect(parseImportDate('02/11/2023 10:30', 'dmy')).toBe('2023-11-02');
    expect(parseImportDate('11/02/2023 9:05 PM', 'mdy')).toBe('2023-11-02');
  });

  it('reads month names either way round', () => {
    expect(parseImportDate('3 Apr 1985', 'mdy')).toBe('1985-04-03');
    expect(parseImportDate('03-Apr-85', 'dmy', 2026)).toBe('1985-04-03');
    expect(parseImportDate('April 3, 1985', 'dmy')).toBe('1985-04-03');
    expect(parseImportDate('Sept 3rd 1985', 'dmy')).toBe('1985-09-03');
  });

  it('refuses what is not a calendar date', () => {
    expect(parseImportDate('31/02/1985', 'dmy')).toBeNull();
    expect(parseImportDate('13/13/1985', 'mdy')).toBeNull();
    expect(parseImportDate('31/12/1985', 'mdy')).toBeNull();
    expect(parseImportDate('soon', 'dmy')).toBeNull();
    expect(parseImportDate('3 Foo 1985', 'dmy')).toBeNull();
    expect(parseImportDate('', 'dmy')).toBeNull();
  });
});

describe('guessDateOrder', () => {
  it('takes the first date only one order can read, and says which', () => {
    const cells = [
      { cell: '01/02/1980', line: 2 },
      { cell: '12/31/1980', line: 3 },
      { cell: '25/12/1980', line: 4 },
    ];
    expect(guessDateOrder(cells, 'en-GB')).toEqual({ order: 'mdy', because: { kind: 'cell', cell: '12/31/1980', line: 3 } });
    expect(guessDateOrder([{ cell: '25/12/1980', line: 7 }], 'en-US').order).toBe('dmy');
  });

  it('falls back to the clinic’s locale when every date reads both ways', () => {
    const cells = [{ cell: '01/02/1980', line: 2 }];
    expect(guessDateOrder(cells, 'en-US')).toEqual({ order: 'mdy', because: { kind: 'locale' } });
    expect(guessDateOrder(cells, 'en-GB')).toEqual({ order: 'dmy', because: { kind: 'locale' } });
    expect(guessDateOrder([{ cell: '1980-02-01', line: 2 }], 'en-US')).toEqual({ order: 'ymd', because: { kind: 'year_first' } });
  });
});
