// Writes an audit entry inside the caller's transaction. Entries are hash-chained: each hash covers
// the previous one, so an edit made outside the app breaks the chain and `verify` finds it. The hash
// is keyed with a secret derived from the database key (db/audit-chain.ts), so it cannot be
// recomputed from the file alone; it covers a salted hash of the contents, so an erasure can redact
// them. Returns the entry's id.
import { AUDIT_GENESIS, auditSecretOf, sealEntry } from '../db/audit-chain';
import { preparedOnce } from '../db/prepared';
import type { HandlerContext } from './context';

export interface AuditEntry {
  entity: string;
  entityId: number | string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const lastHash = preparedOnce('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1', { pluck: true });
const insertEntry = preparedOnce(
  `INSERT INTO audit_log (at, staff_id, entity, entity_id, action, before, after, reason, prev_hash, hash, salt, content_hash)
   VALUES (@at, @staffId, @entity, @entityId, @action, @before, @after, @reason, @prevHash, @hash, @salt, @contentHash) RETURNING id`,
);

/** Who writes an entry, and on which connection: a handler's context, or a task's own connection. */
export type AuditWriter = Pick<HandlerContext, 'sqlite' | 'actorId' | 'now'>;

/**
 * With more than one connection writing (a task's worker beside the app's), the "last hash" read
 * and the insert must be in one WRITE transaction: in WAL, a transaction that read before another
 * connection committed cannot then write (SQLITE_BUSY_SNAPSHOT), so the chain never forks, but a
 * task should start its transaction with BEGIN IMMEDIATE (`.immediate()`) so it waits instead.
 */
export function writeAudit(ctx: AuditWriter, entry: AuditEntry): number {
  if (!ctx.sqlite.inTransaction) throw new Error('Audit entries are written inside the change’s transaction.');
  const secret = auditSecretOf(ctx.sqlite);
  if (secret === null) throw new Error('Audit entries are written on a connection opened with the database key.');
  const prevHash = (lastHash(ctx.sqlite).get() as string | undefined) ?? AUDIT_GENESIS;
  const row = {
    at: ctx.now().toISOString(),
    staffId: ctx.actorId,
    entity: entry.entity,
    entityId: String(entry.entityId),
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    reason: entry.reason ?? null,
  };
  const sealed = sealEntry(secret, prevHash, row);
  return (insertEntry(ctx.sqlite).get({ ...row, prevHash, ...sealed }) as { id: number }).id;
}
