// Upgrading an audit chain of an older rule (unkeyed SHA-256, or keyed over the whole entry) to the
// content rule (db/audit-chain.ts), at open (db/open.ts, after the migrations), and moving a chain
// from one key's secret to another's (db/rekey-copy.ts). Only a chain that checks out under the rule
// it was written with is re-chained, all in one transaction: a chain that was already broken is left
// exactly as it is, so `verify` still reports where it breaks instead of a laundered trail.
// An upgrade at open writes an entry saying so (`audit_rechain`): backups made before it hold the
// older hashes, and verify skips their heads as it does those from before a restore.
import type Database from 'better-sqlite3';
import {
  AUDIT_GENESIS,
  auditHash,
  auditRowsOf,
  chainRuleOf,
  checkAuditRows,
  contentColumns,
  CONTENT_RULE,
  KEYED_RULE,
  markChainKeyed,
  sealEntry,
  type AuditRow,
  type AuditSecret,
} from './audit-chain';

export type RekeyOutcome = 'already_keyed' | 'rekeyed' | 'broken';

const BATCH = 2000;

/** At open: a chain of an older rule re-chained to the content rule, if it checks out. */
export function rekeyAuditChain(sqlite: Database.Database, secret: AuditSecret): RekeyOutcome {
  if (chainRuleOf(sqlite) === CONTENT_RULE) return 'already_keyed';
  return sqlite
    .transaction((): RekeyOutcome => {
      // Checked under the write lock: nobody appends between the check and the re-chaining.
      const rule = chainRuleOf(sqlite);
      if (rule === CONTENT_RULE) return 'already_keyed';
      const last = sqlite.prepare('SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; at: string } | undefined;
      if (!rechain(sqlite, rule === 'unkeyed' ? null : secret, secret)) return 'broken';
      if (last) recordRechain(sqlite, secret, { from: rule, through: last.id });
      return 'rekeyed';
    })
    .immediate();
}

/**
 * A keyed chain moved from one database key's secret to another's (a backup from another computer
 * rewritten under this computer's key): checked under `from` first, and left as it is if it does
 * not check out. Returns whether it was re-chained. Redacted entries stay redacted: their content
 * hash does not depend on the key.
 */
export function rechainAuditTrail(sqlite: Database.Database, from: AuditSecret, to: AuditSecret): boolean {
  return sqlite.transaction(() => rechain(sqlite, from, to)).immediate();
}

/** Upgrades a backup's chain to the content rule in place (before an erasure redacts it); false if it does not check out. */
export function upgradeChainInPlace(sqlite: Database.Database, secret: AuditSecret): boolean {
  const rule = chainRuleOf(sqlite);
  if (rule === CONTENT_RULE) return checkAuditRows(auditRowsOf(sqlite), secret).ok;
  return sqlite.transaction(() => rechain(sqlite, rule === 'unkeyed' ? null : secret, secret)).immediate();
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
            prev_hash AS prevHash, hash, ${contentColumns(sqlite)} FROM audit_log WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
  );
  // A file from before the content rule's columns (a backup from another computer, not migrated
  // yet) keeps the old keyed rule; it is upgraded when it is opened after its migrations.
  const withContent = !contentColumns(sqlite).startsWith('NULL');
  const update = withContent
    ? sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ?, salt = ?, content_hash = ? WHERE id = ?')
    : sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  let prev = AUDIT_GENESIS;
  let after = 0;
  for (;;) {
    const rows = page.all(after) as AuditRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const { id, prevHash: _p, hash: _h, salt, contentHash, redactedBy: _r, ...body } = row;
      if (withContent) {
        const sealed = sealEntry(to, prev, body, { salt, contentHash });
        update.run(prev, sealed.hash, sealed.salt, sealed.contentHash, id);
        prev = sealed.hash;
      } else {
        const hash = auditHash(to, prev, body);
        update.run(prev, hash, id);
        prev = hash;
      }
      after = id;
    }
  }
  for (const t of triggers) sqlite.exec(t.sql);
  markChainKeyed(sqlite, withContent ? CONTENT_RULE : KEYED_RULE);
  return true;
}

function recordRechain(sqlite: Database.Database, secret: AuditSecret, after: { from: string; through: number }): void {
  const prevHash = sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string;
  const row = {
    at: new Date().toISOString(),
    staffId: null,
    entity: 'database',
    entityId: 'main',
    action: 'audit_rechain',
    before: null,
    after: JSON.stringify({ rule: CONTENT_RULE, ...after }),
    reason: null,
  };
  const sealed = sealEntry(secret, prevHash, row);
  sqlite
    .prepare(
      `INSERT INTO audit_log (at, staff_id, entity, entity_id, action, before, after, reason, prev_hash, hash, salt, content_hash)
       VALUES (@at, @staffId, @entity, @entityId, @action, @before, @after, @reason, @prevHash, @hash, @salt, @contentHash)`,
    )
    .run({ ...row, prevHash, ...sealed });
}
