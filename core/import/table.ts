// A file from another system as a table of text: what it is (CSV, Excel, or not a spreadsheet),
// its text encoding, and its rows with the line number a person sees in a spreadsheet (the header
// is line 1). CSV is read with papaparse; the delimiter is the one the header line uses most (Excel
// writes ; in much of Europe; papaparse's own guess missed it on two-column files).
import Papa from 'papaparse';
import type { MessageId } from '../i18n/translate';
import { said, type Said } from './said';

export interface ImportTable {
  headers: string[];
  rows: { line: number; cells: string[] }[];
  /** Cells that were formulas in a workbook: their last value was read, the formula is not kept. */
  formulaCells: { line: number; column: number }[];
}

/** `message`: why Stipple cannot read it, by message id ('moveIn.file.*'). */
export type FileKind = { kind: 'csv' } | { kind: 'xlsx' } | { kind: 'refused'; message: Said };

const starts = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What the file is, from its first bytes and name; a sentence for a file Stipple cannot read. */
export function sniffFile(bytes: Uint8Array, name: string): FileKind {
  const lower = name.toLowerCase();
  const refused = (id: MessageId): FileKind => ({ kind: 'refused', message: said(id, { name }) });
  if (bytes.length === 0) return refused('moveIn.file.empty');
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return { kind: 'xlsx' };
    return refused('moveIn.file.archive');
  }
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return refused('moveIn.file.oldExcel');
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) return refused('moveIn.file.pdf');
  const utf16 = starts(bytes, 0xff, 0xfe) || starts(bytes, 0xfe, 0xff);
  const head = bytes.subarray(0, 4096);
  if (!utf16 && head.includes(0)) return refused('moveIn.file.binary');
  return { kind: 'csv' };
}

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'windows-1250', 'iso-8859-15', 'utf-16le'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** The encoding to read a text file in: its byte-order mark, else UTF-8 if it is valid UTF-8, else Windows-1252. */
export function guessEncoding(bytes: Uint8Array): { encoding: TextEncoding; validUtf8: boolean } {
  if (starts(bytes, 0xff, 0xfe)) return { encoding: 'utf-16le', validUtf8: false };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', validUtf8: true };
  } catch {
    return { encoding: 'windows-1252', validUtf8: false };
  }
}

/** The file's text in the chosen encoding, without a byte-order mark. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

export type TableResult = { ok: true; table: ImportTable } | { ok: false; message: Said };

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter the first line with text uses most, outside quotes; a comma when it has none. */
export function guessDelimiter(text: string): string {
  const line = (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((d) => line.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best]! > 0 ? DELIMITERS[best]! : ',';
}

/** A CSV's text as a table; the first row that has any text is the header. */
export function parseCsv(text: string): TableResult {
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { ok: false, message: said('moveIn.file.noRows') };
  const headers = records[headerIndex]!.map((h) => h.trim());
  if (headers.length < 2) return { ok: false, message: said('moveIn.file.oneColumn') };
  const rows: ImportTable['rows'] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ line: i + 1, cells });
  }
  return { ok: true, table: { headers, rows, formulaCells: [] } };
}
