// The clinic's rules for opening the chart database, checked on real SQLite files: a damaged file is
// refused with one sentence and left untouched, and a refused open leaves nothing open behind it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { readMigrations, runMigrations } from './migrate';
import { DatabaseOpenError } from './errors';
import { damageTable, MIGRATIONS_FOLDER, openRaw, openTestDatabase, openWithTestKey, tempDir } from './testing';

const require = createRequire(import.meta.url);

/** A closed chart database with a few clients (enough pages to damage one table alone). */
async function chartFile(): Promise<string> {
  const open = await openTestDatabase();
  const insert = open.sqlite.prepare("INSERT INTO clients (first_name, last_name, notes) VALUES ('Ada', 'Lovelace', ?)");
  for (let i = 0; i < 200; i++) insert.run('x'.repeat(200));
  const file = open.file;
  open.close();
  return file;
}

// SQLite stops reading a table whose encrypted pages no longer decrypt: the open says only that.
const damaged = (file: string) => `${file} is damaged. It was left untouched. Restore the latest backup.`;

describe('opening a damaged database', () => {
  it('refuses it as damaged and leaves it untouched', async () => {
    const file = await chartFile();
    damageTable(file, 'clients');
    const bytes = fs.readFileSync(file);
    const refused = openWithTestKey(file);
    await expect(refused).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(refused).rejects.toMatchObject({ problem: 'corrupt' });
    await expect(refused).rejects.toThrow(damaged(file));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('checks it now when a later check was asked for but cannot be taken (not in WAL mode)', async () => {
    const file = await chartFile();
    const raw = openRaw(file);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    damageTable(file, 'clients');
    const refused = openWithTestKey(file, { migrationsFolder: MIGRATIONS_FOLDER, deferIntegrityCheck: true });
    await expect(refused).rejects.toMatchObject({ name: 'DatabaseOpenError', problem: 'corrupt' });
    await expect(refused).rejects.toThrow(damaged(file));
  });

  it('refuses a damaged plain database from before encryption, and does not encrypt it', async () => {
    const file = path.join(tempDir(), 'old-plain.sqlite');
    const plain = new Database(file);
    runMigrations(plain, readMigrations(MIGRATIONS_FOLDER));
    plain.pragma('application_id = 0x53545050');
    const insert = plain.prepare("INSERT INTO clients (first_name, last_name, notes) VALUES ('Ada', 'Lovelace', ?)");
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(200));
    plain.close();
    damageTable(file, 'clients');
    const bytes = fs.readFileSync(file);
    const refused = openWithTestKey(file);
    await expect(refused).rejects.toMatchObject({ name: 'DatabaseOpenError', problem: 'corrupt' });
    await expect(refused).rejects.toThrow(damaged(file));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('the integrity check taken later', () => {
  it('finds a damaged file damaged when it is taken, with the sentence for the clinic', async () => {
    const file = await chartFile();
    damageTable(file, 'clients');
    const open = await openWithTestKey(file, { migrationsFolder: MIGRATIONS_FOLDER, deferIntegrityCheck: true });
    expect(open.integrity.status).toBe('unchecked');
    expect(open.integrity.ensure()).toBe('damaged');
    expect(open.integrity.status).toBe('damaged');
    expect(open.integrity.message).toBe(
      `${file} is damaged (database disk image is malformed). It was left untouched; restore the latest backup.`,
    );
    open.close();
  });

  it('runs once, however often it is asked for, and a closed database stays unchecked', async () => {
    const file = await chartFile();
    const open = await openWithTestKey(file, { migrationsFolder: MIGRATIONS_FOLDER, deferIntegrityCheck: true });
    expect(open.integrity.status).toBe('unchecked');
    const pragma = vi.spyOn(open.sqlite, 'pragma');
    const quickChecks = () => pragma.mock.calls.filter(([sql]) => sql === 'quick_check').length;
    expect(open.integrity.ensure()).toBe('ok');
    expect(open.integrity.ensure()).toBe('ok');
    expect(quickChecks()).toBe(1);
    pragma.mockRestore();
    open.close();

    const again = await openWithTestKey(file, { migrationsFolder: MIGRATIONS_FOLDER, deferIntegrityCheck: true });
    again.close();
    expect(again.integrity.ensure()).toBe('unchecked');
    expect(again.integrity.message).toBeNull();
  });
});

describe('a refused open', () => {
  it('leaves no file open behind it', async () => {
    if (!fs.existsSync('/proc/self/fd')) return; // counted where the system shows a process its open files
    const file = await chartFile();
    const raw = openRaw(file);
    raw.exec("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)");
    raw.close();
    const open = () => fs.readdirSync('/proc/self/fd').length;
    await expect(openWithTestKey(file)).rejects.toMatchObject({ problem: 'newer_version' });
    const before = open();
    for (let i = 0; i < 5; i++) await expect(openWithTestKey(file)).rejects.toMatchObject({ problem: 'newer_version' });
    expect(open()).toBe(before);
  });
});

describe('the SQLite binding the database is opened with', () => {
  it('is the one given, and is kept with the database for its other connections', async () => {
    const binding = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
    const open = await openWithTestKey(path.join(tempDir(), 'chart.sqlite'), {
      migrationsFolder: MIGRATIONS_FOLDER,
      nativeBinding: binding,
    });
    expect(open.nativeBinding).toBe(binding);
    open.close();
  });

  it('refuses to open with a binding that is not there, saying so', async () => {
    const file = await chartFile();
    const nativeBinding = path.join(tempDir(), 'no-such-binding.node');
    const refused = openWithTestKey(file, { migrationsFolder: MIGRATIONS_FOLDER, nativeBinding });
    await expect(refused).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(refused).rejects.toThrow(nativeBinding);
  });
});
