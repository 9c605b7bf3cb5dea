// What belongs to one client: every table that holds their rows, how to find them, the audit
// entity that records them, and what an erasure does with them; and the kinds of file beside the
// database that hold their data. The ONE list that the erasure (api/erase-client.ts), the erasure
// from backups (api/erase-backups.ts) and the copy of the record (api/handlers/record-copy.ts) walk:
// a new table or file that holds client data (signed documents, say) is added here, and
// db/client-parts.test.ts fails for a table with a client link that is in neither list.
//
// Money the clinic must keep (tax and accounting law: payments, receipts and credit notes, and the
// deposits paid) is kept with its amounts, dates and numbers, its free text cleared and the name
// on a receipt's stored copy replaced; the plan it was paid towards stays as the link between them
// (its notes cleared), and so does the client's row, anonymised ("Erased client"). Everything else
// is deleted. Order: children before parents, as the foreign keys need.
import path from 'node:path';
import { documentsFolderFor } from './document-store';
import { backupPhotosFolder, photosFolderFor } from './photo-store';

/** What the erasure does with a part's rows. */
export type ErasureOfPart = 'delete' | 'anonymise_if_money' | 'anonymise';

export interface ClientPart {
  table: string;
  /** SQL for the ids of the client's rows, with the parameter @clientId. */
  ids: string;
  /** The audit entity of these rows, whose entries are redacted; null: not audited (drafts). */
  entity: string | null;
  /** The audit entity ids, when they are not the rows' ids (retention is audited per session). */
  auditIds?: string;
  erasure: ErasureOfPart;
}

const viaSessions = (table: string) => `SELECT id FROM ${table} WHERE session_id IN (SELECT id FROM sessions WHERE client_id = @clientId)`;
const plansWithMoney = `SELECT id FROM treatment_plans p WHERE p.client_id = @clientId AND (
  EXISTS (SELECT 1 FROM payments y WHERE y.plan_id = p.id)
  OR EXISTS (SELECT 1 FROM deposit_payments dp JOIN deposits d ON d.id = dp.deposit_id WHERE d.plan_id = p.id))`;

export const CLIENT_PARTS: readonly ClientPart[] = [
  { table: 'drafts', ids: 'SELECT id FROM drafts WHERE client_id = @clientId', entity: null, erasure: 'delete' },
  { table: 'contact_ticks', ids: 'SELECT id FROM contact_ticks WHERE client_id = @clientId', entity: 'contact_tick', erasure: 'delete' },
  { table: 'photos', ids: 'SELECT id FROM photos WHERE client_id = @clientId', entity: 'photo', erasure: 'delete' },
  {
    table: 'signed_documents',
    ids: 'SELECT id FROM signed_documents WHERE client_id = @clientId',
    entity: 'signed_document',
    erasure: 'delete',
  },
  { table: 'photo_consents', ids: 'SELECT id FROM photo_consents WHERE client_id = @clientId', entity: 'photo_consent', erasure: 'delete' },
  {
    table: 'retention_notes',
    ids: viaSessions('retention_notes'),
    entity: 'retention',
    auditIds: 'SELECT id FROM sessions WHERE client_id = @clientId',
    erasure: 'delete',
  },
  { table: 'shade_changes', ids: viaSessions('shade_changes'), entity: 'shade_change', erasure: 'delete' },
  { table: 'aftercare_prints', ids: viaSessions('aftercare_prints'), entity: 'aftercare_print', erasure: 'delete' },
  {
    table: 'hairline_requests',
    ids: 'SELECT id FROM hairline_requests WHERE client_id = @clientId',
    entity: 'hairline_request',
    erasure: 'delete',
  },
  {
    table: 'deposit_payments',
    ids: `SELECT id FROM deposit_payments WHERE deposit_id IN (SELECT id FROM deposits WHERE plan_id IN (SELECT id FROM treatment_plans WHERE client_id = @clientId))`,
    entity: null, // audited within their deposit's entries
    erasure: 'anonymise_if_money',
  },
  {
    table: 'deposits',
    ids: 'SELECT id FROM deposits WHERE plan_id IN (SELECT id FROM treatment_plans WHERE client_id = @clientId)',
    entity: 'deposit',
    erasure: 'anonymise_if_money',
  },
  {
    table: 'receipts',
    ids: 'SELECT id FROM receipts WHERE payment_id IN (SELECT id FROM payments WHERE plan_id IN (SELECT id FROM treatment_plans WHERE client_id = @clientId))',
    entity: 'receipt',
    erasure: 'anonymise',
  },
  {
    table: 'payments',
    ids: 'SELECT id FROM payments WHERE plan_id IN (SELECT id FROM treatment_plans WHERE client_id = @clientId)',
    entity: 'payment',
    erasure: 'anonymise',
  },
  { table: 'sessions', ids: 'SELECT id FROM sessions WHERE client_id = @clientId', entity: 'session', erasure: 'delete' },
  {
    table: 'treatment_plans',
    ids: 'SELECT id FROM treatment_plans WHERE client_id = @clientId',
    entity: 'plan',
    erasure: 'anonymise_if_money',
  },
  {
    table: 'contraindications',
    ids: 'SELECT id FROM contraindications WHERE client_id = @clientId',
    entity: 'contraindication',
    erasure: 'delete',
  },
  { table: 'intakes', ids: 'SELECT id FROM intakes WHERE client_id = @clientId', entity: 'intake', erasure: 'delete' },
  { table: 'clients', ids: 'SELECT id FROM clients WHERE id = @clientId', entity: 'client', erasure: 'anonymise' },
];

/** The plans that hold money (payments, or payments towards a deposit): kept, anonymised. */
export const PLANS_WITH_MONEY = plansWithMoney;

/**
 * Tables with a link to a client that are deliberately not parts (db/client-parts.test.ts): derived
 * counts with no client in them, and this computer's replay keys (handled by the erasure by content).
 */
export const NOT_CLIENT_PARTS: Record<string, string> = {
  retention_tallies: 'counts with no client in them; the erasure takes the client’s cases out of them',
  retention_similar_tallies: 'counts with no client in them; the erasure takes the client’s cases out of them',
  change_keys: 'replay answers; those that name the client are deleted by the erasure',
  audit_log: 'the trail: the client’s entries are redacted',
};

/** Kinds of file beside the database that hold a client's data, and the columns that name them. */
export interface ClientFileKind {
  kind: 'photo' | 'document';
  /** SQL for the file hashes of the client's files, with @clientId. */
  hashes: string;
  /** SQL for whether a hash (@hash) is still used once the client is erased. */
  stillUsed: string;
  /** The folder of these files beside a database file, and beside the backups in a backup folder. */
  folderFor: (databaseFile: string) => string;
  backupFolderIn: (backupFolder: string) => string;
}

/** One file of a client's: its kind (which folder) and its name. */
export interface ClientFile {
  kind: ClientFileKind['kind'];
  hash: string;
}

export const CLIENT_FILE_KINDS: readonly ClientFileKind[] = [
  {
    kind: 'photo',
    hashes: 'SELECT hash FROM photos WHERE client_id = @clientId UNION SELECT thumb_hash FROM photos WHERE client_id = @clientId',
    stillUsed: 'SELECT 1 FROM photos WHERE removed_at IS NULL AND (hash = @hash OR thumb_hash = @hash) LIMIT 1',
    folderFor: photosFolderFor,
    backupFolderIn: backupPhotosFolder,
  },
  {
    // Signed PDFs and paper scans (db/document-store.ts), sealed and named as photos are.
    kind: 'document',
    hashes: `SELECT pdf_sha256 FROM signed_documents WHERE client_id = @clientId AND pdf_sha256 IS NOT NULL
             UNION SELECT scan_sha256 FROM signed_documents WHERE client_id = @clientId AND scan_sha256 IS NOT NULL`,
    stillUsed: 'SELECT 1 FROM signed_documents WHERE pdf_sha256 = @hash OR scan_sha256 = @hash LIMIT 1',
    folderFor: documentsFolderFor,
    // Backups keep documents/ beside them, as the database does (db/backup.ts).
    backupFolderIn: (backupFolder) => path.join(backupFolder, 'documents'),
  },
];
