// Signed documents' files beside the database: documents/<sha256>.enc, each one a signed PDF or a
// paper consent's scan, sealed exactly as photos are (db/photo-store.ts: AES-256-GCM, the SHA-256 of
// the plain bytes as name and associated data) under a key of their own derived from the database
// key. Files 600, the folder 700. Backups, restore, export, import and verify handle them beside the photos.
import type Database from 'better-sqlite3';
import { hkdfSync } from 'node:crypto';
import path from 'node:path';
import type { DatabaseKey } from './cipher';

/** The documents of the database at `databaseFile`: documents/ beside it (as photos/ is). */
export function documentsFolderFor(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), 'documents');
}

/** The key that seals signed documents, derived from the database key (never the key itself). */
export function documentKey(databaseKey: DatabaseKey): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(databaseKey, 'hex'), Buffer.alloc(0), 'stipple-documents file key', 32));
}

export interface StoredDocumentFile {
  documentId: number;
  clientId: number;
  hash: string;
  kind: 'pdf' | 'scan';
  /** The document's kind ('treatment_consent', …) for a sentence naming it. */
  documentKind: string;
}

/** Every file a signed document needs: its PDF (once made) and a paper consent's scan. */
export function storedDocumentFiles(sqlite: Database.Database): StoredDocumentFile[] {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signed_documents'").get();
  if (!hasTable) return [];
  const rows = sqlite
    .prepare('SELECT id, client_id AS clientId, kind, pdf_sha256 AS pdf, scan_sha256 AS scan FROM signed_documents ORDER BY id')
    .all() as { id: number; clientId: number; kind: string; pdf: string | null; scan: string | null }[];
  return rows.flatMap((r) => [
    ...(r.pdf ? [{ documentId: r.id, clientId: r.clientId, hash: r.pdf, kind: 'pdf' as const, documentKind: r.kind }] : []),
    ...(r.scan ? [{ documentId: r.id, clientId: r.clientId, hash: r.scan, kind: 'scan' as const, documentKind: r.kind }] : []),
  ]);
}
