// Files from elsewhere are hostile: backups crafted to attack Stipple, mounted against verify,
// "check backup" and restore. Each is a real encrypted SQLite file, edited the way an attacker would
// (the sqlite3 shell, writable_schema). Each must be refused with a plain sentence within seconds,
// before any of its own SQL runs, leaving the file and the database as they were and the app answering.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../db/backup';
import { checkForeignDatabase } from '../db/foreign-file';
import { restoreDatabase } from '../db/restore';
import { damageTable, MIGRATIONS_FOLDER, openRaw, tempDir, TEST_KEY, AUDIT_NO_UPDATE_SQL } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  await t.ok('clients.create', { firstName: 'Ada', lastName: 'Lovelace' });
  await t.ok('clients.create', { firstName: 'Grace', lastName: 'Hopper' });
});
afterEach(() => t.close());

/** How long each crafted file took to be refused, printed at the end (the report quotes them). */
const timings: [string, number][] = [];
afterAll(() => console.info(timings.map(([name, ms]) => `${name}: refused in ${ms} ms`).join('\n')));

/** A verified backup of the test clinic, then edited as `sql` says (unsafe: writable_schema allowed). */
async function crafted(sql: string, options: { unsafe?: boolean } = {}): Promise<string> {
  const file = (await backupDatabase(t.open.sqlite, tempDir())).file;
  const raw = openRaw(file);
  if (options.unsafe) raw.unsafeMode(true);
  raw.exec(sql);
  raw.close();
  return file;
}

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * The file is refused by the check (off this thread, with limits), by "check backup" and by restore
 * (even with an override: it is not a matter of a broken trail), each in seconds, with `message`;
 * the file is unchanged, nothing is written, and the app still answers.
 */
async function expectRefused(name: string, file: string, message: RegExp, limits: { maxMemoryMb?: number } = {}) {
  const before = digest(file);
  const counts = t.counts();
  const started = Date.now();
  const report = await checkForeignDatabase(file, TEST_KEY, { migrationsFolder: MIGRATIONS_FOLDER, timeoutMs: 20_000, ...limits });
  const took = Date.now() - started;
  timings.push([name, took]);
  expect(report.ok).toBe(false);
  expect(report.problems[0]).toMatch(message);
  expect(report.problems.join(' ')).not.toMatch(/Error:|\bat .*\.ts:\d+|SQLITE_/);
  expect(took).toBeLessThan(10_000);

  if (!limits.maxMemoryMb) {
    const inspected = await t.ok('safety.inspect', { file });
    expect(inspected.ok).toBe(false);
    expect(inspected.problems[0]).toMatch(message);
    const restored = await t.err('safety.restore', { file, overrideReason: 'I trust this file' });
    expect(restored.fields?.file).toMatch(message);
    expect(restored.fields?.overrideReason).toBeUndefined(); // no "Restore anyway" for a hostile file
  } else {
    await expect(
      restoreDatabase(t.open.sqlite, file, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir(), ...limits }),
    ).rejects.toThrow(message);
  }
  expect(digest(file)).toBe(before);
  expect(t.counts()).toEqual(counts);
  expect((await t.ok('clients.list', { sort: 'lastSession', limit: 10 })).total).toBe(2);
}

describe('a crafted backup is refused before any of its SQL runs', () => {
  it('a view in place of the audit log whose recursive query never ends', async () => {
    const file = await crafted(`
      PRAGMA foreign_keys = OFF;
      DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TABLE audit_log;
      CREATE VIEW audit_log AS
        WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever)
        SELECT n AS id, '' AS at, NULL AS staff_id, '' AS entity, '' AS entity_id, '' AS action,
               NULL AS before, NULL AS after, NULL AS reason, '' AS prev_hash, '' AS hash FROM forever;`);
    await expectRefused('never-ending view', file, /a view “audit_log” where Stipple has a table/);
  });

  it('a view shadowing the clients table', async () => {
    const file = await crafted(`
      PRAGMA foreign_keys = OFF;
      DROP TABLE clients;
      CREATE VIEW clients AS SELECT 1 AS id, 'Eve' AS first_name, 'Intruder' AS last_name;`);
    await expectRefused('view shadowing a table', file, /a view “clients” where Stipple has a table/);
  });

  it('a table whose name is SQL to inject', async () => {
    const file = await crafted(`CREATE TABLE "x""; DROP TABLE clients; --" (a); INSERT INTO "x""; DROP TABLE clients; --" VALUES (1);`);
    await expectRefused('injected table name', file, /a table “x"; DROP TABLE clients; --”/);
    const raw = openRaw(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
    raw.close();
  });

  it('a trigger that is not Stipple’s', async () => {
    const file = await crafted(`CREATE TRIGGER keep_in_sync AFTER UPDATE ON clients BEGIN UPDATE staff SET role = 'owner'; END;`);
    await expectRefused('foreign trigger', file, /a trigger “keep_in_sync”/);
  });

  it('one of Stipple’s triggers with its body changed', async () => {
    const file = await crafted(`
      DROP TRIGGER audit_log_no_delete;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END;`);
    await expectRefused('changed trigger', file, /the trigger “audit_log_no_delete” changed from Stipple’s/);
  });

  it('a table whose CHECK builds a huge zeroblob for every row the integrity check reads', async () => {
    const file = await crafted(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('a'), ('b'), ('c');`);
    const raw = openRaw(file);
    raw.unsafeMode(true);
    raw.pragma('writable_schema = ON');
    raw
      .prepare("UPDATE sqlite_master SET sql = ? WHERE name = 'notes'")
      .run('CREATE TABLE notes (body TEXT CHECK (length(hex(zeroblob(100000000))) > 0))');
    raw.close();
    await expectRefused('zeroblob CHECK', file, /a table “notes”/);
  });

  it('a schema with thousands of objects', async () => {
    const views = Array.from({ length: 5000 }, (_, i) => `CREATE VIEW v${i} AS SELECT ${i};`).join('\n');
    const file = await crafted(`BEGIN; ${views} COMMIT;`);
    await expectRefused('5,000 views', file, /has thousands of tables, views and triggers/);
  });

  it('a malformed page in a table', async () => {
    const file = await crafted(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO clients (first_name, last_name) SELECT 'Client ' || i, printf('%.200c', 'x') FROM n",
    );
    damageTable(file, 'clients');
    await expectRefused('malformed page', file, /is damaged: /);
  });

  it('a record far larger than Stipple writes (one string that size would end the checking thread fatally)', async () => {
    const file = await crafted(
      `INSERT INTO audit_log (at, entity, entity_id, action, after, prev_hash, hash)
       VALUES ('2026-11-21T09:00:00.000Z', 'client', '1', 'update', printf('%.*c', 160000000, 'x'), 'p', 'h');`,
    );
    await expectRefused('160 MB audit entry', file, /holds a record of 153 MB in “audit_log”; Stipple never writes one larger than 32 MB/);
  });

  it('a file that needs more memory to check than the limit', async () => {
    // Many entries of 200 KB: each is under the record limit, the check holds them one at a time,
    // and an 8 MB heap is still too little. The worker ends; the app does not.
    const file = await crafted(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
       INSERT INTO audit_log (at, entity, entity_id, action, after, prev_hash, hash)
       SELECT '2026-11-21T09:00:00.000Z', 'client', '1', 'update', printf('%.*c', 200000, 'x'), 'p', 'h' FROM n;`,
    );
    await expectRefused('8 MB heap', file, /needed more than the 8 MB of memory Stipple allows/, { maxMemoryMb: 8 });
  });
});

describe('the time limit', () => {
  it('stops a check that takes too long and answers with a plain sentence; the app keeps answering', async () => {
    const file = (await backupDatabase(t.open.sqlite, tempDir())).file;
    const started = Date.now();
    const report = await checkForeignDatabase(file, TEST_KEY, { migrationsFolder: MIGRATIONS_FOLDER, timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      `Checking ${file} took longer than 0.1 seconds, so Stipple stopped and did not use it. It may be damaged, or made to stall Stipple.`,
    ]);
    expect((await t.ok('clients.list', { sort: 'lastSession', limit: 10 })).total).toBe(2);
    // Given its time, the same file checks out.
    expect(await checkForeignDatabase(file, TEST_KEY, { migrationsFolder: MIGRATIONS_FOLDER })).toMatchObject({ ok: true, problems: [] });
  });

  it('reports the check’s progress from its worker, every step ending done', async () => {
    const file = (await backupDatabase(t.open.sqlite, tempDir())).file;
    const steps: { step: string; done: number; total: number }[] = [];
    await checkForeignDatabase(file, TEST_KEY, { migrationsFolder: MIGRATIONS_FOLDER, onProgress: (p) => steps.push(p) });
    expect(steps.map((s) => s.step)).toEqual(
      expect.arrayContaining([
        'Checking the file holds only what Stipple puts in it',
        'Checking the file is intact',
        'Checking the audit trail',
      ]),
    );
    for (const step of new Set(steps.map((s) => s.step))) {
      const last = steps.filter((s) => s.step === step).at(-1)!;
      expect(last.done).toBe(last.total);
    }
  });
});

describe('what a Stipple file may still hold', () => {
  it('passes a backup with SQLite’s statistics tables, and a guard put back with other line breaks', async () => {
    const file = await crafted(`
      ANALYZE;
      DROP TRIGGER audit_log_no_update;
      ${AUDIT_NO_UPDATE_SQL.replace(/\s+/g, ' ')}`);
    expect(verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY)).toMatchObject({ ok: true, problems: [] });
  });
});
