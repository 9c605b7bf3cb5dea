// The import's heavy work off the window's thread: reading the file (papaparse, exceljs), its
// SHA-256, and mapping every row (core/import/rows.ts) each time the mapping or date order changes.
import { guessDateOrder } from '../../../../../core/import/dates';
import { DATE_FIELDS } from '../../../../../core/import/fields';
import { guessMapping } from '../../../../../core/import/mapping';
import { mapRows } from '../../../../../core/import/rows';
import { said } from '../../../../../core/import/said';
import { decodeText, guessEncoding, parseCsv, sniffFile, type ImportTable, type TextEncoding } from '../../../../../core/import/table';
import { parseXlsx } from '../../../../../core/import/xlsx';
import type { FromWorker, OpenedFile, ToWorker } from './import-protocol';

let bytes: Uint8Array<ArrayBuffer> | null = null;
let name = '';
let sha256 = '';
let table: ImportTable | null = null;

const post = (message: FromWorker) => postMessage(message);

async function digest(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

function describe(kind: 'csv' | 'xlsx', encoding: OpenedFile['encoding'], read: ImportTable, locale: string): OpenedFile {
  const guess = guessMapping(read.headers);
  const dateColumns = guess.fields.flatMap((f, i) => (DATE_FIELDS.has(f) ? [i] : []));
  const dateCells = read.rows.slice(0, 2000).flatMap((r) => dateColumns.map((i) => ({ cell: r.cells[i] ?? '', line: r.line })));
  return {
    name,
    sha256,
    kind,
    encoding,
    headers: read.headers,
    sample: read.rows.slice(0, 3).map((r) => r.cells),
    rowCount: read.rows.length,
    guess,
    dateGuess: guessDateOrder(
      dateCells.filter((c) => c.cell.trim() !== ''),
      locale,
    ),
  };
}

function readCsv(encoding: TextEncoding, validUtf8: boolean, locale: string): void {
  const result = parseCsv(decodeText(bytes!, encoding));
  if (!result.ok) return post({ type: 'refused', message: said('moveIn.file.named', { name, problem: result.message }) });
  table = result.table;
  post({ type: 'opened', file: describe('csv', { used: encoding, validUtf8 }, table, locale) });
}

async function open(data: ArrayBuffer, fileName: string, locale: string): Promise<void> {
  bytes = new Uint8Array(data);
  name = fileName;
  table = null;
  const kind = sniffFile(bytes, name);
  if (kind.kind === 'refused') return post({ type: 'refused', message: kind.message });
  sha256 = await digest(bytes);
  if (kind.kind === 'csv') {
    const { encoding, validUtf8 } = guessEncoding(bytes);
    return readCsv(encoding, validUtf8, locale);
  }
  const result = await parseXlsx(bytes, name);
  if (!result.ok) return post({ type: 'refused', message: result.message });
  table = result.table;
  post({ type: 'opened', file: describe('xlsx', null, table, locale) });
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'open') void open(message.bytes, message.name, message.locale);
  else if (message.type === 'reread' && bytes) readCsv(message.encoding, guessEncoding(bytes).validUtf8, message.locale);
  else if (message.type === 'map' && table) post({ type: 'mapped', mapped: mapRows(table, message) });
};
