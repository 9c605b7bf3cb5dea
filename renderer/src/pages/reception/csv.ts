// CSV for spreadsheets: a UTF-8 byte-order mark so Excel reads accents and £ right, CRLF rows,
// papaparse quoting, and cells that would run as formulas neutralised.
import Papa from 'papaparse';

export type CsvValue = string | number | null;

/** A cell starting with = @ or a +/- that is not a number would run as a formula in a spreadsheet. */
export function neutraliseFormula(value: CsvValue): CsvValue {
  if (typeof value !== 'string') return value;
  if (/^[=@\t\r]/.test(value) || /^[+-](?![\d\s().]*$)/.test(value)) return `'${value}`;
  return value;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  const data = rows.map((r) => r.map((v) => neutraliseFormula(v ?? '')));
  return `\uFEFF${Papa.unparse({ fields: header, data }, { newline: '\r\n', quotes: false })}\r\n`;
}
