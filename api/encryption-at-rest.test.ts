// Encryption at rest, mounted against real files: what is on disk holds no client's name in the
// clear, a wrong or missing key gets one plain sentence, an old plain database is encrypted without
// losing a row and survives being interrupted at every step, and key files must be private.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApi } from './testing';
import { fillClinic } from '../tests/fixtures/clinic';
import { backupDatabase, rowCounts } from '../db/backup';
import { hasPlainHeader, newDatabaseKey, openKeyed } from '../db/cipher';
import { encryptingFileFor, ENCRYPT_STEPS } from '../db/encrypt-plain';
import { DatabaseOpenError } from '../db/errors';
import { createKeyFile, KEY_ENV, keyFileFor, resolveDatabaseKey } from '../db/key-file';
import { openDatabase } from '../db/open';
import { listPlainBackups } from '../db/plain-backups';
import { MIGRATIONS_FOLDER, openRaw, TEST_KEY, tempDir } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';

const NAME = 'Philippa Quistorff-Vantongeren'; // one that occurs nowhere else on the disk

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A clinic of a few charts, plus one client with NAME, encrypted with TEST_KEY. */
async function clinic() {
  const t = await testApi();
  closers.push(() => t.close());
  await fillClinic(t, 3);
  await t.ok('clients.create', { firstName: NAME.split(' ')[0]!, lastName: NAME.split(' ')[1]!, phone: '0700 123 456' });
  return t;
}

const contains = (file: string, text: string) => fs.readFileSync(file).includes(Buffer.from(text, 'utf8'));

/** A plain copy of an encrypted test database: what a database from before encryption looks like. */
function plainCopy(file: string, to: string): string {
  const source = openRaw(file, { readonly: true });
  source.prepare('VACUUM INTO ?').run(to);
  source.close();
  const copy = openKeyed(to, TEST_KEY);
  copy.pragma('journal_mode = DELETE');
  copy.pragma("rekey = ''");
  copy.close();
  expect(hasPlainHeader(to)).toBe(true);
  return to;
}

async function openError(file: string, key: string): Promise<DatabaseOpenError> {
  const error = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatabaseOpenError);
  return error as DatabaseOpenError;
}

describe('on disk', () => {
  it('the database, its WAL and a backup hold no client name in the clear (and a plain copy does)', async () => {
    const t = await clinic();
    const file = t.open.file;
    // The app's connection is open: the newest pages are in the WAL, not yet in the file.
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const backup = await backupDatabase(t.open.sqlite, tempDir());
    for (const f of [file, `${file}-wal`, backup.file]) {
      expect(contains(f, NAME.split(' ')[1]!), f).toBe(false);
      expect(contains(f, 'SQLite format 3'), f).toBe(false);
    }
    // The control: the same bytes decrypted do show the name, so the search above can find it.
    const plain = plainCopy(file, path.join(tempDir(), 'plain.sqlite'));
    expect(contains(plain, NAME.split(' ')[1]!)).toBe(true);
    expect(verifyDatabaseFile(backup.file, MIGRATIONS_FOLDER, TEST_KEY)).toMatchObject({ ok: true });
  });

  it('creates the database, WAL, backups and key file 600 and their folders 700', async () => {
    const dir = path.join(tempDir(), 'clinic');
    const file = path.join(dir, 'chart.sqlite');
    const { key } = resolveDatabaseKey({ databaseFile: file, env: {}, create: true });
    const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key });
    closers.push(() => open.close());
    open.sqlite.prepare("INSERT INTO pigments (brand, shade) VALUES ('Mode', 'Check')").run();
    const backup = await backupDatabase(open.sqlite, path.join(dir, 'backups'));
    const mode = (f: string) => (fs.statSync(f).mode & 0o777).toString(8);
    for (const f of [file, `${file}-wal`, `${file}-shm`, keyFileFor(file), backup.file]) expect(mode(f), f).toBe('600');
    for (const d of [dir, path.join(dir, 'backups')]) expect(mode(d), d).toBe('700');
  });
});

describe('the key', () => {
  it('a missing or wrong key gets one plain sentence, and the file is left as it was', async () => {
    const t = await clinic();
    const file = t.open.file;
    t.close();
    const before = fs.readFileSync(file);
    for (const key of [newDatabaseKey(), TEST_KEY.replace(/^5e/, '5f')]) {
      const error = await openError(file, key);
      expect(error.problem).toBe('wrong_key');
      expect(error.message).toBe(
        `${file} is encrypted, and the key Stipple was given does not open it (or it is not a Stipple database at all). It was left untouched.`,
      );
      expect(error.message).not.toMatch(/\n\s+at |SqliteError|SQLITE_/);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // With no key at all (no variable, no key file beside it): a sentence saying where a key is looked for.
    let missing: unknown;
    try {
      resolveDatabaseKey({ databaseFile: file, env: {}, create: true });
    } catch (error) {
      missing = error;
    }
    expect(missing).toBeInstanceOf(DatabaseOpenError);
    expect((missing as Error).message).toMatch(
      /is encrypted, and there is no key for it: .*chart\.sqlite\.key does not exist and STIPPLE_DB_KEY is not set/,
    );
    expect(fs.existsSync(keyFileFor(file))).toBe(false); // never a new key for an encrypted file
    // verify reads a backup with the key; with another key it says so instead of failing oddly.
    expect(verifyDatabaseFile(file, MIGRATIONS_FOLDER, newDatabaseKey()).problems).toEqual([
      `${file} cannot be opened with this database's key: it is encrypted with another key, or it is not a Stipple database.`,
    ]);
  });

  it('a key file others can read is refused, not used; the variable and --key-file are taken in that order', () => {
    const dir = tempDir();
    const db = path.join(dir, 'chart.sqlite');
    const made = resolveDatabaseKey({ databaseFile: db, env: {}, create: true });
    expect(made).toMatchObject({ from: keyFileFor(db), created: true });
    expect(resolveDatabaseKey({ databaseFile: db, env: {}, create: false }).key).toBe(made.key);

    fs.chmodSync(keyFileFor(db), 0o644);
    expect(() => resolveDatabaseKey({ databaseFile: db, env: {}, create: false })).toThrow(
      `${keyFileFor(db)} can be read by other users of this computer, so it does not keep the chart database's key secret. Make it private (chmod 600 "${keyFileFor(db)}") and try again. Nothing was opened.`,
    );
    fs.chmodSync(keyFileFor(db), 0o640);
    expect(() => resolveDatabaseKey({ databaseFile: db, env: {}, create: false })).toThrow(/can be read by other users/);

    const elsewhere = path.join(tempDir(), 'clinic.key');
    const other = createKeyFile(elsewhere);
    expect((fs.statSync(elsewhere).mode & 0o777).toString(8)).toBe('600');
    expect(resolveDatabaseKey({ databaseFile: db, env: {}, keyFile: elsewhere, create: false }).key).toBe(other);
    expect(resolveDatabaseKey({ databaseFile: db, env: { STIPPLE_DB_KEY_FILE: elsewhere }, create: false }).key).toBe(other);
    expect(
      resolveDatabaseKey({ databaseFile: db, env: { [KEY_ENV]: TEST_KEY.toUpperCase() }, keyFile: elsewhere, create: false }),
    ).toMatchObject({ key: TEST_KEY, from: KEY_ENV });
    expect(() => resolveDatabaseKey({ databaseFile: db, env: { [KEY_ENV]: 'secret' }, create: false })).toThrow(
      /STIPPLE_DB_KEY is set but is not a database key/,
    );
    fs.writeFileSync(elsewhere, 'not a key', { mode: 0o600 });
    expect(() => resolveDatabaseKey({ databaseFile: db, env: {}, keyFile: elsewhere, create: false })).toThrow(
      /does not hold a database key/,
    );
  });
});

describe('a plain database from before encryption', () => {
  async function plainClinic() {
    const t = await clinic();
    const counts = rowCounts(t.open.sqlite);
    const dir = tempDir();
    const file = plainCopy(t.open.file, path.join(dir, 'chart.sqlite'));
    t.close();
    fs.chmodSync(file, 0o644); // as the old version made it
    // An automatic backup the old version left, plain too.
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.copyFileSync(file, path.join(dir, 'backups', 'stipple-2026-11-01T09-00-00-000Z.sqlite'));
    return { file, dir, counts };
  }

  it('is encrypted at the first open, keeping every row, after a verified backup; the old plain backups are listed', async () => {
    const { file, dir, counts } = await plainClinic();
    const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key: TEST_KEY });
    closers.push(() => open.close());
    expect(rowCounts(open.sqlite)).toEqual(counts);
    expect(hasPlainHeader(file)).toBe(false);
    expect(contains(file, NAME.split(' ')[1]!)).toBe(false);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(fs.existsSync(encryptingFileFor(file))).toBe(false);

    const backup = open.encryptedFromPlain!.backup;
    expect(path.dirname(backup)).toBe(path.join(dir, 'backups'));
    expect(hasPlainHeader(backup)).toBe(false);
    expect(verifyDatabaseFile(backup, MIGRATIONS_FOLDER, TEST_KEY)).toMatchObject({ ok: true, counts });
    expect(listPlainBackups([path.join(dir, 'backups'), path.join(dir, 'not-plugged-in')]).map((b) => path.basename(b.file))).toEqual([
      'stipple-2026-11-01T09-00-00-000Z.sqlite',
    ]);
  });

  it.each(ENCRYPT_STEPS)(
    'interrupted by an error after “%s”: the plain file is untouched until the rename, and the next start finishes',
    async (step) => {
      const { file, counts } = await plainClinic();
      const before = fs.readFileSync(file);
      const error = await openDatabase(file, {
        migrationsFolder: MIGRATIONS_FOLDER,
        key: TEST_KEY,
        onEncryptStep: (s) => {
          if (s === step) throw new Error(`stopped after ${s}`);
        },
      }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(`stopped after ${step}`);
      if (step === 'renamed') expect(hasPlainHeader(file)).toBe(false);
      else expect(fs.readFileSync(file).equals(before)).toBe(true);

      const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key: TEST_KEY });
      closers.push(() => open.close());
      expect(rowCounts(open.sqlite)).toEqual(counts);
      expect(hasPlainHeader(file)).toBe(false);
    },
  );

  it.each(['copied', 'rekeyed', 'backed-up'] as const)(
    'killed (SIGKILL) after “%s”: the plain file is untouched and the next start finishes',
    async (step) => {
      const { file, counts } = await plainClinic();
      const before = fs.readFileSync(file);
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, '..', 'db', 'encrypt-kill-child.ts'), file, MIGRATIONS_FOLDER, step],
        {
          env: { ...process.env, [KEY_ENV]: TEST_KEY },
          encoding: 'utf8',
        },
      );
      expect(child.signal).toBe('SIGKILL');
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(fs.existsSync(encryptingFileFor(file))).toBe(true); // what it was building, left half done

      const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key: TEST_KEY });
      closers.push(() => open.close());
      expect(rowCounts(open.sqlite)).toEqual(counts);
      expect(fs.existsSync(encryptingFileFor(file))).toBe(false);
    },
  );

  it('another program’s plain database is refused before anything is written', async () => {
    const file = path.join(tempDir(), 'recipes.sqlite');
    const plain = new Database(file);
    plain.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('scones')");
    plain.close();
    const before = fs.readFileSync(file);
    const error = await openError(file, TEST_KEY);
    expect(error.problem).toBe('not_stipple');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(encryptingFileFor(file))).toBe(false);
  });
});
