// Every chart row against what the audit trail says it should be: for each record, the entries about
// it are read newest first and each audited column takes the value of the newest entry that records
// it (db/audited-tables.ts says which). A row that differs, a row no entry records, and a record the
// trail has but the table lacks (the app never deletes chart records) were changed outside Stipple.
// Streamed: one record's entries at a time, in the order of the (entity, entity_id) index, and the
// row looked up by its id; only the ids seen are kept, to find the rows no entry records.
import type Database from 'better-sqlite3';
import { isDeepStrictEqual } from 'node:util';
import {
  AUDITED_TABLES,
  DEPOSIT_PAYMENTS,
  imageOf,
  RETENTION,
  selectList,
  SETTINGS,
  type AuditedColumn,
  type AuditedTable,
} from './audited-tables';
import { isUntouchedSeed } from './seeded-rows';

export interface RowsCheck {
  /** Records compared (a session's retention notes count once, with the session). */
  checked: number;
  changed: number;
  added: number;
  removed: number;
  /** Plain sentences, at most `limit`, naming each record. */
  problems: string[];
}

export const ROW_PROBLEM_LIMIT = 20;

type After = Record<string, unknown>;
interface Entry {
  entityId: string;
  action: string;
  staffId: number | null;
  after: string | null;
}

class Findings {
  check: RowsCheck = { checked: 0, changed: 0, added: 0, removed: 0, problems: [] };
  say(kind: 'changed' | 'added' | 'removed', sentence: string): void {
    this.check[kind]++;
    if (this.check.problems.length < ROW_PROBLEM_LIMIT) this.check.problems.push(sentence);
  }
}

const tableExists = (sqlite: Database.Database, name: string) =>
  sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is After => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record's entries, newest first; read lazily, so older ones are read only when needed. */
function entriesOf(sqlite: Database.Database): (entity: string, entityId: number) => IterableIterator<Entry> {
  const statement = sqlite.prepare(
    'SELECT action, staff_id AS staffId, after FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC',
  );
  return (entity, entityId) => statement.iterate(entity, String(entityId)) as IterableIterator<Entry>;
}

/** The integer ids the trail has entries for, of one entity (from the index alone). */
function auditedIds(sqlite: Database.Database, entity: string): IterableIterator<string> {
  return sqlite.prepare('SELECT DISTINCT entity_id FROM audit_log WHERE entity = ?').pluck().iterate(entity) as IterableIterator<string>;
}

const idOf = (entityId: string): number | null => (/^[1-9]\d*$/.test(entityId) ? Number(entityId) : null);

function describe(spec: { noun: string }, id: number, clientId: unknown, noun = spec.noun): string {
  const client = typeof clientId === 'number' || typeof clientId === 'string' ? clientId : null;
  return client === null || spec.noun === 'client' ? `${noun} ${id}` : `${noun} ${id} of client ${client}`;
}

/**
 * What the trail says each audited column of one record holds: the newest entry that records it
 * wins. `entries` newest first; null when there are none at all.
 */
function expectedOf(spec: AuditedTable, entries: Iterable<Entry>): { state: After; payments: PaymentExpectation } | null {
  const keys = new Set(spec.columns.map((col) => col.key));
  const state: After = {};
  const newerPayments: After[] = [];
  let basePayments: unknown[] | null = null;
  let any = false;
  for (const entry of entries) {
    any = true;
    if (Object.keys(state).length === keys.size && (spec.entity !== 'deposit' || basePayments !== null)) break;
    const raw = parse(entry.after);
    const mapped = spec.actions?.[entry.action];
    const after = mapped ? mapped(isObject(raw) ? raw : null) : isObject(raw) ? raw : null;
    if (after === null) continue;
    for (const [k, v] of Object.entries(after)) if (keys.has(k) && !(k in state) && v !== undefined) state[k] = v;
    if (spec.entity === 'deposit' && basePayments === null) {
      if (entry.action === 'payment' && isObject(raw)) {
        newerPayments.push({
          amountMinor: raw.amountMinor,
          method: raw.method,
          receipt: raw.receipt,
          paidAt: raw.paidAt,
          recordedBy: entry.staffId,
        });
      } else if (Array.isArray(after.payments)) basePayments = after.payments;
    }
  }
  if (!any) return null;
  // A deposit recorded without its payments (made with its plan) had none then.
  return { state, payments: spec.entity === 'deposit' ? [...(basePayments ?? []), ...newerPayments.reverse()] : null };
}

type PaymentExpectation = unknown[] | null;

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && isDeepStrictEqual(a, b));
}

function differing(columns: AuditedColumn[], expected: After, image: After): string[] {
  return columns.filter((col) => col.key in expected && !same(expected[col.key], image[col.key])).map((col) => col.name ?? col.key);
}

/**
 * The table in id order, each row with its entries (an index seek); then the ids the trail has
 * and the table lacks. A deposit's payments are read alongside, in deposit order.
 */
function checkTable(sqlite: Database.Database, spec: AuditedTable, findings: Findings, tick: () => void): void {
  if (!tableExists(sqlite, spec.table)) return;
  const clientOf = sqlite.prepare(`SELECT ${spec.clientOf ?? 'NULL'} FROM "${spec.table}" t WHERE t.id = ?`).pluck();
  const name = (id: number) => describe(spec, id, clientOf.get(id));
  const entries = entriesOf(sqlite);
  const payments = spec.entity === 'deposit' ? paymentsByDeposit(sqlite) : null;
  const stored = new Set<number>();
  const rows = sqlite
    .prepare(`SELECT ${selectList(spec.columns)} FROM "${spec.table}" t ORDER BY t.id`)
    .iterate() as IterableIterator<After>;
  for (const row of rows) {
    tick();
    findings.check.checked++;
    const id = row.id as number;
    stored.add(id);
    const image = imageOf(row, spec.columns);
    const expected = expectedOf(spec, entries(spec.entity, id));
    const paid = payments?.of(id) ?? [];
    if (expected === null) {
      if (isUntouchedSeed(spec.table, image)) continue;
      findings.say('added', `${name(id)} was added outside Stipple.`);
      continue;
    }
    const changed = differing(spec.columns, expected.state, image);
    if (expected.payments !== null && !samePayments(expected.payments, paid)) changed.push(DEPOSIT_PAYMENTS.table);
    if (changed.length > 0) findings.say('changed', `${name(id)} was changed outside Stipple: ${changed.join(', ')}.`);
  }
  if (payments)
    for (const p of payments.rest())
      findings.say('added', `payment ${String(p.id)} of deposit ${String(p.depositId)} was added outside Stipple.`);
  for (const entityId of auditedIds(sqlite, spec.entity)) {
    const id = idOf(entityId);
    if (id === null || stored.has(id)) continue;
    const expected = expectedOf(spec, entries(spec.entity, id));
    // Entries about it that never held its contents (a sign-in of someone never recorded) say nothing of a row.
    if (expected && Object.keys(expected.state).length > 0) {
      const client = expected.state.clientId;
      findings.say('removed', `${describe(spec, id, client === undefined ? null : client)} was removed outside Stipple.`);
    }
  }
}

/** deposit_payments read once, in deposit order, alongside the deposits. */
function paymentsByDeposit(sqlite: Database.Database) {
  const rows = sqlite
    .prepare(`SELECT ${selectList(DEPOSIT_PAYMENTS.columns)} FROM "${DEPOSIT_PAYMENTS.table}" t ORDER BY t.deposit_id, t.id`)
    .all() as After[];
  let i = 0;
  const loose: After[] = [];
  return {
    /** The payments of deposit `id`; call with ids in increasing order. */
    of(id: number): After[] {
      while (i < rows.length && (rows[i]!.depositId as number) < id) loose.push(rows[i++]!);
      const mine: After[] = [];
      while (i < rows.length && rows[i]!.depositId === id) mine.push(imageOf(rows[i++]!, DEPOSIT_PAYMENTS.columns));
      return mine;
    },
    /** Payments of no deposit seen. */
    rest(): After[] {
      return [...loose, ...rows.slice(i)];
    },
  };
}

/** Payments the trail names by id must match exactly; those it records without an id, by all else. */
function samePayments(expected: unknown[], stored: After[]): boolean {
  if (expected.length !== stored.length) return false;
  return expected.every((e, i) => {
    if (!isObject(e)) return false;
    const s = stored[i]!;
    return Object.entries(s).every(([k, v]) => (k in e ? isDeepStrictEqual(e[k], v) : k === 'id' || k === 'depositId'));
  });
}

function checkRetention(sqlite: Database.Database, findings: Findings, tick: () => void): void {
  if (!tableExists(sqlite, RETENTION.table)) return;
  const clientOf = sqlite.prepare('SELECT client_id FROM sessions WHERE id = ?').pluck();
  const name = (sessionId: number) => describe({ noun: 'session' }, sessionId, clientOf.get(sessionId) ?? null);
  const entries = entriesOf(sqlite);
  const newestNotes = (sessionId: number): unknown[] | null => {
    for (const e of entries(RETENTION.entity, sessionId)) {
      const after = parse(e.after);
      if (Array.isArray(after)) return after as unknown[];
    }
    return null;
  };
  const byId = (a: unknown, b: unknown) => Number((a as After).id) - Number((b as After).id);
  const stored = new Set<number>();
  const check = (sessionId: number, notes: After[]) => {
    tick();
    findings.check.checked++;
    stored.add(sessionId);
    const expected = newestNotes(sessionId);
    if (expected === null || !isDeepStrictEqual([...expected].sort(byId), notes.sort(byId)))
      findings.say(expected === null ? 'added' : 'changed', `${name(sessionId)} was changed outside Stipple: ${RETENTION.table}.`);
  };
  const rows = sqlite
    .prepare(`SELECT ${selectList(RETENTION.columns)} FROM "${RETENTION.table}" t ORDER BY t.session_id`)
    .iterate() as IterableIterator<After>;
  let session: number | null = null;
  let notes: After[] = [];
  for (const row of rows) {
    if (row.sessionId !== session) {
      if (session !== null) check(session, notes);
      session = row.sessionId as number;
      notes = [];
    }
    notes.push(imageOf(row, RETENTION.columns));
  }
  if (session !== null) check(session, notes);
  for (const entityId of auditedIds(sqlite, RETENTION.entity)) {
    const id = idOf(entityId);
    if (id === null || stored.has(id)) continue;
    const expected = newestNotes(id);
    if (expected && expected.length > 0) findings.say('removed', `${name(id)} was changed outside Stipple: ${RETENTION.table}.`);
  }
}

function checkSettings(sqlite: Database.Database, findings: Findings): void {
  if (!tableExists(sqlite, SETTINGS.table)) return;
  const entry = sqlite
    .prepare('SELECT after FROM audit_log WHERE entity = ? AND entity_id = ? AND after IS NOT NULL ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(SETTINGS.entity, SETTINGS.entityId) as string | undefined;
  const expected = parse(entry ?? null);
  for (const row of sqlite.prepare('SELECT key, value FROM settings ORDER BY key').iterate() as IterableIterator<{
    key: string;
    value: string;
  }>) {
    findings.check.checked++;
    if (!isObject(expected) || !(row.key in expected)) findings.say('added', `the setting “${row.key}” was added outside Stipple.`);
    else if (!isDeepStrictEqual(expected[row.key], parse(row.value)))
      findings.say('changed', `the setting “${row.key}” was changed outside Stipple.`);
  }
}

/** Compares every audited row with the trail. `tick` is called once per record. */
export function checkRowsAgainstTrail(sqlite: Database.Database, tick: () => void = () => {}): RowsCheck {
  const findings = new Findings();
  for (const spec of AUDITED_TABLES) checkTable(sqlite, spec, findings, tick);
  checkRetention(sqlite, findings, tick);
  checkSettings(sqlite, findings);
  return findings.check;
}

/** The sentence that sums up what was found beyond the ones named. */
export function rowsSummary(check: RowsCheck): string | null {
  const total = check.changed + check.added + check.removed;
  const more = total - check.problems.length;
  return more > 0 ? `… and ${more} more record(s) changed, added or removed outside Stipple.` : null;
}

/**
 * What a complete trail would say about each record as it is stored now: the entity, its id and the
 * record (as the handlers audit it). For records written without the API (the demo clinic's
 * generator), so that their trail vouches for them as the app's own entries would.
 */
export function* recordImages(sqlite: Database.Database): Generator<{ entity: string; entityId: number; after: unknown }> {
  for (const spec of AUDITED_TABLES) {
    if (!tableExists(sqlite, spec.table)) continue;
    const payments =
      spec.entity === 'deposit'
        ? sqlite.prepare(
            `SELECT ${selectList(DEPOSIT_PAYMENTS.columns)} FROM "${DEPOSIT_PAYMENTS.table}" t WHERE t.deposit_id = ? ORDER BY t.id`,
          )
        : null;
    const rows = sqlite.prepare(`SELECT ${selectList(spec.columns)} FROM "${spec.table}" t ORDER BY t.id`).all() as Record<
      string,
      unknown
    >[];
    for (const row of rows) {
      const after: After = imageOf(row, spec.columns);
      if (payments) after.payments = (payments.all(after.id) as Record<string, unknown>[]).map((p) => imageOf(p, DEPOSIT_PAYMENTS.columns));
      yield { entity: spec.entity, entityId: after.id as number, after };
    }
  }
  const notes = sqlite.prepare(`SELECT ${selectList(RETENTION.columns)} FROM "${RETENTION.table}" t WHERE t.session_id = ? ORDER BY t.id`);
  const sessions = sqlite.prepare(`SELECT DISTINCT session_id FROM "${RETENTION.table}" ORDER BY session_id`).pluck().all() as number[];
  for (const s of sessions)
    yield {
      entity: RETENTION.entity,
      entityId: s,
      after: (notes.all(s) as Record<string, unknown>[]).map((r) => imageOf(r, RETENTION.columns)),
    };
}
