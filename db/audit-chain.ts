// The audit log's hash chain: each entry's hash covers the previous hash and the entry itself, so an
// edit made outside the app breaks the chain. The hash is an HMAC-SHA256 keyed with a secret derived
// from the database key, which is not stored in the file: someone who has the decrypted file cannot
// recompute the chain after rewriting it.
//
// The content rule (today's): the keyed hash covers the entry's header (time, who, entity, id,
// action) and `content_hash`, SHA-256 over a random per-entry salt and the contents (before, after,
// reason). A client's erasure can then clear an entry's contents and salt (a redaction, naming the
// erasure's entry in `redacted_by`) and the chain still verifies from the stored content hash; with
// the salt gone, the hash cannot be tested against guesses of what the entry said. A redaction is
// sound only if the erasure entry it names lists it: checkAuditRows finds one that is not.
// Older rules, still checked where an older chain is met (a backup, an export): "keyed" (HMAC over
// the whole entry) and, before that, "unkeyed" (plain SHA-256). Both are re-chained to the content
// rule at open once they check out (db/audit-rekey.ts).
// Written by api/audit.ts, checked by db/verify.ts (and by whoever checks an export's entries).
import type Database from 'better-sqlite3';
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
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
  /** The content rule's salt and content hash; absent or null on an entry of an older rule. */
  salt?: string | null;
  contentHash?: string | null;
  /** The erasure entry that redacted this one (contents and salt cleared); null if not redacted. */
  redactedBy?: number | null;
}

export type AuditBody = Omit<AuditRow, 'id' | 'prevHash' | 'hash' | 'salt' | 'contentHash' | 'redactedBy'>;

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

/** The old keyed rule's hash: HMAC-SHA256 with the chain's secret over the previous hash and the whole entry. */
export function auditHash(secret: AuditSecret, prevHash: string, row: AuditBody): string {
  return createHmac('sha256', secret).update(body(prevHash, row)).digest('hex');
}

/** The rule of chains written before they were keyed: plain SHA-256 over the same body. */
export function unkeyedAuditHash(prevHash: string, row: AuditBody): string {
  return createHash('sha256').update(body(prevHash, row)).digest('hex');
}

/** SHA-256 over the salt and the contents: independent of the key, so re-chaining under another key keeps it. */
export function contentHashOf(salt: string, row: Pick<AuditBody, 'before' | 'after' | 'reason'>): string {
  return createHash('sha256')
    .update(JSON.stringify(['stipple-audit-content', salt, row.before, row.after, row.reason]))
    .digest('hex');
}

/** The content rule's chain hash: HMAC over the previous hash, the header and the content hash. */
export function chainHashOf(
  secret: AuditSecret,
  prevHash: string,
  row: Omit<AuditBody, 'before' | 'after' | 'reason'>,
  contentHash: string,
): string {
  return createHmac('sha256', secret)
    .update(JSON.stringify(['stipple-audit-v2', prevHash, row.at, row.staffId, row.entity, row.entityId, row.action, contentHash]))
    .digest('hex');
}

export const newSalt = (): string => randomBytes(16).toString('hex');

/** A new entry's salt, content hash and hash under the content rule. */
export function sealEntry(
  secret: AuditSecret,
  prevHash: string,
  row: AuditBody,
  given?: { salt?: string | null; contentHash?: string | null },
): { salt: string | null; contentHash: string; hash: string } {
  const salt = given?.contentHash ? (given.salt ?? null) : newSalt();
  const contentHash = given?.contentHash ?? contentHashOf(salt!, row);
  return { salt, contentHash, hash: chainHashOf(secret, prevHash, row, contentHash) };
}

/** The ids an erasure entry says it redacted: `after.redacted` as [first, last] ranges. */
export function redactedIdsOf(after: string | null): [number, number][] {
  try {
    const parsed = JSON.parse(after ?? 'null') as { redacted?: unknown } | null;
    const ranges = parsed?.redacted;
    if (!Array.isArray(ranges)) return [];
    return ranges.filter(
      (r): r is [number, number] => Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] <= r[1],
    );
  } catch {
    return [];
  }
}

/** Ids as [first, last] ranges, for an erasure entry's list. */
export function idRanges(ids: number[]): [number, number][] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const id of sorted) {
    const last = out.at(-1);
    if (last && last[1] === id - 1) last[1] = id;
    else out.push([id, id]);
  }
  return out;
}

const inRanges = (ranges: [number, number][], id: number) => ranges.some(([a, b]) => id >= a && id <= b);

export interface AuditRowsCheck {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, with why; null when ok. */
  problem: string | null;
  /** The last entry that checked out (the chain's head when ok); null for an empty chain. */
  last: { id: number; hash: string; at: string } | null;
}

/**
 * Checks entries in id order: `secret` for a keyed chain (each entry by its own rule: the content
 * rule where it has a content hash, else the old keyed rule, which may not follow the content
 * rule), null for an unkeyed one. Then every redaction against the erasure entries: a redacted
 * entry must be listed by the erasure entry it names, which comes after it; an entry an erasure
 * lists must be redacted. Pure: the rows may come from a database, a backup or an export.
 */
export function checkAuditRows(rows: Iterable<AuditRow>, secret: AuditSecret | null, tick?: (entries: number) => void): AuditRowsCheck {
  let prev = AUDIT_GENESIS;
  let entries = 0;
  let last: AuditRowsCheck['last'] = null;
  let contentRule = false;
  const redacted = new Map<number, number>();
  const erasures = new Map<number, [number, number][]>();
  const fail = (problem: string): AuditRowsCheck => ({ ok: false, entries, last, problem });
  for (const row of rows) {
    entries++;
    tick?.(entries);
    if (row.prevHash !== prev) return fail(`audit entry ${row.id} does not follow the entry before it (an entry was removed or changed)`);
    const { id: _id, prevHash, hash, salt = null, contentHash = null, redactedBy = null, ...rest } = row;
    let expected: string;
    if (contentHash !== null && contentHash !== undefined) {
      if (secret === null) return fail(`audit entry ${row.id} was changed after it was written`);
      contentRule = true;
      if (redactedBy !== null) {
        if (rest.before !== null || rest.after !== null || rest.reason !== null || salt !== null)
          return fail(`audit entry ${row.id} is marked redacted but still holds contents`);
        redacted.set(row.id, redactedBy);
      } else if (typeof salt !== 'string' || !sameHex(contentHashOf(salt, rest), contentHash)) {
        return fail(`audit entry ${row.id} was changed after it was written`);
      }
      expected = chainHashOf(secret, prevHash, rest, contentHash);
    } else {
      if (contentRule || redactedBy !== null) return fail(`audit entry ${row.id} was changed after it was written`);
      expected = secret === null ? unkeyedAuditHash(prevHash, rest) : auditHash(secret, prevHash, rest);
    }
    if (!sameHex(expected, hash)) return fail(`audit entry ${row.id} was changed after it was written`);
    if (rest.entity === 'client' && rest.action === 'erase' && redactedBy === null) erasures.set(row.id, redactedIdsOf(rest.after));
    prev = hash;
    last = { id: row.id, hash, at: row.at };
  }
  for (const [id, by] of redacted) {
    const listed = erasures.get(by);
    if (by <= id || !listed || !inRanges(listed, id))
      return fail(`audit entry ${id} had its contents removed without an erasure that lists it (entry ${by} is not one)`);
  }
  for (const [by, ranges] of erasures)
    for (const [a, b] of ranges)
      for (let id = a; id <= b; id++)
        if (id < by && redacted.get(id) !== by)
          return fail(`audit entry ${id} should have been redacted by the erasure in entry ${by}, but holds contents`);
  return { ok: true, entries, last, problem: null };
}

function sameHex(a: string, b: string): boolean {
  return typeof b === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The content rule's columns, or nulls for a file from before them (an old backup). */
export function contentColumns(sqlite: Database.Database): string {
  const has =
    (sqlite.prepare("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'content_hash'").pluck().get() as number) > 0;
  return has ? 'salt, content_hash AS contentHash, redacted_by AS redactedBy' : 'NULL AS salt, NULL AS contentHash, NULL AS redactedBy';
}

/** The audit log's rows in chain order, streamed. */
export function auditRowsOf(sqlite: Database.Database): IterableIterator<AuditRow> {
  return sqlite
    .prepare(
      `SELECT id, at, staff_id AS staffId, entity, entity_id AS entityId, action, before, after, reason,
              prev_hash AS prevHash, hash, ${contentColumns(sqlite)} FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<AuditRow>;
}

// Whether a database's chain is keyed is recorded in the file, in a table of Stipple's own
// bookkeeping (the "__" prefix: left out of exports, like drizzle's). Removing the row does not let
// anyone off: an encrypted, up-to-date file whose chain is not keyed is reported (db/verify.ts).
export const CHAIN_TABLE = '__stipple_audit_chain';
/** The old keyed rule (HMAC over the whole entry). */
export const KEYED_RULE = 'hmac-sha256';
/** Today's rule: HMAC over the header and a salted content hash, so entries can be redacted. */
export const CONTENT_RULE = 'hmac-sha256-content';

export type ChainRule = 'unkeyed' | typeof KEYED_RULE | typeof CONTENT_RULE;

export function chainRuleOf(sqlite: Database.Database): ChainRule {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(CHAIN_TABLE);
  if (!exists) return 'unkeyed';
  const rule = sqlite.prepare(`SELECT rule FROM "${CHAIN_TABLE}" WHERE id = 1`).pluck().get();
  return rule === KEYED_RULE || rule === CONTENT_RULE ? rule : 'unkeyed';
}

/** Whether the chain is keyed, by either keyed rule. */
export function isChainKeyed(sqlite: Database.Database): boolean {
  return chainRuleOf(sqlite) !== 'unkeyed';
}

/** Records the chain's rule, today's unless told (inside the caller's transaction). */
export function markChainKeyed(sqlite: Database.Database, rule: typeof KEYED_RULE | typeof CONTENT_RULE = CONTENT_RULE): void {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS "${CHAIN_TABLE}" (id INTEGER PRIMARY KEY CHECK (id = 1), rule TEXT NOT NULL)`);
  sqlite.prepare(`INSERT OR REPLACE INTO "${CHAIN_TABLE}" (id, rule) VALUES (1, ?)`).run(rule);
}
