// What opening a chart database promises, beyond db/open.test.ts: the exact words of each refusal,
// folders and empty files, and the backup made before an update.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from './errors';
import { readMigrations, runMigrations } from './migrate';
import { openDatabase, STIPPLE_APPLICATION_ID } from './open';
import { MIGRATIONS_FOLDER, openRaw, tempDir, TEST_KEY } from './testing';

const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const open = async (file: string, over: Record<string, unknown> = {}) => {
  const o = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER, ...over });
  opened.push(o);
  return o;
};
const refusal = (file: string, over: Record<string, unknown> = {}) =>
  openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER, ...over }).then(
    () => {
      throw new Error('opened');
    },
    (e: unknown) => e as DatabaseOpenError,
  );

describe('opening a chart database', () => {
  it('marks a new database as Stipple’s', async () => {
    const o = await open(path.join(tempDir(), 'new', 'chart.sqlite'));
    expect(o.sqlite.pragma('application_id', { simple: true })).toBe(STIPPLE_APPLICATION_ID);
    expect(STIPPLE_APPLICATION_ID).toBe(0x53545050); // 'STPP'
    expect(o.integrity).toMatchObject({ status: 'ok', message: null });
    expect(o.integrity.ensure()).toBe('ok');
  });

  it('makes an empty file into a new database', async () => {
    const file = path.join(tempDir(), 'empty.sqlite');
    fs.writeFileSync(file, '');
    const o = await open(file);
    expect(o.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    expect(o.preMigrationBackup).toBeNull();
  });

  it('refuses a folder, in words', async () => {
    const dir = tempDir();
    const e = await refusal(dir);
    expect(e).toBeInstanceOf(DatabaseOpenError);
    expect(e.problem).toBe('not_stipple');
    expect(e.message).toBe(`${dir} is a folder, not a Stipple database.`);
  });

  it('refuses a file that is not SQLite, in words', async () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'shopping list');
    expect((await refusal(file)).message).toBe(
      `${file} is not a Stipple database (it is not a SQLite file at all). It was left untouched.`,
    );
  });

  it('refuses another program’s database, and one from a newer Stipple, in words', async () => {
    const other = path.join(tempDir(), 'other.sqlite');
    openRaw(other).exec('CREATE TABLE recipes (name TEXT)');
    expect((await refusal(other)).message).toBe(
      `${other} is a database of another program, not a Stipple chart database. It was left untouched.`,
    );
    const newer = path.join(tempDir(), 'newer.sqlite');
    (await openDatabase(newer, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER })).close();
    openRaw(newer).exec("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 99999999999999)");
    const e = await refusal(newer);
    expect(e.problem).toBe('newer_version');
    expect(e.message).toBe(`${newer} was written by a newer version of Stipple. Update Stipple to open it; the file was left untouched.`);
  });

  it('refuses a database with updates it does not know, in words', async () => {
    const file = path.join(tempDir(), 'odd.sqlite');
    (await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER })).close();
    openRaw(file).exec("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('elsewhere', 1)");
    const e = await refusal(file);
    expect(e.problem).toBe('unrecognised_updates');
    expect(e.message).toMatch(
      /does not recognise, so it was left untouched\. Open it with the version of Stipple that last used it, or restore the latest backup\.$/,
    );
  });

  it('backs an older database up before updating it: into backups/ beside it, or the folder given', async () => {
    const make = () => {
      const file = path.join(tempDir(), 'old.sqlite');
      const old = openRaw(file);
      runMigrations(old, readMigrations(MIGRATIONS_FOLDER).slice(0, 1));
      old.pragma(`application_id = ${STIPPLE_APPLICATION_ID}`);
      old.exec("INSERT INTO clients (first_name, last_name) VALUES ('Old', 'Client')");
      old.close();
      return file;
    };
    const file = make();
    const o = await open(file);
    expect(path.dirname(o.preMigrationBackup!)).toBe(path.join(path.dirname(file), 'backups'));
    expect(path.basename(o.preMigrationBackup!)).toMatch(/^pre-migration-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/);
    const copy = openRaw(o.preMigrationBackup!, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(1);
    expect(copy.prepare('SELECT first_name FROM clients').pluck().get()).toBe('Old');
    copy.close();
    const elsewhere = path.join(tempDir(), 'kept');
    const o2 = await open(make(), { backupFolder: elsewhere });
    expect(path.dirname(o2.preMigrationBackup!)).toBe(elsewhere);
    expect(o2.sqlite.pragma('application_id', { simple: true })).toBe(STIPPLE_APPLICATION_ID);
  });

  it('can be closed twice', async () => {
    const o = await openDatabase(path.join(tempDir(), 'chart.sqlite'), { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    o.close();
    expect(() => o.close()).not.toThrow();
    expect(o.sqlite.open).toBe(false);
  });
});
