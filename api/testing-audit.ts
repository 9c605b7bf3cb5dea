// One check of what an audit entry says, for every change handler's test: which record, what was
// done, which fields changed, why, and by whom. Counting entries is not enough: the trail is what a
// clinic shows an inspector.
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { testApi } from './testing';

type TestApi = Pick<Awaited<ReturnType<typeof testApi>>, 'open'>;

export interface ExpectedAudit {
  entity: string;
  entityId: number | string;
  action: string;
  /**
   * The fields whose value differs between the entry's before and after, in any order; a new record
   * (no before) lists every field it was written with. `version` and `updatedAt` are bookkeeping and
   * left out.
   */
  changed?: string[];
  /** Values the entry's after (or before) must hold, other fields not compared; null: none recorded. */
  after?: Record<string, unknown> | null;
  before?: Record<string, unknown> | null;
  /** The reason recorded, or null for none. */
  reason?: string | null;
  /** The staff member who made the change (null: nobody signed in). */
  by?: number | null;
}

export interface AuditEntryRead {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  staffId: number | null;
}

const BOOKKEEPING = new Set(['version', 'updatedAt']);

/** The fields that differ between two records (bookkeeping left out), sorted. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => !BOOKKEEPING.has(k) && !isDeepStrictEqual(before?.[k], after?.[k])).sort();
}

/** Asserts the newest audit entry for this entity, id and action says what `expected` says; returns it. */
export function expectAudit(t: TestApi, expected: ExpectedAudit): AuditEntryRead {
  const row = t.open.sqlite
    .prepare(
      'SELECT before, after, reason, staff_id AS staffId FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ? ORDER BY id DESC LIMIT 1',
    )
    .get(expected.entity, String(expected.entityId), expected.action) as
    { before: string | null; after: string | null; reason: string | null; staffId: number | null } | undefined;
  expect(row, `an audit entry "${expected.action}" for ${expected.entity} ${expected.entityId}`).toBeDefined();
  const entry: AuditEntryRead = {
    before: row!.before === null ? null : (JSON.parse(row!.before) as Record<string, unknown>),
    after: row!.after === null ? null : (JSON.parse(row!.after) as Record<string, unknown>),
    reason: row!.reason,
    staffId: row!.staffId,
  };
  const what = `audit ${expected.entity} ${expected.entityId} ${expected.action}`;
  if (expected.changed !== undefined)
    expect(changedFields(entry.before, entry.after), `${what}: fields changed`).toEqual([...expected.changed].sort());
  if (expected.after === null) expect(entry.after, `${what}: after`).toBeNull();
  else if (expected.after !== undefined) expect(entry.after, `${what}: after`).toMatchObject(expected.after);
  if (expected.before === null) expect(entry.before, `${what}: before`).toBeNull();
  else if (expected.before !== undefined) expect(entry.before, `${what}: before`).toMatchObject(expected.before);
  if (expected.reason !== undefined) expect(entry.reason, `${what}: reason`).toBe(expected.reason);
  if (expected.by !== undefined) expect(entry.staffId, `${what}: by`).toBe(expected.by);
  return entry;
}

/** The actions written, oldest first, for one record: to show a refused change wrote none. */
export function auditActions(t: TestApi, entity: string, entityId: number | string): string[] {
  return t.open.sqlite
    .prepare('SELECT action FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id')
    .pluck()
    .all(entity, String(entityId)) as string[];
}
