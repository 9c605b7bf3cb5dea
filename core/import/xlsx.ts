// An Excel workbook's first sheet as a table of text, read with exceljs. A date cell becomes
// 'YYYY-MM-DD' (a real date, so no day-or-month guess is needed); a formula cell gives its last
// computed value, and is listed so the screen can say its formula was not kept.
import ExcelJS from 'exceljs';
import { said } from './said';
import type { ImportTable, TableResult } from './table';

type Value = ExcelJS.CellValue;

function textOf(value: Value): { text: string; formula: boolean } {
  if (value === null || value === undefined) return { text: '', formula: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: false };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      const inner = result !== undefined && typeof result === 'object' && !(result instanceof Date) ? '' : result;
      return { text: textOf(inner ?? null).text, formula: true };
    }
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), formula: false };
    if ('text' in value) return { text: String(value.text), formula: false };
    if ('error' in value) return { text: '', formula: false };
  }
  return { text: String(value), formula: false };
}

export async function parseXlsx(bytes: Uint8Array, name: string): Promise<TableResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: said('moveIn.file.badWorkbook', { name }) };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return { ok: false, message: said('moveIn.file.noSheetRows', { name }) };
  const width = sheet.columnCount;
  const table: ImportTable = { headers: [], rows: [], formulaCells: [] };
  let headerSeen = false;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const { text, formula } = textOf(row.getCell(c).value);
      cells.push(text);
      if (formula && headerSeen) table.formulaCells.push({ line, column: c - 1 });
    }
    if (!headerSeen) {
      if (cells.every((t) => t.trim() === '')) return;
      table.headers = cells.map((h) => h.trim());
      headerSeen = true;
      return;
    }
    if (cells.some((t) => t.trim() !== '')) table.rows.push({ line, cells });
  });
  return { ok: true, table };
}
