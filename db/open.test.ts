import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { DatabaseOpenError } from './errors';
import { readMigrations, runMigrations } from './migrate';
import { MIGRATIONS_FOLDER, damageTable, openTestDatabase, tempDir, TEST_KEY, openRaw } from './testing';

const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

async function expectRefused(file: string, problem: string) {
  const before = fs.readFileSync(file);
  const error = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatabaseOpenError);
  expect((error as DatabaseOpenError).problem).toBe(problem);
  expect((error as Error).message).toMatch(/untouched|Update Stipple/);
  expect((error as Error).message).not.toMatch(/\bat .*\.ts:\d+/); // no stack in the message
  expect(fs.readFileSync(file).equals(before)).toBe(true);
}

describe('opening a database', () => {
  it('creates a new database with durable settings and every table', async () => {
    const open = await openTestDatabase();
    opened.push(open);
    expect(open.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(open.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(open.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(open.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = open.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    for (const t of ['clients', 'sessions', 'deposits', 'retention_notes', 'audit_log', 'aftercare_templates']) {
      expect(tables).toContain(t);
    }
    expect(open.preMigrationBackup).toBeNull();
  });

  it('reopens an existing database without migrating or backing up again', async () => {
    const file = path.join(tempDir(), 'chart.sqlite');
    const first = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    first.sqlite.prepare("INSERT INTO clients (first_name, last_name) VALUES ('Ada', 'Lovelace')").run();
    first.close();
    const second = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    opened.push(second);
    expect(second.preMigrationBackup).toBeNull();
    expect(second.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
  });

  it('refuses a file that is not SQLite and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'These are my shopping notes, not a database.\n'.repeat(50));
    await expectRefused(file, 'not_stipple');
  });

  it('refuses another program’s SQLite database', async () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    await expectRefused(file, 'not_stipple');
  });

  it('refuses a damaged database', async () => {
    const file = path.join(tempDir(), 'damaged.sqlite');
    const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    const insert = open.sqlite.prepare("INSERT INTO clients (first_name, last_name, notes) VALUES ('A', 'B', ?)");
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(500));
    open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    open.close();
    const bytes = fs.readFileSync(file);
    // Scribble over pages in the middle of the file, leaving the header intact.
    for (let i = 8192; i < bytes.length - 4096; i += 7) bytes[i] = 0xa5;
    fs.writeFileSync(file, bytes);
    await expectRefused(file, 'corrupt');
  });

  it('refuses a database written by a newer Stipple', async () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    open.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.UTC(2099, 0, 1));
    open.close();
    await expectRefused(file, 'newer_version');
  });

  it('refuses a read-only file', async () => {
    const file = path.join(tempDir(), 'readonly.sqlite');
    (await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER })).close();
    fs.chmodSync(file, 0o444);
    await expectRefused(file, 'read_only');
  });

  it('runs PRAGMA optimize and closes cleanly', async () => {
    const open = await openTestDatabase();
    open.close();
    expect(open.sqlite.open).toBe(false);
    expect(() => open.close()).not.toThrow();
  });
});

/** A Stipple database with some clients, closed and checkpointed (so the -wal is gone). */
async function clinicFile(): Promise<string> {
  const file = path.join(tempDir(), 'chart.sqlite');
  const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
  const insert = open.sqlite.prepare("INSERT INTO clients (first_name, last_name, notes) VALUES ('A', 'B', ?)");
  for (let i = 0; i < 200; i++) insert.run('x'.repeat(500));
  open.close();
  return file;
}

const deferred = { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER, deferIntegrityCheck: true };

describe('deferring the integrity check', () => {
  it('is off by default: every open has passed quick_check', async () => {
    const open = await openDatabase(await clinicFile(), { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    opened.push(open);
    expect(open.integrity.status).toBe('ok');
  });

  it('opens an intact Stipple database unchecked, and ensure() checks it once', async () => {
    const open = await openDatabase(await clinicFile(), deferred);
    opened.push(open);
    expect(open.integrity.status).toBe('unchecked');
    expect(open.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(200);
    expect(open.integrity.ensure()).toBe('ok');
    expect(open.integrity.status).toBe('ok');
    expect(open.integrity.message).toBeNull();
  });

  it('opens a damaged file unchecked, finds the damage on ensure(), and leaves every byte as it was', async () => {
    const file = await clinicFile();
    damageTable(file, 'clients');
    const before = fs.readFileSync(file);
    const open = await openDatabase(file, deferred);
    expect(open.integrity.status).toBe('unchecked');
    expect(open.integrity.ensure()).toBe('damaged');
    expect(open.integrity.message).toContain(`${file} is damaged (`);
    expect(open.integrity.message).toMatch(/left untouched; restore the latest backup\.$/);
    expect(open.integrity.ensure()).toBe('damaged'); // once: the answer is kept
    open.close(); // no PRAGMA optimize on a damaged file
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('still refuses the same damaged file at once without the option', async () => {
    const file = await clinicFile();
    damageTable(file, 'clients');
    await expectRefused(file, 'corrupt');
  });

  it('checks a new file, and a file with migrations pending, before touching it', async () => {
    const fresh = await openDatabase(path.join(tempDir(), 'new.sqlite'), deferred);
    opened.push(fresh);
    expect(fresh.integrity.status).toBe('ok');

    // An older Stipple's database, damaged: never migrated (nor backed up) unchecked.
    const all = readMigrations(MIGRATIONS_FOLDER);
    const file = path.join(tempDir(), 'old.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    runMigrations(old, all.slice(0, all.length - 1));
    old.pragma('application_id = 0x53545050');
    const insert = old.prepare("INSERT INTO clients (first_name, last_name, notes) VALUES ('A', 'B', ?)");
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(500));
    old.close();
    const intact = fs.readFileSync(file);
    damageTable(file, 'clients');
    const before = fs.readFileSync(file);
    const error = await openDatabase(file, deferred).catch((e: unknown) => e);
    expect((error as DatabaseOpenError).problem).toBe('corrupt');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);

    // The same file intact: checked, then migrated.
    fs.writeFileSync(file, intact);
    const migrated = await openDatabase(file, deferred);
    opened.push(migrated);
    expect(migrated.preMigrationBackup).not.toBeNull();
    expect(migrated.integrity.status).toBe('ok');
  });

  it('checks a file not yet in WAL mode at once (switching to WAL writes its header)', async () => {
    const file = await clinicFile();
    const db = openRaw(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const open = await openDatabase(file, deferred);
    opened.push(open);
    expect(open.integrity.status).toBe('ok');
    expect(open.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
