// The audit log's hash chain: each entry's hash covers the previous hash and the entry itself, so an
// edit made outside the app breaks the chain. The hash is an HMAC-SHA256 keyed with a secret derived
// from the database key, which is not stored in the file: someone who has the decrypted file cannot
// recompute the chain after rewriting it. Chains written before Stipple keyed them used plain SHA-256
// ("unkeyed"); they are re-chained at open once they check out (db/audit-rekey.ts).
// Written by api/audit.ts, checked by db/verify.ts (and by whoever checks an export's entries).
import type Database from 'better-sqlite3';
import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { keyOf, type DatabaseKey } from './cipher';

export const AUDIT_GENESIS = 'stipple-audit-genesis';

export interface AuditRow {
  id: number;
  at: string;
  staffId: number | null;
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export type AuditBody = Omit<AuditRow, 'id' | 'prevHash' | 'hash'>;

/** 32 bytes for keying the chain; distinct from the database key itself (HKDF with a fixed label). */
export type AuditSecret = Buffer;

const AUDIT_LABEL = 'stipple audit chain v1';

/** The chain's secret for a database key: HKDF-SHA256 with a fixed label, so it is never the key itself. */
export function deriveAuditSecret(key: DatabaseKey): AuditSecret {
  return Buffer.from(hkdfSync('sha256', Buffer.from(key, 'hex'), Buffer.alloc(0), AUDIT_LABEL, 32));
}

const secrets = new WeakMap<Database.Database, AuditSecret>();

/** The secret of the database a connection was opened on (keyOf), or null for a plain connection. */
export function auditSecretOf(sqlite: Database.Database): AuditSecret | null {
  const known = secrets.get(sqlite);
  if (known) return known;
  const key = keyOf(sqlite);
  if (key === null) return null;
  const secret = deriveAuditSecret(key);
  secrets.set(sqlite, secret);
  return secret;
}

function body(prevHash: string, row: AuditBody): string {
  return JSON.stringify([prevHash, row.at, row.staffId, row.entity, row.entityId, row.action, row.before, row.after, row.reason]);
}

/** An entry's hash: HMAC-SHA256 with the chain's secret over the previous hash and the entry. */
export function auditHash(secret: AuditSecret, prevHash: string, row: AuditBody): string {
  return createHmac('sha256', secret).update(body(prevHash, row)).digest('hex');
}

/** The rule of chains written before they were keyed: plain SHA-256 over the same body. */
export function unkeyedAuditHash(prevHash: string, row: AuditBody): string {
  return createHash('sha256').update(body(prevHash, row)).digest('hex');
}

export interface AuditRowsCheck {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, with why; null when ok. */
  problem: string | null;
  /** The last entry that checked out (the chain's head when ok); null for an empty chain. */
  last: { id: number; hash: string; at: string } | null;
}

/**
 * Checks entries in id order against the chain's rule: `secret` for a keyed chain, null for an
 * unkeyed one. Pure: the rows may come from a database, a backup or an export.
 */
export function checkAuditRows(rows: Iterable<AuditRow>, secret: AuditSecret | null, tick?: (entries: number) => void): AuditRowsCheck {
  let prev = AUDIT_GENESIS;
  let entries = 0;
  let last: AuditRowsCheck['last'] = null;
  for (const row of rows) {
    entries++;
    tick?.(entries);
    if (row.prevHash !== prev) {
      return {
        ok: false,
        entries,
        last,
        problem: `audit entry ${row.id} does not follow the entry before it (an entry was removed or changed)`,
      };
    }
    const { id: _id, prevHash, hash, ...rest } = row;
    const expected = secret === null ? unkeyedAuditHash(prevHash, rest) : auditHash(secret, prevHash, rest);
    if (!sameHex(expected, hash)) {
      return { ok: false, entries, last, problem: `audit entry ${row.id} was changed after it was written` };
    }
    prev = hash;
    last = { id: row.id, hash, at: row.at };
  }
  return { ok: true, entries, last, problem: null };
}

function sameHex(a: string, b: string): boolean {
  return typeof b === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The audit log's rows in chain order, streamed. */
export function auditRowsOf(sqlite: Database.Database): IterableIterator<AuditRow> {
  return sqlite
    .prepare(
      `SELECT id, at, staff_id AS staffId, entity, entity_id AS entityId, action, before, after, reason,
              prev_hash AS prevHash, hash FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<AuditRow>;
}

// Whether a database's chain is keyed is recorded in the file, in a table of Stipple's own
// bookkeeping (the "__" prefix: left out of exports, like drizzle's). Removing the row does not let
// anyone off: an encrypted, up-to-date file whose chain is not keyed is reported (db/verify.ts).
export const CHAIN_TABLE = '__stipple_audit_chain';
export const KEYED_RULE = 'hmac-sha256';

export function isChainKeyed(sqlite: Database.Database): boolean {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(CHAIN_TABLE);
  if (!exists) return false;
  return sqlite.prepare(`SELECT rule FROM "${CHAIN_TABLE}" WHERE id = 1`).pluck().get() === KEYED_RULE;
}

/** Records that the chain is keyed (inside the caller's transaction). */
export function markChainKeyed(sqlite: Database.Database): void {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS "${CHAIN_TABLE}" (id INTEGER PRIMARY KEY CHECK (id = 1), rule TEXT NOT NULL)`);
  sqlite.prepare(`INSERT OR REPLACE INTO "${CHAIN_TABLE}" (id, rule) VALUES (1, ?)`).run(KEYED_RULE);
}
