// CSV for spreadsheets: a UTF-8 byte-order mark so Excel reads accents and £ right, CRLF rows,
// papaparse quoting, and cells that would run as formulas neutralised (core/csv-cell.ts).
import Papa from 'papaparse';
import { neutraliseFormula, type CsvValue } from '../../../../core/csv-cell';

export type { CsvValue };

export function toCsv(header: string[], rows: CsvValue[][]): string {
  const data = rows.map((r) => r.map((v) => neutraliseFormula(v ?? '')));
  return `\uFEFF${Papa.unparse({ fields: header, data }, { newline: '\r\n', quotes: false })}\r\n`;
}
