// A client's erasure on one connection, inside the caller's transaction: the live database (the
// `clients.erase` change) or a backup (api/erase-backups.ts) the same way. What belongs to the
// client comes from db/client-parts.ts. Rows are deleted, or for the money the clinic must keep,
// anonymised; every audit entry about the client is redacted (contents and salt cleared, the
// content hash kept: db/audit-chain.ts) and listed by the erasure's own entry, which keeps when,
// who and why. Each anonymised record gets an entry with what it now holds, so verify compares it.
// Runs with secure_delete on, so the deleted bytes are zeroed in the file, not left in free space.
import type Database from 'better-sqlite3';
import { contentHashOf, chainRuleOf, CONTENT_RULE, idRanges } from '../db/audit-chain';
import { DEPOSIT_PAYMENTS, AUDITED_TABLES, imageOf, selectList } from '../db/audited-tables';
import { CLIENT_PARTS, PLANS_WITH_MONEY, type ClientFile } from '../db/client-parts';
import { clientFilesOf } from '../db/client-files';
import { keysFor } from '../db/client-keys';
import { withClientTallies } from '../db/queries/retention-breakdown';
import { writeAudit, type AuditWriter } from './audit';
import { msg, wordsOf, type Msg } from './contract/words';

export const ERASED_FIRST_NAME = 'Erased';
export const ERASED_LAST_NAME = 'client';

export interface ErasureRequest {
  clientId: number;
  reason: string;
  /** In a backup: the live database's erasure entry this one repeats. */
  repeats?: { entryId: number; at: string };
  alsoBackups?: boolean;
}

export interface ErasureDone {
  entryId: number;
  removed: Record<string, number>;
  kept: Record<string, number>;
  redacted: number;
  /** The client's files (by hash), to delete once the erasure has committed. */
  files: ClientFile[];
}

/** Why an erasure was refused: English in `message` (a backup's skipped reason), by id in `text` for the reader. */
export class ErasureRefused extends Error {
  constructor(readonly text: Msg) {
    super(wordsOf(text, 'en-GB'));
  }
}

interface ClientRow {
  id: number;
  first_name: string;
  last_name: string;
  phone: string | null;
  email: string | null;
  erased_at: string | null;
}

/** The client's details as they are before the erasure (for the reason check and the change keys). */
export function clientDetails(sqlite: Database.Database, clientId: number): ClientRow | undefined {
  return sqlite.prepare('SELECT id, first_name, last_name, phone, email, erased_at FROM clients WHERE id = ?').get(clientId) as
    ClientRow | undefined;
}

/** Erases the client inside the caller's (write) transaction; throws ErasureRefused before writing anything. */
export function eraseClient(w: AuditWriter, request: ErasureRequest): ErasureDone {
  const { sqlite } = w;
  const { clientId } = request;
  const client = clientDetails(sqlite, clientId);
  if (!client) throw new ErasureRefused(msg('refusals.erasure.notInDatabase'));
  if (client.erased_at !== null) throw new ErasureRefused(msg('refusals.rights.alreadyErased'));
  if (chainRuleOf(sqlite) !== CONTENT_RULE) throw new ErasureRefused(msg('refusals.erasure.chainBroken'));

  const p = { clientId };
  const ids = new Map<string, number[]>();
  for (const part of CLIENT_PARTS) ids.set(part.table, sqlite.prepare(part.ids).pluck().all(p) as number[]);
  const moneyPlans = new Set(sqlite.prepare(PLANS_WITH_MONEY).pluck().all(p) as number[]);
  const files = clientFilesOf(sqlite, clientId);

  // The entries to redact: every entry of every record of the client's, each checked first, so a
  // redaction never hides an entry that had been changed outside Stipple.
  const toRedact: number[] = [];
  const entriesOf = sqlite.prepare(
    'SELECT id, before, after, reason, salt, content_hash AS contentHash FROM audit_log WHERE entity = ? AND entity_id = ? AND redacted_by IS NULL',
  );
  for (const part of CLIENT_PARTS) {
    if (part.entity === null) continue;
    const entityIds = part.auditIds ? (sqlite.prepare(part.auditIds).pluck().all(p) as number[]) : ids.get(part.table)!;
    for (const entityId of entityIds)
      for (const e of entriesOf.all(part.entity, String(entityId)) as {
        id: number;
        before: string | null;
        after: string | null;
        reason: string | null;
        salt: string | null;
        contentHash: string | null;
      }[]) {
        if (e.contentHash === null || e.salt === null || contentHashOf(e.salt, e) !== e.contentHash)
          throw new ErasureRefused(msg('refusals.erasure.entryChanged', { id: String(e.id) }));
        toRedact.push(e.id);
      }
  }

  const previous = sqlite.pragma('secure_delete', { simple: true }) as number;
  sqlite.pragma('secure_delete = ON');
  try {
    const removed: Record<string, number> = {};
    const kept: Record<string, number> = {};
    const keptIds = new Map<string, number[]>();
    const now = w.now().toISOString();
    withClientTallies(sqlite, clientId, () => {
      const keptDeposits = new Set(
        sqlite
          .prepare('SELECT id FROM deposits WHERE plan_id IN (SELECT value FROM json_each(?))')
          .pluck()
          .all(JSON.stringify([...moneyPlans])) as number[],
      );
      // A kept deposit no longer points at the session it was applied to (sessions are deleted).
      sqlite
        .prepare(
          `UPDATE deposits SET note = '', override_reason = NULL, status_reason = NULL, applied_session_id = NULL
           WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .run(JSON.stringify([...keptDeposits]));
      sqlite
        .prepare(`UPDATE treatment_plans SET notes = '', recall_on = NULL WHERE id IN (SELECT value FROM json_each(?))`)
        .run(JSON.stringify([...moneyPlans]));
      withMoneyGuardsLifted(sqlite, () => {
        const payments = ids.get('payments')!;
        sqlite
          .prepare('UPDATE payments SET reference = NULL, reason = NULL WHERE id IN (SELECT value FROM json_each(?))')
          .run(JSON.stringify(payments));
        sqlite
          .prepare(
            `UPDATE receipts SET content = json_set(content, '$.clientName', ?, '$.reference', NULL, '$.reason', NULL)
             WHERE id IN (SELECT value FROM json_each(?))`,
          )
          .run(`${ERASED_FIRST_NAME} ${ERASED_LAST_NAME} ${clientId}`, JSON.stringify(ids.get('receipts')!));
      });
      for (const part of CLIENT_PARTS) {
        const all = ids.get(part.table)!;
        const keep =
          part.erasure === 'anonymise'
            ? all
            : part.erasure === 'anonymise_if_money'
              ? all.filter((id) => keptOf(part.table, id, moneyPlans, keptDeposits, sqlite))
              : [];
        const drop = all.filter((id) => !keep.includes(id));
        if (drop.length > 0)
          sqlite.prepare(`DELETE FROM "${part.table}" WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(drop));
        removed[part.table] = drop.length;
        kept[part.table] = keep.length;
        keptIds.set(part.table, keep);
      }
      const { phoneDigits: _none, ...erasedKeys } = keysFor(sqlite, {
        firstName: ERASED_FIRST_NAME,
        lastName: ERASED_LAST_NAME,
        phone: null,
      });
      sqlite
        .prepare(
          `UPDATE clients SET first_name = @first, last_name = @last, phone = NULL, phone_digits = NULL, email = NULL, date_of_birth = NULL,
             hair_loss_scale = NULL, hair_loss_stage = NULL, fitzpatrick = NULL, case_type = 'other', notes = '',
             search_first = @searchFirst, search_last = @searchLast, search_other = @searchOther,
             sort_first = @sortFirst, sort_last = @sortLast,
             archived_at = coalesce(archived_at, @now), erased_at = @now, updated_at = @now, version = version + 1 WHERE id = @id`,
        )
        // The search and sort keys are the name too (folded, and as collation weights): the erased name's.
        .run({ ...erasedKeys, first: ERASED_FIRST_NAME, last: ERASED_LAST_NAME, now, id: clientId });
    });
    removed.change_keys = deleteChangeKeysNaming(sqlite, client);

    const entryId = writeAudit(w, {
      entity: 'client',
      entityId: clientId,
      action: 'erase',
      after: {
        ...imageFor(sqlite, 'client', clientId),
        redacted: idRanges(toRedact),
        removed,
        kept,
        files: files.length,
        ...(request.alsoBackups !== undefined ? { alsoBackups: request.alsoBackups } : {}),
        ...(request.repeats ? { repeats: request.repeats } : {}),
      },
      reason: request.reason,
    });
    const redact = sqlite.prepare(
      'UPDATE audit_log SET before = NULL, after = NULL, reason = NULL, salt = NULL, redacted_by = ? WHERE id = ?',
    );
    for (const id of toRedact) redact.run(entryId, id);
    // What each kept money record now holds, so verify compares it with the trail.
    for (const [table, entity] of [
      ['treatment_plans', 'plan'],
      ['deposits', 'deposit'],
      ['payments', 'payment'],
      ['receipts', 'receipt'],
    ] as const)
      for (const id of keptIds.get(table) ?? [])
        writeAudit(w, { entity, entityId: id, action: 'anonymise', after: imageFor(sqlite, entity, id), reason: 'client erased' });
    return { entryId, removed, kept, redacted: toRedact.length, files };
  } finally {
    sqlite.pragma(`secure_delete = ${previous}`);
  }
}

function keptOf(table: string, id: number, plans: Set<number>, deposits: Set<number>, sqlite: Database.Database): boolean {
  if (table === 'treatment_plans') return plans.has(id);
  if (table === 'deposits') return deposits.has(id);
  if (table === 'deposit_payments') {
    const depositId = sqlite.prepare('SELECT deposit_id FROM deposit_payments WHERE id = ?').pluck().get(id) as number;
    return deposits.has(depositId);
  }
  return false;
}

/** A record as the trail's entries hold it (db/audited-tables.ts), a deposit with its payments. */
function imageFor(sqlite: Database.Database, entity: string, id: number): Record<string, unknown> {
  const spec = AUDITED_TABLES.find((t) => t.entity === entity)!;
  const row = sqlite.prepare(`SELECT ${selectList(spec.columns)} FROM "${spec.table}" t WHERE t.id = ?`).get(id) as Record<string, unknown>;
  const image = imageOf(row, spec.columns);
  if (entity === 'deposit')
    image.payments = (
      sqlite
        .prepare(`SELECT ${selectList(DEPOSIT_PAYMENTS.columns)} FROM deposit_payments t WHERE t.deposit_id = ? ORDER BY t.id`)
        .all(id) as Record<string, unknown>[]
    ).map((r) => imageOf(r, DEPOSIT_PAYMENTS.columns));
  return image;
}

/**
 * Payments and receipts are append-only; the erasure is the one change made to them (free text and
 * the name cleared, amounts untouched), with their guards lifted for this transaction only.
 */
function withMoneyGuardsLifted(sqlite: Database.Database, work: () => void): void {
  const guards = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('payments_no_update', 'receipts_no_update')")
    .all() as { name: string; sql: string }[];
  for (const g of guards) sqlite.exec(`DROP TRIGGER "${g.name}"`);
  work();
  for (const g of guards) sqlite.exec(g.sql);
}

/**
 * Replay answers (change_keys) that name the client: by their id in a record of theirs, or their
 * details as a JSON string. Losing an unrelated key only means a replay of that change is checked
 * again as new; keeping one that names the client would keep their data.
 */
function deleteChangeKeysNaming(sqlite: Database.Database, client: ClientRow): number {
  const needles = [`"clientId":${client.id},`, `"clientId":${client.id}}`, `{"id":${client.id},"firstName":`];
  for (const v of [client.first_name, client.last_name, client.phone, client.email])
    if (v && v.trim().length >= 2) needles.push(JSON.stringify(v));
  const del = sqlite.prepare('DELETE FROM change_keys WHERE instr(result, ?) > 0');
  return needles.reduce((n, needle) => n + del.run(needle).changes, 0);
}
