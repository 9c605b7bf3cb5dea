import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAudit } from './audit';
import { testApi } from './testing';
import { fillClinic } from '../tests/fixtures/clinic';
import { backupDatabase, backupsToKeep, listBackups, pruneBackups, rowCounts, type BackupFile } from '../db/backup';
import { exportClinic } from '../db/export';
import { importClinic } from '../db/import';
import { readMigrations, runMigrations } from '../db/migrate';
import { loadChart } from '../db/queries/chart';
import { restoreDatabase } from '../db/restore';
import { MIGRATIONS_FOLDER, openTestDatabase, tempDir, TEST_KEY, openRaw, AUDIT_NO_UPDATE_SQL } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';

let t: Awaited<ReturnType<typeof testApi>>;
let clientIds: number[];
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientIds = await fillClinic(t);
});
afterEach(() => t.close());

describe('backups', () => {
  it('copies the open database with the backup API and checks the copy before naming it', async () => {
    const folder = tempDir();
    const b = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T09:00:00Z'));
    expect(path.basename(b.file)).toBe('stipple-2026-11-21T09-00-00-000Z.sqlite');
    // With its chain head beside it (db/backup-head.ts).
    expect(fs.readdirSync(folder).sort()).toEqual([path.basename(b.file), `${path.basename(b.file)}.head`]);
    expect(b.counts).toEqual(rowCounts(t.open.sqlite));
    expect(b.counts.sessions).toBe(6);
    const report = verifyDatabaseFile(b.file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(report).toMatchObject({ ok: true, integrity: 'ok', audit: { ok: true } });
    expect(report.counts).toEqual(b.counts);
    // A second backup in the same millisecond gets its own name.
    const again = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T09:00:00Z'));
    expect(again.file).not.toBe(b.file);
  });

  it('stays consistent while the app keeps writing around the copy', async () => {
    // On the app's own connection the copy is one statement (VACUUM INTO), so the writes queue
    // behind it; writes by another connection during the copy: tasks.test.ts (the worker's backup).
    const insert = t.open.sqlite.prepare("INSERT INTO pigments (brand, shade) VALUES ('Load', ?)");
    t.open.sqlite.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`bulk ${i} ${'x'.repeat(100)}`);
    })();
    let writing = true;
    let written = 0;
    const writeSome = () => {
      if (!writing) return;
      insert.run(`during ${written++}`);
      setImmediate(writeSome);
    };
    setImmediate(writeSome);
    const b = await backupDatabase(t.open.sqlite, tempDir());
    writing = false;
    expect(b.counts.pigments).toBeGreaterThanOrEqual(20_000);
    const report = verifyDatabaseFile(b.file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(report.integrity).toBe('ok');
    expect(report.audit.ok).toBe(true);
    expect(report.counts).toEqual(b.counts);
    // The pigments were written with SQL, not through the app: verify names them, and only them.
    const audited = t.open.sqlite
      .prepare("SELECT count(DISTINCT entity_id) FROM audit_log WHERE entity = 'pigment'")
      .pluck()
      .get() as number;
    expect(report.rows).toMatchObject({ changed: 0, removed: 0, added: b.counts.pigments! - audited });
    expect(report.problems.filter((p) => !/^Pigment \d+ was added outside Stipple\.$|more record\(s\)/.test(p))).toEqual([]);
  });

  it('fails plainly when the folder cannot be written, leaving no partial file', async () => {
    const parent = tempDir();
    fs.writeFileSync(path.join(parent, 'not-a-folder'), 'x');
    await expect(backupDatabase(t.open.sqlite, path.join(parent, 'not-a-folder', 'b'))).rejects.toThrow(/cannot be created or reached/);
    const ro = tempDir();
    fs.chmodSync(ro, 0o555);
    if (process.getuid?.() !== 0) {
      await expect(backupDatabase(t.open.sqlite, ro)).rejects.toThrow(/could not be written/);
      expect(fs.readdirSync(ro)).toEqual([]);
    }
  });

  it('keeps the newest three of today, one a day before that, ten in all', () => {
    const now = new Date(2026, 10, 21, 18, 0, 0);
    const files: BackupFile[] = [];
    for (let day = 0; day < 15; day++) {
      for (let h = 0; h < 5; h++) {
        const at = new Date(2026, 10, 21 - day, 9 + h * 2, 0, 0);
        files.push({ file: `f-${day}-${h}`, at, bytes: 1 });
      }
    }
    const keep = backupsToKeep(files, now);
    expect(keep.size).toBe(10);
    expect([...keep].filter((f) => f.startsWith('f-0-'))).toEqual(['f-0-4', 'f-0-3', 'f-0-2']);
    for (let day = 1; day <= 7; day++) expect(keep.has(`f-${day}-4`)).toBe(true);
    expect(keep.has('f-8-4')).toBe(false);
  });

  it('prunes real files in a folder by that policy', async () => {
    const folder = tempDir();
    for (let day = 0; day < 4; day++) {
      for (let h = 0; h < 4; h++) await backupDatabase(t.open.sqlite, folder, new Date(2026, 10, 21 - day, 8 + h));
    }
    fs.writeFileSync(path.join(folder, 'pre-migration-x.sqlite'), 'kept: not an automatic backup');
    const removed = pruneBackups(folder, new Date(2026, 10, 21, 20));
    expect(removed).toHaveLength(16 - 6);
    expect(listBackups(folder)).toHaveLength(6);
    expect(fs.existsSync(path.join(folder, 'pre-migration-x.sqlite'))).toBe(true);
  });
});

describe('verify', () => {
  async function backupFile() {
    return (await backupDatabase(t.open.sqlite, tempDir())).file;
  }

  it('finds an audit entry edited outside the app with the triggers dropped', async () => {
    const file = await backupFile();
    const raw = openRaw(file);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw
      .prepare(
        "UPDATE audit_log SET after = replace(after, 'Medium Grey', 'Light Grey') WHERE id = (SELECT min(id) FROM audit_log WHERE entity = 'session')",
      )
      .run();
    // A careful intruder puts the guard back; the hash still gives them away.
    raw.exec(AUDIT_NO_UPDATE_SQL);
    raw.close();
    const report = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(report.ok).toBe(false);
    expect(report.audit.problem).toMatch(/was changed after it was written/);
    expect(report.problems[0]).toMatch(/edited outside Stipple/);
  });

  it('finds an entry removed from the middle, entries cut off the end, and a missing guard', async () => {
    const middle = await backupFile();
    let raw = openRaw(middle);
    raw.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3;');
    raw.close();
    expect(verifyDatabaseFile(middle, MIGRATIONS_FOLDER, TEST_KEY).audit.problem).toMatch(/does not follow/);

    const tail = await backupFile();
    raw = openRaw(tail);
    raw.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > 10;');
    raw.exec(
      "CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
    );
    raw.close();
    expect(verifyDatabaseFile(tail, MIGRATIONS_FOLDER, TEST_KEY).audit.problem).toMatch(/newest audit entries .* were removed/);

    const unguarded = await backupFile();
    raw = openRaw(unguarded);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.close();
    expect(verifyDatabaseFile(unguarded, MIGRATIONS_FOLDER, TEST_KEY).audit.problem).toMatch(/protection was removed/);
  });

  it('finds records pointing at records that do not exist', async () => {
    const file = await backupFile();
    const raw = openRaw(file);
    raw.pragma('foreign_keys = OFF');
    raw.exec('UPDATE sessions SET client_id = 9999 WHERE id = 1');
    raw.close();
    expect(verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY).problems[0]).toMatch(
      /point at records that do not exist \(first in sessions → clients\)/,
    );
  });

  it('refuses files that are not Stipple databases, damaged, or missing', () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'hello');
    expect(verifyDatabaseFile(text, MIGRATIONS_FOLDER, TEST_KEY).problems[0]).toMatch(/not a SQLite file/);
    const other = path.join(dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE x (a)');
    expect(verifyDatabaseFile(other, MIGRATIONS_FOLDER, TEST_KEY).problems[0]).toMatch(/another program/);
    expect(verifyDatabaseFile(path.join(dir, 'nope.sqlite'), MIGRATIONS_FOLDER, TEST_KEY).problems[0]).toMatch(/does not exist/);
  });

  it('finds a damaged file', async () => {
    const file = await backupFile();
    const bytes = fs.readFileSync(file);
    // Scribble over the pages past the schema so the b-trees no longer make sense.
    for (let i = 4096 * 3; i < Math.min(bytes.length, 4096 * 8); i++) bytes[i] = (i * 7) & 0xff;
    fs.writeFileSync(file, bytes);
    const report = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/damaged|could not be checked|cannot be opened/);
  });
});

describe('restore', () => {
  it('puts a backup back in one transaction, after backing up the current state, and audits it', async () => {
    const backups = tempDir();
    const snapshot = await backupDatabase(t.open.sqlite, backups, new Date('2026-11-21T08:00:00Z'));
    const chartBefore = loadChart(t.open.db, clientIds[0]!);
    await t.ok('clients.create', { firstName: 'Later', lastName: 'Client' });
    await t
      .ok('clients.update', { ...chartBefore!.client, notes: 'changed after the backup', expectedVersion: chartBefore!.client.version })
      .catch(() => undefined);

    const result = await restoreDatabase(t.open.sqlite, snapshot.file, {
      migrationsFolder: MIGRATIONS_FOLDER,
      backupFolder: backups,
      now: new Date('2026-11-21T10:00:00Z'),
      inTransaction: (_sqlite, { from }) =>
        writeAudit({ ...ctxOf(t), actorId: null }, { entity: 'database', entityId: 'main', action: 'restore', after: { from } }),
    });
    expect(loadChart(t.open.db, clientIds[0]!)).toEqual(chartBefore);
    expect(t.open.sqlite.prepare("SELECT count(*) FROM clients WHERE first_name = 'Later'").pluck().get()).toBe(0);
    const counts = rowCounts(t.open.sqlite);
    expect(counts.audit_log).toBe(snapshot.counts.audit_log! + 1);
    expect(verifyDatabaseFile(result.safetyBackup, MIGRATIONS_FOLDER, TEST_KEY).counts.clients).toBe(clientIds.length + 1);
    // The chain continues across the restore, and the guards are back.
    expect(verifyDatabaseFile(t.open.file, MIGRATIONS_FOLDER, TEST_KEY)).toMatchObject({ ok: true });
    expect(() => t.open.sqlite.exec('DELETE FROM audit_log')).toThrow(/append-only/);
  });

  it('migrates a backup from an older Stipple before putting it back', async () => {
    const all = readMigrations(MIGRATIONS_FOLDER);
    const oldFile = path.join(tempDir(), 'old.sqlite');
    const old = new Database(oldFile);
    runMigrations(old, all.slice(0, 1));
    old.pragma('application_id = 0x53545050');
    old.exec(`
      INSERT INTO staff (id, name, role) VALUES (1, 'Jo', 'practitioner');
      INSERT INTO clients (id, first_name, last_name) VALUES (1, 'Old', 'Version'), (2, 'Kim', 'Lee');
      INSERT INTO treatment_plans (id, client_id, quoted_sessions, price_minor, currency) VALUES (1, 1, 3, 150000, 'GBP');
      INSERT INTO sessions (id, client_id, plan_id, number, status, practitioner_id) VALUES (1, 1, 1, 1, 'performed', 1);
    `);
    old.close();
    const r = await restoreDatabase(t.open.sqlite, oldFile, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir() });
    expect(r).toMatchObject({ schemaBefore: 1, schemaAfter: all.length });
    expect(t.open.sqlite.prepare('SELECT first_name FROM clients ORDER BY id').pluck().all()).toEqual(['Old', 'Kim']);
    expect(t.open.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(all.length);
    expect(t.open.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses a file that is not a Stipple database and changes nothing', async () => {
    const before = rowCounts(t.open.sqlite);
    const other = path.join(tempDir(), 'other.sqlite');
    new Database(other).exec('CREATE TABLE x (a)');
    await expect(restoreDatabase(t.open.sqlite, other, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir() })).rejects.toThrow(
      /another program.*Nothing was restored/,
    );
    expect(rowCounts(t.open.sqlite)).toEqual(before);
  });

  it('rolls back entirely when the swap fails half way', async () => {
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    await t.ok('clients.create', { firstName: 'Kept', lastName: 'Safe' });
    const before = rowCounts(t.open.sqlite);
    await expect(
      restoreDatabase(t.open.sqlite, snapshot.file, {
        migrationsFolder: MIGRATIONS_FOLDER,
        backupFolder: tempDir(),
        inTransaction: () => {
          throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    expect(rowCounts(t.open.sqlite)).toEqual(before);
    expect(t.open.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(
      t.open.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().all(),
    ).toHaveLength(2);
  });
});

describe('export and import', () => {
  it('writes one JSON per chart, CSV per table and a README; re-importing gives the same charts', async () => {
    const folder = path.join(tempDir(), 'export');
    const result = exportClinic(t.open.sqlite, folder, { plain: true });
    expect(result.charts).toBe(clientIds.length);
    expect(fs.readdirSync(path.join(folder, 'charts'))).toHaveLength(clientIds.length);
    const csv = fs.readFileSync(path.join(folder, 'csv', 'sessions.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^\uFEFFid,client_id,plan_id/);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + rowCounts(t.open.sqlite).sessions!); // a header, then one line per row
    expect(fs.readFileSync(path.join(folder, 'csv', 'staff.csv'), 'utf8')).not.toMatch(/pin_hash/);
    expect(fs.readFileSync(path.join(folder, 'csv', 'clients.csv'), 'utf8')).toMatch(/Müller/);
    expect(fs.readFileSync(path.join(folder, 'README.md'), 'utf8')).toMatch(/## sessions[\s\S]*\| pigment_batch \|/);
    const chartJson = JSON.parse(fs.readFileSync(path.join(folder, 'charts', fs.readdirSync(path.join(folder, 'charts'))[0]!), 'utf8'));
    expect(Object.keys(chartJson.tables).sort()).toEqual(
      [
        'deposit_payments',
        'deposits',
        'hairline_requests',
        'intakes',
        'retention_notes',
        'sessions',
        'shade_changes',
        'treatment_plans',
      ].sort(),
    );

    const empty = await openTestDatabase();
    const imported = importClinic(empty.sqlite, folder);
    expect(imported.charts).toBe(clientIds.length);
    for (const id of clientIds) expect(loadChart(empty.db, id)).toEqual(loadChart(t.open.db, id));
    const { staff: _a, ...want } = rowCounts(t.open.sqlite);
    const { staff: _b, ...got } = rowCounts(empty.sqlite);
    expect(got).toEqual(want);
    // The audit log came across intact: its chain still checks.
    expect(verifyDatabaseFile(empty.file, MIGRATIONS_FOLDER, TEST_KEY).audit.ok).toBe(true);
    // A second import into a database that now holds data is refused and writes nothing.
    const before = rowCounts(empty.sqlite);
    expect(() => importClinic(empty.sqlite, folder)).toThrow(/already holds data/);
    expect(rowCounts(empty.sqlite)).toEqual(before);
    empty.close();
  });

  it('imports all or nothing: one damaged chart file leaves the new database empty', async () => {
    const folder = path.join(tempDir(), 'export');
    exportClinic(t.open.sqlite, folder, { plain: true });
    const charts = fs.readdirSync(path.join(folder, 'charts')).sort();
    fs.writeFileSync(path.join(folder, 'charts', charts.at(-1)!), '{"format": "stipple-export", "kind": "chart", "cli');
    const empty = await openTestDatabase();
    expect(() => importClinic(empty.sqlite, folder)).toThrow(/could not be read as JSON.*Nothing was imported/);
    // Only Stipple's own bookkeeping (the schema history, the chain's rule) has rows, and the
    // questionnaire's version 1 that the migrations write into every new database.
    const counts = rowCounts(empty.sqlite);
    expect(Object.entries(counts).filter(([table, n]) => !table.startsWith('__') && n > 0)).toEqual([['clinic_documents', 1]]);
    empty.close();
  });

  it('never carries this computer’s bookkeeping: paired workstations, pairing codes, replay keys, wrong-PIN counts', () => {
    const db = t.open.sqlite;
    db.prepare("INSERT INTO workstations (name, credential_hash) VALUES ('Room 2', 'cred-hash-4f1e')").run();
    db.prepare(
      "INSERT INTO pairing_codes (code_hash, created_at, expires_at) VALUES ('code-hash-9a2b', '2026-12-01T10:00:00Z', '2026-12-01T10:10:00Z')",
    ).run();
    db.prepare(
      "INSERT INTO change_keys (key, channel, input_hash, result, received_at) VALUES ('k-77', 'clients.create', 'h', '{}', '2026-12-01T10:00:00Z')",
    ).run();
    const folder = path.join(tempDir(), 'export');
    exportClinic(db, folder, { plain: true });
    const text = fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'))
      .join('\n');
    expect(text).toContain('Okafor'); // the export was written
    for (const secret of ['cred-hash-4f1e', 'code-hash-9a2b', 'k-77', 'Room 2']) expect(text).not.toContain(secret);
  });

  it('refuses to export into a folder that already has files', () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'x'), '');
    expect(() => exportClinic(t.open.sqlite, folder, { plain: true })).toThrow(/not empty/);
  });
});

function ctxOf(api: typeof t) {
  return { db: api.open.db, sqlite: api.open.sqlite, actorId: null, caller: null, now: () => new Date() };
}
