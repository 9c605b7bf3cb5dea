// Upgrading an audit chain written before Stipple keyed it (plain SHA-256) to the keyed rule, at open
// (db/open.ts, after the migrations). Only a chain that checks out under the old rule is re-chained,
// all in one transaction: a chain that was already broken is left exactly as it is, so `verify` still
// reports where it breaks instead of a laundered trail that checks out.
import type Database from 'better-sqlite3';
import {
  AUDIT_GENESIS,
  auditHash,
  auditRowsOf,
  checkAuditRows,
  isChainKeyed,
  markChainKeyed,
  type AuditRow,
  type AuditSecret,
} from './audit-chain';

export type RekeyOutcome = 'already_keyed' | 'rekeyed' | 'broken';

const BATCH = 2000;

export function rekeyAuditChain(sqlite: Database.Database, secret: AuditSecret): RekeyOutcome {
  if (isChainKeyed(sqlite)) return 'already_keyed';
  return sqlite
    .transaction((): RekeyOutcome => {
      // Checked under the write lock: nobody appends between the check and the re-chaining.
      if (isChainKeyed(sqlite)) return 'already_keyed';
      return rechain(sqlite, null, secret) ? 'rekeyed' : 'broken';
    })
    .immediate();
}

/**
 * A keyed chain moved from one database key's secret to another's (a backup from another computer
 * rewritten under this computer's key): checked under `from` first, and left as it is if it does
 * not check out. Returns whether it was re-chained.
 */
export function rechainAuditTrail(sqlite: Database.Database, from: AuditSecret, to: AuditSecret): boolean {
  return sqlite.transaction(() => rechain(sqlite, from, to)).immediate();
}

/** Inside a write transaction: checks the chain under `from` (null: the old unkeyed rule), then re-chains it under `to`. */
function rechain(sqlite: Database.Database, from: AuditSecret | null, to: AuditSecret): boolean {
  if (!checkAuditRows(auditRowsOf(sqlite), from).ok) return false;
  // The append-only guards refuse the UPDATE: lifted for this transaction only, put back as they were.
  const triggers = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as {
    name: string;
    sql: string;
  }[];
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  const page = sqlite.prepare(
    `SELECT id, at, staff_id AS staffId, entity, entity_id AS entityId, action, before, after, reason,
            prev_hash AS prevHash, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
  );
  const update = sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  let prev = AUDIT_GENESIS;
  let after = 0;
  for (;;) {
    const rows = page.all(after) as AuditRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const { id, prevHash: _p, hash: _h, ...body } = row;
      const hash = auditHash(to, prev, body);
      update.run(prev, hash, id);
      prev = hash;
      after = id;
    }
  }
  for (const t of triggers) sqlite.exec(t.sql);
  markChainKeyed(sqlite);
  return true;
}
