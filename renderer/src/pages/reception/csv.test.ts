import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { neutraliseFormula } from '../../../../core/csv-cell';
import type { BoardRow } from '../../../../api/contract/reception';
import { boardColumns } from './boardColumns';
import { toCsv } from './csv';

// The columns' module reads settings through the API client, which needs a window; the columns themselves do not.
vi.mock('../../api/useApi', () => ({ useApiQuery: () => ({}) }));

const row: BoardRow = {
  key: '3-2',
  clientId: 7,
  firstName: 'Jörg',
  lastName: 'Weiß',
  phone: '+49 221 123456',
  planId: 3,
  planKind: 'course',
  sessionNumber: 2,
  quotedSessions: 3,
  state: 'not_booked',
  depositId: null,
  depositStatus: null,
  depositAmountMinor: null,
  depositPaidMinor: 0,
  outstandingMinor: 0,
  heldMinor: 0,
  currency: 'EUR',
  planOwedMinor: 45000,
  previousDate: '2026-11-20',
  previousPerformed: true,
  daysSincePrevious: 13,
  windowEarliest: '2026-12-04',
  windowLatest: null,
  bookedFor: null,
  sessionId: null,
  performedAt: null,
  recallOn: null,
  dueThisWeek: true,
};

/** The board's export as ReceptionPage writes it: each column's CSV header and value. */
function boardCsv(locale: string): string[][] {
  const cols = boardColumns(locale);
  const csv = toCsv(
    cols.map((c) => c.meta?.csvHeader ?? String(c.id)),
    [cols.map((c) => c.meta?.csv?.(row) ?? null)],
  );
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

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

  it('writes the board’s header row and words in the clinic’s language: German for a German clinic', () => {
    const [header, values] = boardCsv('de-DE') as [string[], string[]];
    expect(header).toEqual([
      'Kunde',
      'Telefon',
      'Sitzung',
      'Stand',
      'Anzahlung',
      'Bezahlt',
      'Offen',
      'Restbetrag',
      'Währung',
      'Tage seit letzter',
      'Zeitraum',
      'Gebucht',
      'Erinnern am',
      'Diese Woche fällig',
    ]);
    expect(values[0]).toBe('Jörg Weiß');
    expect(values[2]).toBe('2 von 3');
    expect(values[10]).toBe('ab 2026-12-04');
    expect(values[13]).toBe('Ja');
  });

  it('keeps the English header row word for word', () => {
    const [header, values] = boardCsv('en-GB') as [string[], string[]];
    expect(header.slice(0, 4)).toEqual(['Client', 'Phone', 'Session', 'State']);
    expect(header.at(-1)).toBe('Due this week');
    expect(values[2]).toBe('2 of 3');
    expect(values[10]).toBe('2026-12-04 onwards');
    expect(values[13]).toBe('Yes');
  });
});
