// What `verify` says about a file that is not a healthy Stipple database, checked in-process on
// real files: the one plain sentence a person sees, and that nothing more of the file is read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApi } from './testing';
import { readMigrations, runMigrations } from '../db/migrate';
import { MIGRATIONS_FOLDER, openRaw, tempDir, TEST_KEY } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';

const verify = (file: string) => verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);

async function chartFile(): Promise<string> {
  const t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  await t.ok('clients.create', { firstName: 'Ada', lastName: 'Lovelace' });
  const file = t.open.file;
  t.close();
  return file;
}

const edit = (file: string, sql: string) => {
  const raw = openRaw(file);
  raw.exec(sql);
  raw.close();
};

describe('verify refuses a file whose schema is not Stipple’s', () => {
  it('names a view added to it, with that sentence only, and reads nothing more', async () => {
    const file = await chartFile();
    edit(file, 'CREATE VIEW spy AS SELECT 1');
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      `${file} holds things a Stipple database never has (a view “spy”), so Stipple did not read it further. It was edited outside Stipple or made to attack it.`,
    ]);
    expect(r.schema).toEqual({ applied: 0, known: 0, pending: 0, newerThanApp: false });
    expect(r.integrity).toBe('not checked');
  });

  it('names a table missing from it, with its schema version', async () => {
    const file = await chartFile();
    edit(file, 'DROP TABLE drafts');
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([`${file} is missing part of a Stipple database (the table “drafts”). Stipple did not read it further.`]);
    expect(r.schema.applied).toBeGreaterThan(0);
    expect(r.schema.pending).toBe(0);
    expect(r.integrity).toBe('not checked');
  });

  it('reads nothing more of a file written by a newer version of Stipple', async () => {
    const file = await chartFile();
    edit(file, "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)");
    const r = verify(file);
    expect(r.problems).toEqual([`${file} was written by a newer version of Stipple; update Stipple to use it.`]);
    expect(r.integrity).toBe('not checked');
    expect(r.counts).toEqual({});
    expect(r.audit).toEqual({ ok: false, entries: 0, problem: 'not checked' });
  });
});

describe('verify of a file SQLite cannot read the list of tables of', () => {
  it('says it is damaged, with what SQLite found', async () => {
    const file = await chartFile();
    // A plain copy (as an old backup is) whose first page, past its header, is scribbled over.
    const plain = path.join(tempDir(), 'scribbled.sqlite');
    const raw = openRaw(file);
    raw.prepare('VACUUM INTO ?').run(plain);
    raw.close();
    const p = openRaw(plain);
    p.pragma('journal_mode = DELETE');
    p.pragma("rekey = ''");
    p.close();
    const bytes = fs.readFileSync(plain);
    bytes.fill(0xa5, 100, 4096);
    fs.writeFileSync(plain, bytes);
    const r = verify(plain);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([`${plain} is damaged: its list of tables cannot be read (database disk image is malformed).`]);
  });
});

describe('verify of an encrypted backup from an older Stipple', () => {
  /** A database as the first version of Stipple left it: its first update only, encrypted, with a client. */
  function firstVersionFile(): string {
    const file = path.join(tempDir(), 'first-version.sqlite');
    const old = openRaw(file);
    runMigrations(old, readMigrations(MIGRATIONS_FOLDER).slice(0, 1));
    old.pragma('application_id = 0x53545050');
    old.exec("INSERT INTO clients (id, first_name, last_name) VALUES (1, 'Old', 'Version')");
    old.close();
    return file;
  }

  it('passes: it is not missing the trail’s guards it never had, nor is its unkeyed trail taken for rewritten', () => {
    const file = firstVersionFile();
    const r = verify(file);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.schema).toMatchObject({ applied: 1, pending: readMigrations(MIGRATIONS_FOLDER).length - 1 });
    expect(r.audit).toMatchObject({ ok: true, keyed: false, problem: null });
    // Its records are compared once a restore has brought it up to date.
    expect(r.rows).toBeUndefined();
  });
});

describe('verify of records changed outside Stipple', () => {
  it('names the first twenty and counts the rest in one sentence', async () => {
    const t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
    for (let i = 0; i < 23; i++) await t.ok('clients.create', { firstName: `Client${i}`, lastName: 'Lee' });
    const file = t.open.file;
    t.close();
    edit(file, "UPDATE clients SET notes = 'edited outside'");
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.tampered).toHaveLength(21);
    expect(r.tampered.at(-1)).toBe('… and 3 more record(s) changed, added or removed outside Stipple.');
  });
});

describe('verify of a record far larger than Stipple writes', () => {
  it('says so, and reads the file no further', async () => {
    const file = await chartFile();
    edit(file, `UPDATE clients SET notes = printf('%.${33 * 1024 * 1024}c', 'x')`);
    const r = verify(file);
    expect(r.problems).toEqual([
      `${file} holds a record of 33 MB in “clients”; Stipple never writes one larger than 32 MB, so it did not read it further.`,
    ]);
    expect(r.counts).toEqual({});
  });
});

describe('verify with a SQLite binding that cannot be loaded', () => {
  it('says the file cannot be opened, and why', async () => {
    const file = await chartFile();
    const nativeBinding = path.join(tempDir(), 'no-such-binding.node');
    const r = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY, undefined, { nativeBinding });
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.startsWith(`${file} cannot be opened: Cannot find module '${nativeBinding}'`)).toBe(true);
  });
});
