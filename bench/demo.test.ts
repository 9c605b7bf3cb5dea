import { createHash } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, auditSecretOf, checkAuditRows } from '../db/audit-chain';
import { checkRowsAgainstTrail } from '../db/verify-rows';
import { createApi } from '../api/dispatch';
import { loadDemo } from '../browser-host/demo-hook';
import { DEPOSIT_STATUSES } from '../core/vocabulary';
import type { OpenDatabase } from '../db/open';
import { openTestDatabase } from '../db/testing';
import { signInDemoOwner } from './demo';
import { generateDemoClinic } from './demo-clinic';

const TODAY = '2026-11-20';

/** Every row of every table, hashed: two clinics are the same iff their digests are. */
function digest(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  for (const t of tables) {
    // PIN hashes are salted at random; everything else must match exactly.
    const rows = sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Record<string, unknown>[];
    hash.update(JSON.stringify(rows.map(({ pin_hash: _pin, ...r }) => r)));
  }
  return hash.digest('hex');
}

async function clinic(clients: number, seed: number): Promise<OpenDatabase> {
  const open = await openTestDatabase();
  generateDemoClinic(open.sqlite, { clients, seed, today: TODAY });
  return open;
}

describe('the demo clinic generator', () => {
  let big: OpenDatabase;
  beforeAll(async () => {
    big = await clinic(2000, 7);
  });
  afterAll(() => big.close());

  it('gives the same clinic for the same seed, and another for another seed', async () => {
    const [a, b, c] = await Promise.all([clinic(150, 42), clinic(150, 42), clinic(150, 43)]);
    expect(digest(a.sqlite)).toBe(digest(b.sqlite));
    expect(digest(a.sqlite)).not.toBe(digest(c.sqlite));
    for (const o of [a, b, c]) o.close();
  });

  it('breaks no link between records', () => {
    expect(big.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(big.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('has deposits in every state, with payments that add up', () => {
    const s = big.sqlite;
    const states = s.prepare('SELECT DISTINCT status FROM deposits').pluck().all();
    expect([...states].sort()).toEqual([...DEPOSIT_STATUSES].sort());
    const mismatched = s
      .prepare(
        `SELECT d.id FROM deposits d LEFT JOIN deposit_payments p ON p.deposit_id = d.id
                GROUP BY d.id HAVING d.paid_minor != coalesce(sum(p.amount_minor), 0)`,
      )
      .all();
    expect(mismatched).toEqual([]);
    const unpaidHeld = s
      .prepare("SELECT count(*) FROM deposits WHERE status IN ('paid','applied','refunded','forfeited') AND paid_minor != amount_minor")
      .pluck()
      .get();
    expect(unpaidHeld).toBe(0);
    // An applied deposit points at the performed session it secured, in the same plan.
    const badApplied = s
      .prepare(
        `SELECT count(*) FROM deposits d LEFT JOIN sessions x ON x.id = d.applied_session_id
                WHERE d.status = 'applied' AND (x.status IS NOT 'performed' OR x.plan_id != d.plan_id OR x.number != d.session_number)`,
      )
      .pluck()
      .get();
    expect(badApplied).toBe(0);
  });

  it('keeps the clinic rules: 2+ quoted sessions, session windows, retention from session 2 on', () => {
    const s = big.sqlite;
    expect(s.prepare("SELECT min(quoted_sessions) FROM treatment_plans WHERE kind = 'course'").pluck().get()).toBe(2);
    const gaps = s
      .prepare(
        `SELECT b.number, julianday(substr(b.performed_at,1,10)) - julianday(substr(a.performed_at,1,10)) AS gap
                FROM sessions a JOIN sessions b ON b.plan_id = a.plan_id AND b.number = a.number + 1
                WHERE a.status = 'performed' AND b.status = 'performed' AND a.kind = 'course'`,
      )
      .all() as { number: number; gap: number }[];
    expect(gaps.length).toBeGreaterThan(1000);
    for (const g of gaps) {
      if (g.number === 2) expect(g.gap).toBeGreaterThanOrEqual(7);
      else expect(g.gap).toBeGreaterThanOrEqual(21);
    }
    const secondWithoutRetention = s
      .prepare(
        `SELECT count(*) FROM sessions x WHERE x.status = 'performed' AND x.number >= 2
                AND NOT EXISTS (SELECT 1 FROM retention_notes r WHERE r.session_id = x.id)`,
      )
      .pluck()
      .get();
    expect(secondWithoutRetention).toBe(0);
    // Every shade change records an actual change of shade or dilution.
    expect(s.prepare('SELECT count(*) FROM shade_changes WHERE from_shade = to_shade AND from_dilution = to_dilution').pluck().get()).toBe(
      0,
    );
    for (const table of ['shade_changes', 'hairline_requests', 'aftercare_prints', 'intakes', 'contraindications']) {
      expect(s.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBeGreaterThan(10);
    }
    const years = s
      .prepare("SELECT count(DISTINCT substr(performed_at,1,4)) FROM sessions WHERE status = 'performed'")
      .pluck()
      .get() as number;
    expect(years).toBeGreaterThanOrEqual(10);
  });

  it('writes an audit log whose keyed hash chain verifies, vouching for every record it wrote', () => {
    const check = checkAuditRows(auditRowsOf(big.sqlite), auditSecretOf(big.sqlite));
    expect(check).toMatchObject({ ok: true, problem: null });
    expect(check.entries).toBeGreaterThanOrEqual(2000);
    const rows = checkRowsAgainstTrail(big.sqlite);
    expect(rows).toMatchObject({ changed: 0, added: 0, removed: 0, problems: [] });
    expect(rows.checked).toBeGreaterThan(big.sqlite.prepare('SELECT count(*) FROM sessions').pluck().get() as number);
  });

  it('is what `npm run browser -- --demo` loads into an empty database, through the host’s hook', async () => {
    const database = await openTestDatabase();
    const api = createApi(database).client();
    process.env.STIPPLE_DEMO_CLIENTS = '60';
    try {
      const line = await loadDemo({ api, database }, path.resolve(import.meta.dirname, '..'));
      expect(line).toMatch(/^Demo clinic: 60 clients, \d+ sessions, .* Staff sign in with PIN 1234\.$/);
      expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(60);
    } finally {
      delete process.env.STIPPLE_DEMO_CLIENTS;
      database.close();
    }
  });

  it('gives charts the API returns, valid against the contract, to staff signed in with the demo PIN', async () => {
    const api = createApi(big, {
      checkOutputs: true,
      onInternalError: (_c, e) => {
        throw e;
      },
    }).client();
    expect(await api.call('clients.chart', { id: 1 })).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    await signInDemoOwner(api, big.sqlite);
    for (const id of [1, 2, 500, 1999, 2000]) {
      const chart = await api.call('clients.chart', { id });
      expect(chart.ok, JSON.stringify(chart)).toBe(true);
    }
    const found = await api.call('clients.search', { query: 'sm', limit: 20 });
    expect(found).toMatchObject({ ok: true });
  });
});
