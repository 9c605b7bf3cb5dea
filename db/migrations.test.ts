import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '../core/clinic-documents';
import { openDatabase } from './open';
import { DatabaseOpenError } from './errors';
import { migrationState, readMigrations, runMigrations } from './migrate';
import { MIGRATIONS_FOLDER, tempDir, TEST_KEY, openRaw } from './testing';

const ROOT = path.resolve(path.dirname(MIGRATIONS_FOLDER), '..');

/** A chart's worth of rows, written with plain SQL so it works on the first schema version. */
function fillChart(db: Database.Database): void {
  db.exec(`
    INSERT INTO staff (id, name, role) VALUES (1, 'Jo', 'practitioner');
    INSERT INTO clients (id, first_name, last_name, phone) VALUES (1, 'Sam', 'Okafor', '0123'), (2, 'Kim', 'Lee', NULL);
    INSERT INTO intakes (client_id, answers) VALUES (1, '{}');
    INSERT INTO treatment_plans (id, client_id, quoted_sessions, price_minor, currency) VALUES (1, 1, 3, 150000, 'GBP');
    INSERT INTO sessions (id, client_id, plan_id, number, status, practitioner_id) VALUES (1, 1, 1, 1, 'performed', 1), (2, 1, 1, 2, 'performed', 1);
    INSERT INTO retention_notes (session_id, zone, rating) VALUES (2, 'crown', 'held_well'), (2, 'frontal_hairline', 'heavy_fading');
    INSERT INTO shade_changes (session_id, from_shade, to_shade, reason) VALUES (2, 'Grey 2', 'Grey 3', 'faded');
    INSERT INTO hairline_requests (client_id, raised_at_session_id, kind, request) VALUES (1, 2, 'lower_hairline', 'a little lower');
    INSERT INTO deposits (id, plan_id, session_number, amount_minor, currency) VALUES (1, 1, 3, 10000, 'GBP');
    INSERT INTO deposit_payments (deposit_id, amount_minor, method, receipt, paid_at) VALUES (1, 4000, 'card', 'R1', '2026-11-01T10:00:00Z');
  `);
}

function counts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

/** A copy of the real migrations plus a drizzle-style table rebuild of `clients`, the risky kind. */
function migrationsWithRebuild(): string {
  const folder = path.join(tempDir(), 'migrations');
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  const tag = '9999_rebuild_clients';
  // The statements drizzle-kit writes for a rebuild: new table, copy, drop, rename, indexes.
  const scratch = new Database(':memory:');
  runMigrations(scratch, readMigrations(MIGRATIONS_FOLDER));
  const create = scratch.prepare("SELECT sql FROM sqlite_master WHERE type='table' AND name='clients'").pluck().get() as string;
  const indexes = scratch
    .prepare("SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='clients' AND sql IS NOT NULL")
    .pluck()
    .all() as string[];
  scratch.close();
  fs.writeFileSync(
    path.join(folder, `${tag}.sql`),
    [
      'PRAGMA foreign_keys=OFF;',
      create.replace(/^CREATE TABLE [`"]?clients[`"]?/, 'CREATE TABLE `__new_clients`').replaceAll('"clients".', '"__new_clients".'),
      'INSERT INTO `__new_clients` SELECT * FROM `clients`;',
      'DROP TABLE `clients`;',
      'ALTER TABLE `__new_clients` RENAME TO `clients`;',
      ...indexes,
      'PRAGMA foreign_keys=ON;',
    ].join('--> statement-breakpoint\n'),
  );
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

/** A copy of the real migrations with `extra` appended to the journal in this order. */
function migrationsPlus(extra: { tag: string; when: number; sql: string }[]): string {
  const folder = path.join(tempDir(), 'migrations');
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  for (const [i, m] of extra.entries()) {
    fs.writeFileSync(path.join(folder, `${m.tag}.sql`), m.sql);
    journal.entries.push({ ...last, idx: last.idx + 1 + i, when: m.when, tag: m.tag });
  }
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

/** Two migrations made on two branches: `b` was released first, `a` (timestamped earlier) merged after it. */
function branchMigrations() {
  const newest = readMigrations(MIGRATIONS_FOLDER).at(-1)!.folderMillis;
  return {
    a: { tag: '0098_branch_a', when: newest + 1000, sql: 'CREATE TABLE branch_a (id INTEGER PRIMARY KEY);' },
    b: { tag: '0099_branch_b', when: newest + 2000, sql: 'CREATE TABLE branch_b (id INTEGER PRIMARY KEY);' },
  };
}

const tableNames = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];

describe('migrations', () => {
  it('match schema.ts: drizzle-kit finds nothing left to generate', () => {
    const out = path.join(tempDir(), 'migrations');
    fs.cpSync(MIGRATIONS_FOLDER, out, { recursive: true });
    const before = fs.readdirSync(out).sort();
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'drizzle-kit', 'bin.cjs'),
        'generate',
        '--dialect',
        'sqlite',
        '--schema',
        path.join(ROOT, 'db', 'schema.ts'),
        '--out',
        out,
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    expect(fs.readdirSync(out).sort()).toEqual(before);
  });

  it('give sessions booked before lengths existed the default for their kind', () => {
    const all = readMigrations(MIGRATIONS_FOLDER);
    const db = new Database(':memory:');
    const lengths = all.findIndex((m) => m.sql.some((s) => s.includes('length_minutes')));
    runMigrations(db, all.slice(0, lengths));
    fillChart(db);
    db.exec(`
      INSERT INTO treatment_plans (id, client_id, kind, quoted_sessions, price_minor, currency) VALUES (2, 2, 'touch_up', 1, 0, 'GBP');
      INSERT INTO sessions (id, client_id, plan_id, kind, number, status, booked_for) VALUES
        (3, 1, 1, 'course', 3, 'booked', '2026-12-01T10:00:00.000Z'), (4, 2, 2, 'touch_up', 1, 'booked', '2026-12-02T10:00:00.000Z');
    `);
    runMigrations(db, all.slice(lengths));
    expect(db.prepare('SELECT id, length_minutes AS minutes FROM sessions ORDER BY id').all()).toEqual([
      { id: 1, minutes: 240 },
      { id: 2, minutes: 180 },
      { id: 3, minutes: 180 },
      { id: 4, minutes: 120 },
    ]);
    db.close();
  });

  it('leave every session booked before rooms existed without a room, and keep a room in use from being deleted', () => {
    const all = readMigrations(MIGRATIONS_FOLDER);
    const db = new Database(':memory:');
    const rooms = all.findIndex((m) => m.sql.some((s) => s.includes('CREATE TABLE `rooms`')));
    runMigrations(db, all.slice(0, rooms));
    fillChart(db);
    db.exec(
      `INSERT INTO sessions (id, client_id, plan_id, number, status, booked_for) VALUES (3, 1, 1, 3, 'booked', '2026-12-01T10:00:00.000Z')`,
    );
    runMigrations(db, all.slice(rooms));
    expect(db.prepare('SELECT id, room_id AS roomId FROM sessions ORDER BY id').all()).toEqual([
      { id: 1, roomId: null },
      { id: 2, roomId: null },
      { id: 3, roomId: null },
    ]);
    db.pragma('foreign_keys = ON');
    db.exec("INSERT INTO rooms (id, name) VALUES (1, 'Room 1'); UPDATE sessions SET room_id = 1 WHERE id = 3");
    expect(() => db.exec('DELETE FROM rooms WHERE id = 1')).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('point every intake on file at version 1 of the questionnaire, which holds the 15 questions', () => {
    const all = readMigrations(MIGRATIONS_FOLDER);
    const db = new Database(':memory:');
    const documents = all.findIndex((m) => m.sql.some((s) => s.includes('CREATE TABLE `clinic_documents`')));
    runMigrations(db, all.slice(0, documents));
    fillChart(db);
    db.exec(`INSERT INTO intakes (client_id, answers) VALUES (2, '{"diabetes":{"answer":true,"detail":"Type 2"}}')`);
    runMigrations(db, all.slice(documents));
    const v1 = db.prepare("SELECT id, version, questions FROM clinic_documents WHERE kind = 'questionnaire'").all() as {
      id: number;
      version: number;
      questions: string;
    }[];
    expect(v1).toHaveLength(1);
    expect(v1[0]!.version).toBe(1);
    expect(JSON.parse(v1[0]!.questions)).toEqual(DEFAULT_QUESTIONS);
    expect(db.prepare('SELECT client_id, questionnaire_id, answers FROM intakes ORDER BY client_id').all()).toEqual([
      { client_id: 1, questionnaire_id: v1[0]!.id, answers: '{}' },
      { client_id: 2, questionnaire_id: v1[0]!.id, answers: '{"diabetes":{"answer":true,"detail":"Type 2"}}' },
    ]);
    // The versions are never edited in place.
    expect(() => db.prepare("UPDATE clinic_documents SET title = 'x'").run()).toThrow(/never edited/);
    db.close();
  });

  it('give the clients already there their search and sort keys, in the clinic’s locale and country', () => {
    const all = readMigrations(MIGRATIONS_FOLDER);
    const db = new Database(':memory:');
    const keys = all.findIndex((m) => m.sql.some((s) => s.includes('search_first')));
    runMigrations(db, all.slice(0, keys));
    fillChart(db);
    db.exec(`
      INSERT INTO settings (key, value) VALUES ('locale', '"tr-TR"');
      INSERT INTO clients (id, first_name, last_name, phone, phone_digits, archived_at) VALUES
        (3, 'Ömer', 'Çelik', '0532 123 45 67', '05321234567', NULL),
        (4, 'Siobhán', 'Ó Briain', '+44 7700 900123', '447700900123', '2026-01-01T00:00:00.000Z'),
        (5, 'Анна', 'Иванова', NULL, NULL, NULL);
    `);
    runMigrations(db, all.slice(keys));
    const rows = db
      .prepare(
        'SELECT id, search_first, search_last, search_other, phone_digits, sort_last FROM clients ORDER BY sort_last, sort_first, id',
      )
      .all() as { id: number; search_first: string; search_last: string; search_other: string | null; phone_digits: string | null }[];
    expect(
      rows.map(({ id, search_first, search_last, search_other, phone_digits }) => ({
        id,
        search_first,
        search_last,
        search_other,
        phone_digits,
      })),
    ).toEqual([
      // Turkish order: C, Ç, … L, O; Cyrillic after Latin. The phone in the clinic's country (TR).
      { id: 3, search_first: 'omer', search_last: 'celik', search_other: null, phone_digits: '5321234567' },
      { id: 2, search_first: 'kim', search_last: 'lee', search_other: null, phone_digits: null },
      { id: 4, search_first: 'siobhan', search_last: 'obriain', search_other: 'briain', phone_digits: '447700900123' },
      { id: 1, search_first: 'sam', search_last: 'okafor', search_other: null, phone_digits: '123' },
      { id: 5, search_first: 'анна', search_last: 'иванова', search_other: null, phone_digits: null },
    ]);
    const names = db.prepare('SELECT last_name FROM clients ORDER BY sort_last, sort_first, id').pluck().all() as string[];
    expect(names).toEqual([...names].sort(new Intl.Collator('tr-TR').compare));
    db.close();
  });

  it('bring a database at every earlier version up to date with no row lost, after a backup', async () => {
    const all = readMigrations(MIGRATIONS_FOLDER);
    for (let applied = 1; applied < all.length; applied++) {
      const dir = tempDir();
      const file = path.join(dir, 'chart.sqlite');
      const old = new Database(file);
      runMigrations(old, all.slice(0, applied));
      old.pragma('application_id = 0x53545050');
      fillChart(old);
      const before = counts(old);
      old.close();

      const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
      expect(open.preMigrationBackup).not.toBeNull();
      const backup = openRaw(open.preMigrationBackup!, { readonly: true });
      expect(counts(backup)).toEqual(before);
      backup.close();
      const after = counts(open.sqlite);
      for (const [table, n] of Object.entries(before)) expect(after[table], table).toBe(n);
      expect(open.sqlite.pragma('foreign_key_check')).toEqual([]);
      open.close();
    }
  });

  it('run a migration that is missing from the database though older than the newest it has', async () => {
    const { a, b } = branchMigrations();
    const file = path.join(tempDir(), 'chart.sqlite');
    (await openDatabase(file, { key: TEST_KEY, migrationsFolder: migrationsPlus([b]) })).close();

    // The next release has both, `a` after `b` in the journal: `a` is found by its hash, not skipped
    // for its older timestamp, and runs in the order a new database gets them.
    const folder = migrationsPlus([b, a]);
    const before = openRaw(file, { readonly: true });
    expect(migrationState(before, readMigrations(folder)).pending.map((m) => m.folderMillis)).toEqual([a.when]);
    before.close();
    const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: folder });
    expect(tableNames(open.sqlite)).toEqual(expect.arrayContaining(['branch_a', 'branch_b']));
    expect(migrationState(open.sqlite, readMigrations(folder))).toMatchObject({ pending: [], unrecognised: false });
    open.close();
  });

  it('refuse, untouched, a database missing a migration that comes before one it has', async () => {
    const { a, b } = branchMigrations();
    const file = path.join(tempDir(), 'chart.sqlite');
    (await openDatabase(file, { key: TEST_KEY, migrationsFolder: migrationsPlus([b]) })).close();
    const bytes = fs.readFileSync(file);
    // A journal that puts `a` before the `b` this database already has: running `a` now would apply
    // the two in an order no new database gets.
    const error = await openDatabase(file, { key: TEST_KEY, migrationsFolder: migrationsPlus([a, b]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).problem).toBe('unrecognised_updates');
    expect((error as Error).message).toMatch(/does not recognise, so it was left untouched/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuse a database with an applied migration this build does not know, older than the newest it knows', async () => {
    const file = path.join(tempDir(), 'chart.sqlite');
    const first = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    // What a migration file edited after it was released looks like: same time, another hash.
    first.sqlite.prepare('UPDATE __drizzle_migrations SET hash = ? WHERE id = 2').run('edited-after-release');
    first.close();
    const error = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER }).catch((e: unknown) => e);
    expect((error as DatabaseOpenError).problem).toBe('unrecognised_updates');
  });

  it('survive a table rebuild of a parent table without emptying its children', async () => {
    const file = path.join(tempDir(), 'chart.sqlite');
    const first = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    fillChart(first.sqlite);
    const before = counts(first.sqlite);
    first.close();

    const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: migrationsWithRebuild() });
    expect(counts(open.sqlite)).toEqual(before);
    expect(open.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    open.close();
  });

  it('roll back entirely when a migration would leave broken links', async () => {
    const file = path.join(tempDir(), 'chart.sqlite');
    const first = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
    fillChart(first.sqlite);
    first.close();
    const folder = migrationsWithRebuild();
    fs.writeFileSync(path.join(folder, '9999_rebuild_clients.sql'), 'DELETE FROM `clients` WHERE id = 1;');
    const error = await openDatabase(file, { key: TEST_KEY, migrationsFolder: folder }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/break .* link/);
    const db = openRaw(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
    db.close();
  });
});
