import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { saidIn } from './said';
import { decodeText, guessEncoding, parseCsv, sniffFile, type FileKind, type TableResult } from './table';
import { parseXlsx } from './xlsx';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
/** Why a file is refused, in a locale's words (English unless told). */
const why = (r: FileKind | TableResult, locale = 'en-GB') => ('message' in r ? saidIn(r.message, locale) : null);

describe('sniffFile', () => {
  it('tells CSV and Excel from files that are not spreadsheets, in a plain sentence', () => {
    expect(sniffFile(utf8('First Name,Last Name\n'), 'clients.csv')).toEqual({ kind: 'csv' });
    expect(sniffFile(bytes(0x50, 0x4b, 0x03, 0x04, 1), 'clients.xlsx')).toEqual({ kind: 'xlsx' });
    expect(why(sniffFile(bytes(0x50, 0x4b, 0x03, 0x04, 1), 'photos.zip'))).toContain('compressed archive');
    expect(why(sniffFile(bytes(0xd0, 0xcf, 0x11, 0xe0), 'old.xls'))).toContain('save it as .xlsx or CSV');
    expect(why(sniffFile(utf8('%PDF-1.7'), 'scan.pdf'))).toBe(
      'scan.pdf is a PDF, not a spreadsheet. Export the clients as CSV or Excel (.xlsx).',
    );
    expect(why(sniffFile(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0), 'photo.png'))).toContain('binary data');
    expect(sniffFile(bytes(), 'empty.csv')).toMatchObject({ kind: 'refused' });
    expect(why(sniffFile(bytes(), 'empty.csv'))).toBe('empty.csv is empty.');
    expect(why(sniffFile(utf8('%PDF-1.7'), 'scan.pdf'), 'de-DE')).toBe(
      'scan.pdf ist eine PDF-Datei, keine Tabelle. Exportieren Sie die Kunden als CSV oder Excel (.xlsx).',
    );
  });
});

describe('encodings', () => {
  // "Zoë Müller" as Excel saves it on a Western European Windows: one byte per letter.
  const cp1252 = bytes(0x5a, 0x6f, 0xeb, 0x2c, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72);

  it('reads valid UTF-8 as UTF-8, and offers Windows-1252 for bytes that are not', () => {
    expect(guessEncoding(utf8('Zoë,Müller'))).toEqual({ encoding: 'utf-8', validUtf8: true });
    expect(guessEncoding(cp1252)).toEqual({ encoding: 'windows-1252', validUtf8: false });
    expect(decodeText(cp1252, 'windows-1252')).toBe('Zoë,Müller');
    expect(decodeText(cp1252, 'utf-8')).toBe('Zo\uFFFD,M\uFFFDller');
  });

  it('drops a byte-order mark and reads UTF-16 from its mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), 'utf-8')).toBe('A');
    const le = bytes(0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00, 0x42, 0x00);
    expect(guessEncoding(le).encoding).toBe('utf-16le');
    expect(decodeText(le, 'utf-16le')).toBe('A,B');
  });
});

describe('parseCsv', () => {
  it('numbers rows as a spreadsheet does, finds ; as the delimiter, and skips empty rows', () => {
    const result = parseCsv('First Name;Last Name\r\nAna;Silva\r\n;\r\n"Ben ""B""";"Oka\nfor"\r\nCy;Dunn\r\n');
    expect(result).toEqual({
      ok: true,
      table: {
        headers: ['First Name', 'Last Name'],
        rows: [
          { line: 2, cells: ['Ana', 'Silva'] },
          { line: 4, cells: ['Ben "B"', 'Oka\nfor'] },
          { line: 5, cells: ['Cy', 'Dunn'] },
        ],
        formulaCells: [],
      },
    });
  });

  it('says so for a text file that is not a table', () => {
    expect(why(parseCsv('Dear clinic\nplease find attached\n'))).toContain('only one column');
    expect(parseCsv('\n\n')).toMatchObject({ ok: false });
    expect(why(parseCsv('\n\n'))).toBe('The file has no rows.');
    expect(why(parseCsv('\n\n'), 'es-ES')).toBe('El archivo no tiene filas.');
  });
});

describe('parseXlsx', () => {
  it('reads the first sheet: dates as dates, formulas as their value and listed', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Clients');
    sheet.addRow(['First Name', 'Last Name', 'Birthdate', 'Mobile']);
    sheet.addRow(['Ana', 'Silva', new Date(Date.UTC(1980, 11, 25)), '07700 900123']);
    sheet.addRow([{ formula: 'UPPER("ben")', result: 'BEN' }, 'Okafor', null, 7700900124]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(sniffFile(file, 'CustomersList.xlsx')).toEqual({ kind: 'xlsx' });
    expect(await parseXlsx(file, 'CustomersList.xlsx')).toEqual({
      ok: true,
      table: {
        headers: ['First Name', 'Last Name', 'Birthdate', 'Mobile'],
        rows: [
          { line: 2, cells: ['Ana', 'Silva', '1980-12-25', '07700 900123'] },
          { line: 3, cells: ['BEN', 'Okafor', '', '7700900124'] },
        ],
        formulaCells: [{ line: 3, column: 0 }],
      },
    });
  });

  it('says so for a damaged workbook', async () => {
    const result = await parseXlsx(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3), 'broken.xlsx');
    expect(result).toMatchObject({ ok: false });
    expect(why(result)).toContain('broken.xlsx could not be read as an Excel workbook');
  });
});
