// What `verify` must say about a chart database: a healthy one passes with its facts; anything
// else fails with one plain sentence, never "ok".
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApi } from './testing';
import { AUDIT_GENESIS, auditHash, deriveAuditSecret, unkeyedAuditHash } from '../db/audit-chain';
import { readMigrations } from '../db/migrate';
import { damageTable, MIGRATIONS_FOLDER, openRaw, openTestDatabase, tempDir, TEST_KEY } from '../db/testing';
import { checkAuditChain, verifyDatabaseFile } from '../db/verify';

/** A closed chart database with two clients on it. */
async function chartFile(): Promise<string> {
  const t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  await t.ok('clients.create', { firstName: 'Ada', lastName: 'Lovelace' });
  await t.ok('clients.create', { firstName: 'Grace', lastName: 'Hopper' });
  const file = t.open.file;
  t.close();
  return file;
}

const edit = (file: string, sql: string) => {
  const raw = openRaw(file);
  raw.exec(sql);
  raw.close();
};

/** Pinned: every copy of Stipple must key the chain the same way, or it could not check another's. */
const KEYED_GENESIS_HASH = 'ba7284d499daf4d45e216fb0b5c869b912db34cf2fa40276f39e0602e8666fed';

const verify = (file: string) => verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);

describe('the audit chain', () => {
  it('starts from a fixed value, so every copy of Stipple checks the same chain', () => {
    expect(AUDIT_GENESIS).toBe('stipple-audit-genesis');
    const row = {
      at: '2026-11-21T09:00:00.000Z',
      staffId: null,
      entity: 'client',
      entityId: '1',
      action: 'create',
      before: null,
      after: '{"firstName":"Ada"}',
      reason: null,
    };
    // The rule of chains from before they were keyed, which old files are still checked with.
    expect(unkeyedAuditHash(AUDIT_GENESIS, row)).toBe('803e5d04409b3bd3a4752acb17a25e155546ba5a0fc7f477f4708c34e750dc1f');
    // Keyed: the same body under HMAC-SHA256 with the secret derived from the database key.
    expect(auditHash(deriveAuditSecret(TEST_KEY), AUDIT_GENESIS, row)).toBe(KEYED_GENESIS_HASH);
    expect(auditHash(deriveAuditSecret('a5'.repeat(32)), AUDIT_GENESIS, row)).not.toBe(KEYED_GENESIS_HASH);
  });

  it('covers every part of an entry: changing any one changes the hash', () => {
    const row = {
      at: '2026-11-21T09:00:00.000Z',
      staffId: 3,
      entity: 'client',
      entityId: '1',
      action: 'update',
      before: '{}',
      after: '{}',
      reason: 'x',
    };
    const secret = deriveAuditSecret(TEST_KEY);
    const hash = auditHash(secret, 'prev', row);
    const variants = [
      auditHash(secret, 'other', row),
      auditHash(secret, 'prev', { ...row, at: '2026-11-21T09:00:00.001Z' }),
      auditHash(secret, 'prev', { ...row, staffId: 4 }),
      auditHash(secret, 'prev', { ...row, entity: 'session' }),
      auditHash(secret, 'prev', { ...row, entityId: '2' }),
      auditHash(secret, 'prev', { ...row, action: 'archive' }),
      auditHash(secret, 'prev', { ...row, before: null }),
      auditHash(secret, 'prev', { ...row, after: null }),
      auditHash(secret, 'prev', { ...row, reason: null }),
    ];
    expect(new Set([hash, ...variants]).size).toBe(variants.length + 1);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('links the first entry of a new database to that starting value', async () => {
    const raw = openRaw(await chartFile(), { readonly: true });
    expect(raw.prepare('SELECT prev_hash FROM audit_log ORDER BY id LIMIT 1').pluck().get()).toBe(AUDIT_GENESIS);
    const check = checkAuditChain(raw);
    expect(check).toMatchObject({
      ok: true,
      keyed: true,
      entries: raw.prepare('SELECT count(*) FROM audit_log').pluck().get(),
      problem: null,
    });
    raw.close();
  });
});

describe('verify', () => {
  it('passes a healthy chart database, with its counts, schema version and audit entries', async () => {
    const file = await chartFile();
    const r = verify(file);
    const known = readMigrations(MIGRATIONS_FOLDER).length;
    expect(r).toMatchObject({
      file,
      ok: true,
      problems: [],
      integrity: 'ok',
      schema: { applied: known, known, pending: 0, newerThanApp: false },
    });
    expect(r.counts.clients).toBe(2);
    expect(r.audit.ok).toBe(true);
    expect(r.audit.entries).toBe(r.counts.audit_log);
  });

  it('tells a person watching what it is doing, step by step, each step finished', async () => {
    const file = await chartFile();
    const seen: { step: string; done: number; total: number }[] = [];
    expect(verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY, (p) => seen.push(p)).ok).toBe(true);
    const steps = [...new Set(seen.map((p) => p.step))];
    expect(steps).toEqual([
      'Checking the file holds only what Stipple puts in it',
      'Checking the file is intact',
      'Checking the size of its records',
      'Checking the links between records',
      'Counting the records',
      'Checking the audit trail',
      'Comparing the records with the audit trail',
      'Checking the photos',
      'Checking the signed documents',
    ]);
    for (const step of steps) {
      const last = seen.filter((p) => p.step === step).at(-1)!;
      expect(last.done).toBe(last.total);
    }
  });

  it('fails a chain whose links were changed, saying the database was edited outside Stipple', async () => {
    const file = await chartFile();
    edit(file, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET prev_hash = 'x' WHERE id = 2;");
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit).toMatchObject({
      ok: false,
      entries: 2,
      problem: 'audit entry 2 does not follow the entry before it (an entry was removed or changed)',
    });
    expect(r.problems).toContain(
      'The audit trail is broken: audit entry 2 does not follow the entry before it (an entry was removed or changed). The database was edited outside Stipple.',
    );
  });

  it('fails a chain with its newest entries cut off, naming them', async () => {
    const file = await chartFile();
    const raw = openRaw(file);
    const last = raw.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    raw.exec(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > ${last - 2};`);
    raw.exec(
      "CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
    );
    raw.close();
    expect(verify(file).audit).toMatchObject({
      ok: false,
      problem: `the newest audit entries (after ${last - 2}, up to ${last}) were removed`,
    });
  });

  it('fails a chain whose guards were removed, naming both', async () => {
    const file = await chartFile();
    edit(file, 'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit).toMatchObject({
      ok: false,
      problem: "the audit log's protection was removed (audit_log_no_update, audit_log_no_delete missing)",
    });
  });

  const refusedOnly = (r: ReturnType<typeof verify>, problem: string | RegExp) => {
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(problem);
    expect(r.audit).toEqual({ ok: false, entries: 0, problem: 'not checked' });
    expect(r.counts).toEqual({});
    if (!/is damaged|could not be checked|another program/.test(r.problems[0]!)) {
      // Refused before SQLite looked at it: nothing about its contents is claimed.
      expect(r.integrity).toBe('not checked');
      expect(r.schema).toEqual({ applied: 0, known: 0, pending: 0, newerThanApp: false });
    }
  };

  it('leaves no file open behind it, good file or bad', async () => {
    if (!fs.existsSync('/proc/self/fd')) return; // counted where the system shows a process its open files
    const good = await chartFile();
    const text = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(text, 'not a database');
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) {
      verify(good);
      verify(text);
    }
    expect(open()).toBe(before);
  });

  it('fails a folder', () => {
    const dir = tempDir();
    refusedOnly(verify(dir), `${dir} is a folder, not a database file.`);
  });

  it('fails a missing file and a file that is not SQLite', () => {
    const dir = tempDir();
    refusedOnly(verify(path.join(dir, 'gone.sqlite')), /gone\.sqlite does not exist\.$/);
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'SQLite format 2 and some notes');
    refusedOnly(verify(text), /not a Stipple database \(it is not a SQLite file at all\)\.$/);
  });

  it('fails a file with a SQLite header and nothing behind it', () => {
    const file = path.join(tempDir(), 'stub.sqlite');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(84, 0xff)]));
    refusedOnly(verify(file), /could not be checked|cannot be opened|is damaged/);
  });

  it('fails a damaged file, saying what SQLite found', async () => {
    const file = await chartFile();
    // An index that no longer matches its table: SQLite's integrity check lists what is wrong. The
    // index is built over another column and its definition then put back, so the schema is ours.
    const setIndexSql = (sql: string) => {
      const raw = openRaw(file);
      raw.unsafeMode(true);
      raw.pragma('writable_schema = ON');
      raw.prepare("UPDATE sqlite_master SET sql = ? WHERE name = 'clients_search_last_idx'").run(sql);
      raw.close();
    };
    const probe = openRaw(file, { readonly: true });
    const original = probe.prepare("SELECT sql FROM sqlite_master WHERE name = 'clients_search_last_idx'").pluck().get() as string;
    probe.close();
    setIndexSql('CREATE INDEX clients_search_last_idx ON clients (first_name)');
    edit(file, 'REINDEX clients_search_last_idx');
    setIndexSql(original);
    const r = verify(file);
    refusedOnly(r, `${file} is damaged: row 1 missing from index clients_search_last_idx.`);
    expect(r.integrity).toMatch(/^row 1 missing from index clients_search_last_idx; /);
  });

  it('fails a file whose pages are scribbled over, without stopping', async () => {
    const file = await chartFile();
    // Enough clients that their table spans pages below its root.
    edit(
      file,
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO clients (first_name, last_name) SELECT 'Client ' || i, printf('%.200c', 'x') FROM n",
    );
    damageTable(file, 'clients');
    // Encrypted pages that no longer decrypt are found by the integrity check itself.
    refusedOnly(verify(file), new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged: `));
  });

  it('fails a database of another program', () => {
    const file = path.join(tempDir(), 'other.sqlite');
    edit(file, 'CREATE TABLE notes (a)');
    refusedOnly(verify(file), /is a database of another program, not a Stipple chart database\.$/);
  });

  it('fails a database written by a newer version of Stipple', async () => {
    const file = await chartFile();
    edit(file, "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)");
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.schema.newerThanApp).toBe(true);
    expect(r.problems).toEqual([`${file} was written by a newer version of Stipple; update Stipple to use it.`]);
  });

  it('fails a database with updates this version does not know', async () => {
    const file = await chartFile();
    edit(file, "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('made-elsewhere', 1)");
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.schema.newerThanApp).toBe(false);
    expect(r.problems).toEqual([`${file} has database updates that this version of Stipple does not recognise.`]);
  });

  it('fails records pointing at records that do not exist, counting them', async () => {
    const file = await chartFile();
    edit(
      file,
      "PRAGMA foreign_keys = OFF; INSERT INTO sessions (client_id, kind, number, status) VALUES (9999, 'course', 1, 'booked'), (9998, 'course', 1, 'booked');",
    );
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      '2 record(s) point at records that do not exist (first in sessions → clients).',
      // Written with SQL, not through the app: no audit entry vouches for them.
      'Session 1 of client 9999 was added outside Stipple.',
      'Session 2 of client 9998 was added outside Stipple.',
    ]);
  });

  it('accepts the questionnaire the migrations seed, before its first entry, only while it holds what they wrote', async () => {
    const open = await openTestDatabase(); // the migrations alone: no start-up has recorded the seed yet
    const file = open.file;
    open.close();
    expect(verify(file).problems).toEqual([]);
    // One question's wording changed with SQL (its guard dropped first): no entry vouches for it.
    edit(
      file,
      `DROP TRIGGER clinic_documents_never_edited;
       UPDATE clinic_documents SET questions = replace(questions, 'Diabetes?', 'Diabetes (type 1 only)?')
        WHERE kind = 'questionnaire' AND version = 1`,
    );
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(['Clinic document 1 was added outside Stipple.']);
  });
});
