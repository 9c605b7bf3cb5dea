import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from './cells';
import { mapRows, splitFullName, type MappedFile } from './rows';
import { saidIn } from './said';
import type { ImportTable } from './table';

const table = (headers: string[], rows: string[][], formulaCells: ImportTable['formulaCells'] = []): ImportTable => ({
  headers,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  formulaCells,
});
const today = '2026-05-01';
/** The refused lines with their reasons in a locale's words. */
const refusedIn = (out: MappedFile, locale: string) =>
  out.refused.map((r) => ({ line: r.line, reasons: r.reasons.map((x) => saidIn(x, locale)) }));

describe('mapRows', () => {
  const headers = ['First Name', 'Last Name', 'Mobile Number', 'Telephone', 'Email', 'Date of Birth', 'Note', 'Added'];
  const fields = ['firstName', 'lastName', 'phone', 'phone', 'email', 'dateOfBirth', 'notes', 'visit'] as const;

  it('makes each row a client as Stipple stores it', () => {
    const out = mapRows(
      table(headers, [
        ['Ana', 'Silva', '', '020 7946 0000', 'ana@example.com', '25/12/1980', 'Prefers mornings', '01/03/2022'],
        [' Ben ', 'Okafor', '+44 7700 900123', '', '---', '', '', ''],
      ]),
      { fields: [...fields], dateOrder: 'dmy', today },
    );
    expect(out.refused).toEqual([]);
    expect(out.rows).toEqual([
      {
        line: 2,
        firstName: 'Ana',
        lastName: 'Silva',
        phone: '020 7946 0000',
        email: 'ana@example.com',
        dateOfBirth: '1980-12-25',
        notes: 'Prefers mornings\nAdded: 2022-03-01',
      },
      { line: 3, firstName: 'Ben', lastName: 'Okafor', phone: '+44 7700 900123', email: null, dateOfBirth: null, notes: '' },
    ]);
  });

  it('refuses a row with no name, a bad date, or the same client twice, each with its line', () => {
    const out = mapRows(
      table(headers, [
        ['', '', '07700 900001', '', '', '', '', ''],
        ['Cy', 'Dunn', '07700 900002', '', '', '31/02/1980', '', ''],
        ['Di', 'Eze', '07700 900003', '', '', '', '', 'yesterday'],
        ['Ed', 'Fox', '07700 900004', '', 'ed@example.com', '', '', ''],
        ['ed', 'FOX', '', '', 'ed@example.com', '', '', ''],
        ['Flo', '', '07700 900005', '', '', '', '', ''],
        ['Gus', 'Hale', '', '', '', '01/01/2030', '', ''],
      ]),
      { fields: [...fields], dateOrder: 'dmy', today },
    );
    expect(out.rows.map((r) => r.line)).toEqual([5]);
    expect(refusedIn(out, 'en-GB')).toEqual([
      { line: 2, reasons: ['it has no name.'] },
      { line: 3, reasons: ['the date of birth “31/02/1980” is not a date (read day first).'] },
      { line: 4, reasons: ['Added “yesterday” is not a date (read day first).'] },
      { line: 6, reasons: ['it is the same client as line 5 (same name and email).'] },
      { line: 7, reasons: ['it has no last name (“Flo”): Stipple needs a first and a last name.'] },
      { line: 8, reasons: ['the date of birth “01/01/2030” is in the future.'] },
    ]);
    expect(refusedIn(out, 'de-DE')).toEqual([
      { line: 2, reasons: ['der Name fehlt.'] },
      { line: 3, reasons: ['das Geburtsdatum „31/02/1980“ ist kein Datum (gelesen als „Tag zuerst“).'] },
      { line: 4, reasons: ['Added „yesterday“ ist kein Datum (gelesen als „Tag zuerst“).'] },
      { line: 6, reasons: ['es ist derselbe Kunde wie in Zeile 5 (gleicher Name und gleiche E-Mail).'] },
      { line: 7, reasons: ['der Nachname fehlt („Flo“): Stipple braucht einen Vor- und einen Nachnamen.'] },
      { line: 8, reasons: ['das Geburtsdatum „01/01/2030“ liegt in der Zukunft.'] },
    ]);
    expect(refusedIn(out, 'es-ES')[1]).toEqual({
      line: 3,
      reasons: ['la fecha de nacimiento «31/02/1980» no es una fecha (leída con el día primero).'],
    });
  });

  it('reads the same cells month first when told to', () => {
    const out = mapRows(table(['First', 'Last', 'DOB'], [['Ana', 'Silva', '12/25/1980']]), {
      fields: ['firstName', 'lastName', 'dateOfBirth'],
      dateOrder: 'mdy',
      today,
    });
    expect(out.rows[0]!.dateOfBirth).toBe('1980-12-25');
  });

  it('keeps cells a spreadsheet would run as formulas as plain text, and lists them', () => {
    const out = mapRows(
      table(
        ['Name', 'Phone', 'Notes', 'Ignored'],
        [
          ['Ana Silva', '+44 7700 900123', '=HYPERLINK("http://x.example","click")', '=1+1'],
          ['Ben Okafor', '', '@SUM(A1)', ''],
        ],
        [{ line: 3, column: 0 }],
      ),
      { fields: ['fullName', 'phone', 'notes', 'ignore'], dateOrder: 'dmy', today },
    );
    expect(out.rows[0]!.notes).toBe('=HYPERLINK("http://x.example","click")');
    expect(out.notices.map((n) => ({ ...n, message: saidIn(n.message, 'en-GB') }))).toEqual([
      { line: 2, column: 'Notes', message: 'starts with “=”, which a spreadsheet would run as a formula: imported as plain text.' },
      { line: 3, column: 'Name', message: 'was a formula in the workbook: its last value was imported as plain text.' },
      { line: 3, column: 'Notes', message: 'starts with “@”, which a spreadsheet would run as a formula: imported as plain text.' },
    ]);
  });
});

describe('the parts', () => {
  it('splits a full name at its last space, or at a comma', () => {
    expect(splitFullName('Mary Ann  Smith')).toEqual({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(splitFullName('Smith, Mary')).toEqual({ firstName: 'Mary', lastName: 'Smith' });
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
  });

  it('tells formulas from phone numbers and negative amounts', () => {
    expect(looksLikeFormula('=A1')).toBe(true);
    expect(looksLikeFormula('@A1')).toBe(true);
    expect(looksLikeFormula('+A1')).toBe(true);
    expect(looksLikeFormula('-2+3')).toBe(true);
    expect(looksLikeFormula('\tx')).toBe(true);
    expect(looksLikeFormula('+44 (0)20 7946-0000')).toBe(false);
    expect(looksLikeFormula('-12.50')).toBe(false);
    expect(looksLikeFormula('Ana')).toBe(false);
  });
});
