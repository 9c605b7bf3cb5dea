// The hand-written charting statements give the rows Drizzle gave (same keys in the same order, same
// decoded values): audit entries are the JSON of these rows. And each reads through an index.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoClinic } from '../../bench/demo-clinic';
import type { OpenDatabase } from '../open';
import { contraindications, retentionNotes, sessions } from '../schema';
import { openTestDatabase, openRaw } from '../testing';
import { activeSessionsOf, openContraindicationsOf, readSession, retentionRecordsOf, retentionRowsOf } from './session-charting';

let open: OpenDatabase;
beforeAll(async () => {
  open = await openTestDatabase();
  generateDemoClinic(open.sqlite, { clients: 150, today: '2026-11-20', auditRecords: false });
  open.sqlite.exec('ANALYZE');
});
afterAll(() => open.close());

const ids = (sql: string) => open.sqlite.prepare(sql).pluck().all() as number[];

describe('rows as Drizzle reads them', () => {
  it('reads a session like select() without created_at, key for key', () => {
    for (const id of ids('SELECT id FROM sessions ORDER BY id LIMIT 300')) {
      const { createdAt: _c, ...expected } = open.db.select().from(sessions).where(eq(sessions.id, id)).get()!;
      const row = readSession(open.sqlite, id)!;
      expect(row).toStrictEqual(expected);
      expect(Object.keys(row)).toEqual(Object.keys(expected));
    }
    expect(readSession(open.sqlite, 10_000_000)).toBeUndefined();
  });

  it('lists active sessions and open contraindications in the same order', () => {
    for (const clientId of ids('SELECT id FROM clients ORDER BY id')) {
      for (const kind of ['course', 'touch_up'] as const) {
        const expected = open.db
          .select({ id: sessions.id })
          .from(sessions)
          .where(and(eq(sessions.clientId, clientId), eq(sessions.kind, kind), inArray(sessions.status, ['booked', 'performed'])))
          .orderBy(desc(sessions.number))
          .all();
        expect(activeSessionsOf(open.sqlite, clientId, kind).map((s) => s.id)).toEqual(expected.map((s) => s.id));
      }
      const unresolved = open.db
        .select({ condition: contraindications.condition })
        .from(contraindications)
        .where(and(eq(contraindications.clientId, clientId), isNull(contraindications.resolvedAt)))
        .all();
      expect(openContraindicationsOf(open.sqlite, clientId).map((c) => c.condition)).toEqual(unresolved.map((c) => c.condition));
    }
  });

  it('reads retention notes whole and as records, in the same order', () => {
    for (const id of ids('SELECT DISTINCT session_id FROM retention_notes ORDER BY session_id LIMIT 200')) {
      const whole = open.db.select().from(retentionNotes).where(eq(retentionNotes.sessionId, id)).all();
      expect(retentionRowsOf(open.sqlite, id)).toStrictEqual(whole);
      expect(retentionRowsOf(open.sqlite, id).map((r) => Object.keys(r))).toEqual(whole.map((r) => Object.keys(r)));
      const records = whole.map(({ id: i, sessionId, zone, rating, note }) => ({ id: i, sessionId, zone, rating, note }));
      expect(retentionRecordsOf(open.sqlite, id)).toStrictEqual(records);
    }
  });
});

describe('charting plans', () => {
  it('reads every row through an index, never a scan', () => {
    // A connection of its own, so the module prepares all its statements on it (once) and we see them.
    const sqlite = openRaw(open.file);
    const seen: string[] = [];
    const original = sqlite.prepare.bind(sqlite);
    sqlite.prepare = (sql: string) => {
      seen.push(sql);
      return original(sql);
    };
    try {
      readSession(sqlite, 1);
    } finally {
      sqlite.prepare = original;
    }
    expect(seen.length).toBeGreaterThanOrEqual(10);
    // The reads. (A write's plan also lists the foreign-key checks SQLite would run for deferred
    // constraints, which this app never defers; its own row is found by key.)
    const reads = seen.filter((sql) => /^\s*SELECT/.test(sql));
    expect(reads.length).toBeGreaterThanOrEqual(7);
    for (const sql of reads) {
      const names = [...new Set(sql.match(/@\w+/g) ?? [])].map((n) => n.slice(1));
      const params = names.length ? [Object.fromEntries(names.map((n) => [n, 1]))] : new Array((sql.match(/\?/g) ?? []).length).fill(1);
      const lines = (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
      for (const l of lines.filter((x) => /^(SCAN|SEARCH)/.test(x))) {
        expect(l, `${sql}\n${lines.join('\n')}`).toMatch(/^SEARCH .* USING (COVERING )?(INDEX|INTEGER PRIMARY KEY)/);
      }
    }
    sqlite.close();
  });
});
