// The board's statements read through indexes, not by scanning a decade of plans, sessions and
// deposits; checked with SQLite's own query planner on a database built from the real migrations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing';
import type { OpenDatabase } from '../open';
import { prepareBoard } from './reception';

let open: OpenDatabase;
beforeAll(async () => {
  open = await openTestDatabase();
});
afterAll(() => open.close());

/** EXPLAIN QUERY PLAN of a prepared Drizzle statement, its placeholders filled from `values`. */
function plan(statement: { getQuery(): { sql: string; params: unknown[] } }, values: Record<string, unknown>): string {
  const { sql, params } = statement.getQuery();
  const filled = params.map((p) => (p !== null && typeof p === 'object' && 'name' in p ? values[(p as { name: string }).name] : p));
  const rows = open.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...filled) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

describe('reception board query plans', () => {
  it('finds open plans by the status index and children by their own indexes', () => {
    const q = prepareBoard(open.db);
    const plans = plan(q.plans, { recallFrom: '2026-08-01', recallTo: '2027-01-01', completedSince: '2026-10-01' });
    // Open plans by status, completed ones by status and date: never every completed plan.
    expect(plans).toMatch(/SEARCH treatment_plans USING (COVERING )?INDEX plans_status_\w+ \(status=\?\)/);
    expect(plans).toMatch(/SEARCH treatment_plans USING (COVERING )?INDEX plans_status_updated_idx \(status=\? AND updated_at>\?\)/);
    expect(plans).not.toMatch(/SCAN (treatment_plans|sessions)\b/);
    expect(plan(q.sessions, { clientIds: '[1,2]' })).toMatch(/SEARCH sessions USING INDEX sessions_client_idx/);
    expect(plan(q.deposits, { planIds: '[1,2]' })).toMatch(/SEARCH deposits USING INDEX deposits_plan_idx/);
    expect(plan(q.totals, {})).toMatch(/deposits USING INDEX deposits_status_idx/);
  });
});
