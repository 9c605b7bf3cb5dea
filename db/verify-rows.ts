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

/** The newest entries of one entity, one record at a time, newest first within each. */
function* recordsOf(sqlite: Database.Database, entity: string): Generator<{ entityId: string; entries: Entry[] }> {
  const rows = sqlite
    .prepare(
      `SELECT entity_id AS entityId, action, staff_id AS staffId, after FROM audit_log
       WHERE entity = ? ORDER BY entity_id DESC, id DESC`,
    )
    .iterate(entity) as IterableIterator<Entry>;
  let current: { entityId: string; entries: Entry[] } | null = null;
  for (const row of rows) {
    if (current && current.entityId !== row.entityId) {
      yield current;
      current = null;
    }
    current ??= { entityId: row.entityId, entries: [] };
    current.entries.push(row);
  }
  if (current) yield current;
}

const idOf = (entityId: string): number | null => (/^[1-9]\d*$/.test(entityId) ? Number(entityId) : null);

function describe(spec: { noun: string }, id: number, clientId: unknown, noun = spec.noun): string {
  return clientId === null || clientId === undefined || spec.noun === 'client' ? `${noun} ${id}` : `${noun} ${id} of client ${clientId}`;
}

/** What the trail says each audited column of one record holds: the newest entry that records it wins. */
function expectedOf(spec: AuditedTable, entries: Entry[]): { state: After; payments: PaymentExpectation } {
  const keys = new Set(spec.columns.map((col) => col.key));
  const state: After = {};
  const newerPayments: After[] = [];
  let basePayments: unknown[] | null = null;
  for (const entry of entries) {
    const complete = state !== null && Object.keys(state).length === keys.size;
    if (complete && (spec.entity !== 'deposit' || basePayments !== null)) break;
    const raw = parse(entry.after);
    const mapped = spec.actions?.[entry.action];
    const after = mapped ? mapped(isObject(raw) ? raw : null) : isObject(raw) ? raw : null;
    if (after === null) continue;
    for (const [k, v] of Object.entries(after)) if (keys.has(k) && !(k in state) && v !== undefined) state[k] = v;
    if (spec.entity === 'deposit' && basePayments === null) {
      if (entry.action === 'payment' && isObject(raw)) {
        newerPayments.push({ amountMinor: raw.amountMinor, method: raw.method, receipt: raw.receipt, paidAt: raw.paidAt, recordedBy: entry.staffId });
      } else if (Array.isArray(after.payments)) basePayments = after.payments;
    }
  }
  // A deposit recorded without its payments (made with its plan) had none then.
  return { state, payments: spec.entity === 'deposit' ? [...(basePayments ?? []), ...newerPayments.reverse()] : null };
}

type PaymentExpectation = unknown[] | null;

function differing(columns: AuditedColumn[], expected: After, image: After): string[] {
  return columns.filter((col) => col.key in expected && !isDeepStrictEqual(expected[col.key], image[col.key])).map((col) => col.name ?? col.key);
}

function checkTable(sqlite: Database.Database, spec: AuditedTable, findings: Findings, tick: () => void): void {
  if (!tableExists(sqlite, spec.table)) return;
  const clientSql = spec.clientOf ?? 'NULL';
  const one = sqlite.prepare(`SELECT ${clientSql} AS "__client", ${selectList(spec.columns)} FROM "${spec.table}" t WHERE t.id = ?`);
  const payments =
    spec.entity === 'deposit'
      ? sqlite.prepare(`SELECT ${selectList(DEPOSIT_PAYMENTS.columns)} FROM "${DEPOSIT_PAYMENTS.table}" t WHERE t.deposit_id = ? ORDER BY t.id`)
      : null;
  const seen = new Set<number>();
  for (const record of recordsOf(sqlite, spec.entity)) {
    const id = idOf(record.entityId);
    if (id === null) continue;
    tick();
    findings.check.checked++;
    seen.add(id);
    const { state, payments: expectedPayments } = expectedOf(spec, record.entries);
    if (Object.keys(state).length === 0 && expectedPayments === null) continue; // entries about it, none of its contents
    const row = one.get(id) as Record<string, unknown> | undefined;
    if (!row) {
      findings.say('removed', `${describe(spec, id, state.clientId)} was removed outside Stipple.`);
      continue;
    }
    const changed = differing(spec.columns, state, imageOf(row, spec.columns));
    if (payments && expectedPayments !== null) {
      const stored = (payments.all(id) as Record<string, unknown>[]).map((p) => imageOf(p, DEPOSIT_PAYMENTS.columns));
      if (!samePayments(expectedPayments, stored)) changed.push(DEPOSIT_PAYMENTS.table);
    }
    if (changed.length > 0) findings.say('changed', `${describe(spec, id, row.__client)} was changed outside Stipple: ${changed.join(', ')}.`);
  }
  const all = sqlite.prepare(`SELECT t.id AS id, ${clientSql} AS client FROM "${spec.table}" t ORDER BY t.id`).iterate() as IterableIterator<{
    id: number;
    client: unknown;
  }>;
  for (const r of all) if (!seen.has(r.id)) findings.say('added', `${describe(spec, r.id, r.client)} was added outside Stipple.`);
  if (payments) {
    const loose = sqlite
      .prepare(`SELECT id, deposit_id AS depositId FROM "${DEPOSIT_PAYMENTS.table}" ORDER BY id`)
      .iterate() as IterableIterator<{ id: number; depositId: number }>;
    for (const p of loose) if (!seen.has(p.depositId)) findings.say('added', `payment ${p.id} of deposit ${p.depositId} was added outside Stipple.`);
  }
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
  const notes = sqlite.prepare(`SELECT ${selectList(RETENTION.columns)} FROM "${RETENTION.table}" t WHERE t.session_id = ? ORDER BY t.id`);
  const clientOf = sqlite.prepare('SELECT client_id FROM sessions WHERE id = ?').pluck();
  const name = (sessionId: number) => describe({ noun: 'session' }, sessionId, clientOf.get(sessionId) ?? null);
  const seen = new Set<number>();
  for (const record of recordsOf(sqlite, RETENTION.entity)) {
    const id = idOf(record.entityId);
    if (id === null) continue;
    tick();
    findings.check.checked++;
    seen.add(id);
    const newest = record.entries.map((e) => parse(e.after)).find(Array.isArray) as unknown[] | undefined;
    if (!newest) continue;
    const stored = (notes.all(id) as Record<string, unknown>[]).map((r) => imageOf(r, RETENTION.columns));
    const byId = (a: unknown, b: unknown) => Number((a as After).id) - Number((b as After).id);
    if (!isDeepStrictEqual([...newest].sort(byId), stored)) findings.say('changed', `${name(id)} was changed outside Stipple: ${RETENTION.table}.`);
  }
  const sessions = sqlite.prepare(`SELECT DISTINCT session_id FROM "${RETENTION.table}" ORDER BY session_id`).pluck().iterate() as IterableIterator<number>;
  for (const s of sessions) if (!seen.has(s)) findings.say('added', `${name(s)} was changed outside Stipple: ${RETENTION.table}.`);
}

function checkSettings(sqlite: Database.Database, findings: Findings): void {
  if (!tableExists(sqlite, SETTINGS.table)) return;
  const entry = sqlite
    .prepare('SELECT after FROM audit_log WHERE entity = ? AND entity_id = ? AND after IS NOT NULL ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(SETTINGS.entity, SETTINGS.entityId) as string | undefined;
  const expected = parse(entry ?? null);
  for (const row of sqlite.prepare('SELECT key, value FROM settings ORDER BY key').iterate() as IterableIterator<{ key: string; value: string }>) {
    findings.check.checked++;
    if (!isObject(expected) || !(row.key in expected)) findings.say('added', `the setting “${row.key}” was added outside Stipple.`);
    else if (!isDeepStrictEqual(expected[row.key], parse(row.value))) findings.say('changed', `the setting “${row.key}” was changed outside Stipple.`);
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
        ? sqlite.prepare(`SELECT ${selectList(DEPOSIT_PAYMENTS.columns)} FROM "${DEPOSIT_PAYMENTS.table}" t WHERE t.deposit_id = ? ORDER BY t.id`)
        : null;
    const rows = sqlite.prepare(`SELECT ${selectList(spec.columns)} FROM "${spec.table}" t ORDER BY t.id`).all() as Record<string, unknown>[];
    for (const row of rows) {
      const after: After = imageOf(row, spec.columns);
      if (payments) after.payments = (payments.all(after.id) as Record<string, unknown>[]).map((p) => imageOf(p, DEPOSIT_PAYMENTS.columns));
      yield { entity: spec.entity, entityId: after.id as number, after };
    }
  }
  const notes = sqlite.prepare(`SELECT ${selectList(RETENTION.columns)} FROM "${RETENTION.table}" t WHERE t.session_id = ? ORDER BY t.id`);
  const sessions = sqlite.prepare(`SELECT DISTINCT session_id FROM "${RETENTION.table}" ORDER BY session_id`).pluck().all() as number[];
  for (const s of sessions) yield { entity: RETENTION.entity, entityId: s, after: (notes.all(s) as Record<string, unknown>[]).map((r) => imageOf(r, RETENTION.columns)) };
}
