// Cells of a file from elsewhere: what counts as empty, and which a spreadsheet would run as a formula.

/** Exports mark an empty cell in their own ways (Vagaro writes "---"). */
export const isBlankCell = (cell: string): boolean => /^\s*(-{2,}|n\/a)?\s*$/i.test(cell);

/**
 * A cell starting with = or @ (or + or − followed by more than a phone number or a number, or a
 * tab or carriage return) that a spreadsheet would run as a formula. Stipple keeps it as plain text
 * and says so; its own CSV exports write it with a leading ' (core/csv-cell.ts).
 */
export function looksLikeFormula(cell: string): boolean {
  if (/^[=@\t\r]/.test(cell)) return true;
  return /^[+-]/.test(cell) && !/^[+-][\d\s().-]*$/.test(cell);
}
