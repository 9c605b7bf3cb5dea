import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../../core/csv-cell';
import { toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, uses CRLF and parses back to the same rows', () => {
    const csv = toCsv(
      ['Client', 'Owed', 'Note'],
      [
        ['Zoë Ångström', 60.5, 'says "hi", twice'],
        ['Sam Okafor', 0, null],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Client', 'Owed', 'Note'],
      ['Zoë Ångström', '60.5', 'says "hi", twice'],
      ['Sam Okafor', '0', ''],
    ]);
  });

  it('neutralises every cell a spreadsheet would run as a formula, and leaves plain numbers', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutraliseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseFormula('-2+3+cmd')).toBe(`'-2+3+cmd`);
    expect(neutraliseFormula('\t=1+1')).toBe(`'\t=1+1`);
    expect(neutraliseFormula('\r=1+1')).toBe(`'\r=1+1`);
    // Excel reads "+44 7700 900123" as the formula =44 7700 900123.
    expect(neutraliseFormula('+44 7700 900123')).toBe(`'+44 7700 900123`);
    expect(neutraliseFormula('-12.50')).toBe('-12.50');
    expect(neutraliseFormula('+3')).toBe('+3');
    expect(neutraliseFormula('Ó Briain')).toBe('Ó Briain');
    expect(neutraliseFormula(42)).toBe(42);
    expect(toCsv(['Phone'], [['=cmd|"/c calc"!A1']])).toContain(`'=cmd`);
  });
});
