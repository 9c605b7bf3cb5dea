// A cell that a spreadsheet would run as a formula, made plain text: every CSV Stipple writes (the
// reception board, the clinic export) goes through this one function. A leading = + - @, tab or
// carriage return starts a formula in Excel, LibreOffice and Sheets ("+44 7700" too: Excel reads
// it as =44 7700); a plain number such as -12.50 does not, and is left as it is.
export type CsvValue = string | number | null;

export function neutraliseFormula<V extends CsvValue | bigint | Uint8Array | undefined>(value: V): V | string {
  if (typeof value !== 'string') return value;
  if (/^[=@\t\r]/.test(value) || /^[+-](?!\d+(\.\d+)?$)/.test(value)) return `'${value}`;
  return value;
}
