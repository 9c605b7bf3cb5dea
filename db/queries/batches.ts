// Reads of pigment batches: the stock list, its warnings and the recall of a batch.
import type Database from 'better-sqlite3';
import type { Zone } from '../../core/vocabulary';
import { perConnection } from '../prepared';

export interface BatchRow {
  id: number;
  pigmentId: number;
  brand: string;
  shade: string;
  batchNumber: string;
  expiresOn: string;
  openedOn: string | null;
  inStock: number;
  version: number;
}

const BATCH_COLUMNS = `b.id, b.pigment_id AS pigmentId, p.brand, p.shade, b.batch_number AS batchNumber,
  b.expires_on AS expiresOn, b.opened_on AS openedOn, b.in_stock AS inStock, b.version`;

/** Every session that used a batch, by the partial index on sessions.pigment_batch (db/query-plans.test.ts). */
export const RECALL_SQL = `
SELECT s.id AS sessionId, s.number AS sessionNumber, s.performed_at AS performedAt, c.id AS clientId,
  c.first_name AS firstName, c.last_name AS lastName, c.phone, s.pigment_brand AS brand, s.pigment_shade AS shade,
  s.pigment_batch AS batchNumber, s.zones
FROM sessions s
JOIN clients c ON c.id = s.client_id
WHERE s.pigment_batch = @batchNumber COLLATE NOCASE AND s.status = 'performed'
ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, s.performed_at`;

const statements = perConnection((sqlite: Database.Database) => ({
  list: sqlite.prepare<{ pigmentId: number | null; includeEmpty: number }, BatchRow>(
    `SELECT ${BATCH_COLUMNS} FROM pigment_batches b JOIN pigments p ON p.id = b.pigment_id
     WHERE (@pigmentId IS NULL OR b.pigment_id = @pigmentId) AND (@includeEmpty OR b.in_stock > 0)
     ORDER BY p.brand, p.darkness, p.shade, b.expires_on, b.batch_number`,
  ),
  one: sqlite.prepare<[number], BatchRow>(
    `SELECT ${BATCH_COLUMNS} FROM pigment_batches b JOIN pigments p ON p.id = b.pigment_id WHERE b.id = ?`,
  ),
  byNumber: sqlite.prepare<[number, string], BatchRow>(
    `SELECT ${BATCH_COLUMNS} FROM pigment_batches b JOIN pigments p ON p.id = b.pigment_id
     WHERE b.pigment_id = ? AND b.batch_number = ? COLLATE NOCASE`,
  ),
  expiring: sqlite.prepare<[string], BatchRow>(
    `SELECT ${BATCH_COLUMNS} FROM pigment_batches b JOIN pigments p ON p.id = b.pigment_id
     WHERE b.in_stock > 0 AND b.expires_on <= ? ORDER BY b.expires_on, p.brand, p.shade`,
  ),
  runningOut: sqlite.prepare<[number], { pigmentId: number; brand: string; shade: string; inStock: number }>(
    `SELECT p.id AS pigmentId, p.brand, p.shade, sum(b.in_stock) AS inStock
     FROM pigments p JOIN pigment_batches b ON b.pigment_id = p.id
     WHERE p.active GROUP BY p.id HAVING sum(b.in_stock) <= ? ORDER BY p.brand, p.darkness, p.shade`,
  ),
  recall: sqlite.prepare<{ batchNumber: string }, Omit<RecallRead, 'zones'> & { zones: string }>(RECALL_SQL),
}));

export interface RecallRead {
  sessionId: number;
  sessionNumber: number;
  performedAt: string;
  clientId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  brand: string | null;
  shade: string | null;
  batchNumber: string;
  zones: Zone[];
}

export const listBatches = (sqlite: Database.Database, pigmentId: number | null, includeEmpty: boolean) =>
  statements(sqlite).list.all({ pigmentId, includeEmpty: includeEmpty ? 1 : 0 });
export const readBatch = (sqlite: Database.Database, id: number) => statements(sqlite).one.get(id);
export const batchByNumber = (sqlite: Database.Database, pigmentId: number, batchNumber: string) =>
  statements(sqlite).byNumber.get(pigmentId, batchNumber);
export const expiringBatches = (sqlite: Database.Database, until: string) => statements(sqlite).expiring.all(until);
export const shadesRunningOut = (sqlite: Database.Database, atMost: number) => statements(sqlite).runningOut.all(atMost);

export function recallBatch(sqlite: Database.Database, batchNumber: string): RecallRead[] {
  return statements(sqlite)
    .recall.all({ batchNumber })
    .map((r) => ({ ...r, zones: JSON.parse(r.zones) as Zone[] }));
}
