// What the import screen and its worker (import-worker.ts) say to each other. The whole file stays
// in the worker; the screen gets its headers, a sample, and the mapped rows when it asks.
import type { OrderGuess, DateOrder } from '../../../../../core/import/dates';
import type { ImportField } from '../../../../../core/import/fields';
import type { GuessedMapping } from '../../../../../core/import/mapping';
import type { MappedFile } from '../../../../../core/import/rows';
import type { Said } from '../../../../../core/import/said';
import type { TextEncoding } from '../../../../../core/import/table';

export type ToWorker =
  | { type: 'open'; bytes: ArrayBuffer; name: string; locale: string }
  /** The same file read again in another encoding (a CSV only). */
  | { type: 'reread'; encoding: TextEncoding; locale: string }
  | { type: 'map'; fields: ImportField[]; dateOrder: DateOrder; today: string; country: string };

export interface OpenedFile {
  name: string;
  sha256: string;
  kind: 'csv' | 'xlsx';
  /** For a CSV: the encoding read, and whether the bytes were valid UTF-8 (else Windows-1252 was offered). */
  encoding: { used: TextEncoding; validUtf8: boolean } | null;
  headers: string[];
  /** The first rows as read, for the mapping table's examples. */
  sample: string[][];
  rowCount: number;
  guess: GuessedMapping;
  dateGuess: OrderGuess;
}

export type FromWorker = { type: 'opened'; file: OpenedFile } | { type: 'refused'; message: Said } | { type: 'mapped'; mapped: MappedFile };
