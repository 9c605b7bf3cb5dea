// The clinic's rules for `verify` on the audit trail and the heads written beside backups, checked
// in-process on real encrypted files (the same checks also run on a worker thread for the app).
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillClinic } from '../tests/fixtures/clinic';
import { writeAudit } from './audit';
import { testApi } from './testing';
import { AUDIT_GENESIS, CHAIN_TABLE, deriveAuditSecret, sealEntry, unkeyedAuditHash, type AuditRow } from '../db/audit-chain';
import { headFileFor } from '../db/backup-head';
import { openForReading } from '../db/cipher';
import { AUDITED_TABLES } from '../db/audited-tables';
import { backupDatabase } from '../db/backup';
import { backupFolderFor } from '../db/location';
import { MIGRATIONS_FOLDER, openRaw, openTestDatabase, tempDir, TEST_KEY, AUDIT_NO_UPDATE_SQL } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import type { Progress } from '../db/progress';

const NOW = new Date('2026-11-21T09:00:00.000Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const verify = (file: string) => verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
const SECRET = deriveAuditSecret(TEST_KEY);

function withRaw<T>(file: string, work: (raw: Database.Database) => T): T {
  const raw = openRaw(file);
  try {
    return work(raw);
  } finally {
    raw.close();
  }
}

const ENTRY_COLUMNS = 'id, at, staff_id AS staffId, entity, entity_id AS entityId, action, before, after, reason';

/**
 * What someone holding the key could do: change an entry's reason and recompute every hash from it
 * on with the keyed rule, so the trail alone still checks out.
 */
function rewriteEntry(raw: Database.Database, id: number, reason: string): void {
  raw.exec('DROP TRIGGER audit_log_no_update');
  raw.prepare('UPDATE audit_log SET reason = ? WHERE id = ?').run(reason, id);
  const rows = raw.prepare(`SELECT ${ENTRY_COLUMNS} FROM audit_log ORDER BY id`).all() as AuditRow[];
  const update = raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ?, salt = ?, content_hash = ? WHERE id = ?');
  let prev = AUDIT_GENESIS;
  for (const { id: rowId, ...body } of rows) {
    const sealed = sealEntry(SECRET, prev, body);
    update.run(prev, sealed.hash, sealed.salt, sealed.contentHash, rowId);
    prev = sealed.hash;
  }
  raw.exec(AUDIT_NO_UPDATE_SQL);
}

/** An entry written as Stipple writes one (keyed, chained), at `at`. */
function appendEntry(file: string, at: Date, entry: { entity: string; entityId: string; action: string; reason?: string }): void {
  withRaw(file, (raw) => raw.transaction(() => writeAudit({ sqlite: raw, actorId: null, now: () => at }, entry))());
}

const appendRestore = (file: string, at: Date) =>
  appendEntry(file, at, { entity: 'database', entityId: 'main', action: 'restore', reason: 'Restored a backup' });

const headOf = (backup: string) => JSON.parse(fs.readFileSync(headFileFor(backup), 'utf8')) as { id: number; at: string };

/** A decrypted copy of `file`, as someone with the key could make outside Stipple. */
function decryptedCopy(file: string, name = 'decrypted.sqlite'): string {
  const plain = path.join(tempDir(), name);
  withRaw(file, (raw) => raw.prepare('VACUUM INTO ?').run(plain));
  withRaw(plain, (raw) => {
    raw.pragma('journal_mode = DELETE');
    raw.pragma("rekey = ''");
  });
  return plain;
}

const broken = (problem: string) => `The audit trail is broken: ${problem}. The database was edited outside Stipple.`;

describe('a keyed trail', () => {
  it('in a decrypted file fails verify with that sentence', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const file = t.open.file;
    t.close();
    const r = verify(decryptedCopy(file));
    const problem = 'the audit trail is keyed but the file is not encrypted: it was decrypted outside Stipple';
    expect(r.ok).toBe(false);
    expect(r.audit).toEqual({ ok: false, entries: 0, keyed: true, problem });
    expect(r.tampered).toEqual([broken(problem)]);
    expect(r.problems).toContain(broken(problem));
  });

  it('that verifies clean carries no note about the old rule', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const file = t.open.file;
    t.close();
    const r = verify(file);
    expect(r).toMatchObject({ ok: true, problems: [], audit: { ok: true, keyed: true } });
    expect(r.audit.note).toBeUndefined();
  });

  it('that is broken fails without a note about the old rule', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const file = t.open.file;
    t.close();
    withRaw(file, (raw) => {
      raw.exec('DROP TRIGGER audit_log_no_update');
      raw.prepare("UPDATE audit_log SET reason = 'laundered?' WHERE id = 2").run();
      raw.exec(AUDIT_NO_UPDATE_SQL);
    });
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit).toMatchObject({ ok: false, keyed: true, problem: 'audit entry 2 was changed after it was written' });
    expect(r.audit.note).toBeUndefined();
  });

  it('of a new database with no entries yet verifies clean, and so does its backup', async () => {
    const open = await openTestDatabase();
    const entries = open.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const b = await backupDatabase(open.sqlite, backupFolderFor(open.file), NOW);
    const file = open.file;
    open.close();
    expect(entries).toBe(0);
    for (const f of [file, b.file]) {
      const r = verify(f);
      expect(r.problems).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.audit).toMatchObject({ ok: true, entries: 0, problem: null });
      expect(r.audit.note).toBeUndefined();
    }
  });
});

describe('a plain file from before the trail was keyed', () => {
  /** A decrypted clinic whose trail is hashed with the old, unkeyed rule, as the last version left it. */
  async function unkeyedPlainFile(): Promise<string> {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const file = t.open.file;
    t.close();
    withRaw(file, (raw) => {
      raw.exec('DROP TRIGGER audit_log_no_update');
      raw.exec('UPDATE audit_log SET salt = NULL, content_hash = NULL');
      const rows = raw.prepare(`SELECT ${ENTRY_COLUMNS} FROM audit_log ORDER BY id`).all() as AuditRow[];
      const update = raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
      let prev = AUDIT_GENESIS;
      for (const { id, ...body } of rows) {
        const hash = unkeyedAuditHash(prev, body);
        update.run(prev, hash, id);
        prev = hash;
      }
      raw.exec(AUDIT_NO_UPDATE_SQL);
      raw.exec(`DROP TABLE "${CHAIN_TABLE}"`);
    });
    const plain = decryptedCopy(file, 'old-plain.sqlite');
    return plain;
  }

  it('is not checked against a head file lying beside it (it has no key to check one with)', async () => {
    const plain = await unkeyedPlainFile();
    fs.writeFileSync(headFileFor(plain), JSON.stringify({ format: 'stipple-audit-head', version: 1, id: 1, hash: 'x', mac: 'y' }));
    const r = verify(plain);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ ok: true, audit: { ok: true, keyed: false, problem: null } });
  });

  it('with no entries at all carries no note: there is no trail to have been checked with the old rule', async () => {
    const open = await openTestDatabase();
    const file = open.file;
    open.close();
    const plain = decryptedCopy(file, 'empty-plain.sqlite');
    withRawPlain(plain, (db) => db.exec(`DROP TABLE "${CHAIN_TABLE}"`));
    const r = verify(plain);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ ok: true, audit: { ok: true, entries: 0, keyed: false, problem: null } });
    expect(r.audit.note).toBeUndefined();
  });

  it('with a broken trail fails without the note about the old rule', async () => {
    const plain = await unkeyedPlainFile();
    withRawPlain(plain, (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET reason = 'laundered?' WHERE id = 3").run();
      db.exec(AUDIT_NO_UPDATE_SQL);
    });
    const r = verify(plain);
    expect(r.ok).toBe(false);
    expect(r.audit).toMatchObject({ ok: false, keyed: false, problem: 'audit entry 3 was changed after it was written' });
    expect(r.audit.note).toBeUndefined();
  });
});

/** A connection to a plain (unencrypted) file, as an old backup is. */
function withRawPlain<T>(file: string, work: (db: Database.Database) => T): T {
  const db = openForReading(file, TEST_KEY);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

describe('the head written beside a backup', () => {
  it('names an entry of the backup rewritten with the key', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const b = await backupDatabase(t.open.sqlite, backupFolderFor(t.open.file), NOW);
    t.close();
    const head = headOf(b.file);
    withRaw(b.file, (raw) => rewriteEntry(raw, head.id, 'rewritten'));
    const r = verify(b.file);
    const problem = `audit entry ${head.id} is not the one recorded in the head written beside the backup`;
    expect(r.ok).toBe(false);
    expect(r.audit).toMatchObject({ ok: false, keyed: true, problem });
    expect(r.tampered).toEqual([broken(problem)]);
  });

  it('names entries added to the backup after it was made', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const b = await backupDatabase(t.open.sqlite, backupFolderFor(t.open.file), NOW);
    t.close();
    const head = headOf(b.file);
    appendEntry(b.file, hours(1), { entity: 'database', entityId: 'main', action: 'note', reason: 'slipped in' });
    const r = verify(b.file);
    const problem = `audit entries after ${head.id} were added after the backup was made`;
    expect(r.ok).toBe(false);
    expect(r.audit).toMatchObject({ ok: false, problem });
    expect(r.tampered).toEqual([broken(problem)]);
  });
});

describe("the live database against its newest backup's head", () => {
  /** A clinic with a backup named at `backupAt` whose head entry was then rewritten in the live trail. */
  async function rewrittenSinceBackup(backupAt: Date): Promise<{ file: string; backup: string; headId: number }> {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const b = await backupDatabase(t.open.sqlite, backupFolderFor(t.open.file), backupAt);
    const file = t.open.file;
    t.close();
    const headId = headOf(b.file).id;
    withRaw(file, (raw) => rewriteEntry(raw, headId, 'rewritten'));
    return { file, backup: b.file, headId };
  }

  const missing = (headId: number, backup: string) =>
    `audit entry ${headId}, in the trail when the backup ${backup} was made, is missing or changed: entries were removed or rewritten`;

  it('fails a live database whose newest backup’s head entry was rewritten', async () => {
    const { file, backup, headId } = await rewrittenSinceBackup(hours(1));
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit).toMatchObject({ ok: false, keyed: true, problem: missing(headId, backup) });
    expect(r.tampered).toEqual([broken(missing(headId, backup))]);
  });

  it('holds a backup made after the last restore against the trail', async () => {
    const { file, backup, headId } = await rewrittenSinceBackup(hours(2));
    appendRestore(file, hours(-1)); // before the backup and before its head entry
    expect(verify(file).audit).toMatchObject({ ok: false, problem: missing(headId, backup) });
  });

  it('does not hold a backup made before the last restore against the trail', async () => {
    // The head entry itself is newer than the restore (a clock set back): the backup's date decides.
    const { file } = await rewrittenSinceBackup(hours(-2));
    appendRestore(file, hours(-1));
    const r = verify(file);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ ok: true, audit: { ok: true, problem: null } });
  });

  it('does not hold a backup made at the moment of the last restore against the trail', async () => {
    const { file } = await rewrittenSinceBackup(hours(-1));
    appendRestore(file, hours(-1));
    expect(verify(file)).toMatchObject({ ok: true, problems: [], audit: { ok: true, problem: null } });
  });

  it('does not hold a backup whose trail ends before the last restore against the trail, whatever its date', async () => {
    const { file } = await rewrittenSinceBackup(hours(2));
    appendRestore(file, hours(1));
    expect(verify(file)).toMatchObject({ ok: true, problems: [], audit: { ok: true, problem: null } });
  });

  it('does not hold a backup whose trail ends at the moment of the last restore against the trail', async () => {
    const { file } = await rewrittenSinceBackup(hours(2));
    appendRestore(file, NOW);
    expect(verify(file)).toMatchObject({ ok: true, problems: [], audit: { ok: true, problem: null } });
  });

  it('searches the second backup folder from Settings too, newest backup first', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 1);
    const second = tempDir('stipple-second-');
    await t.ok('settings.update', { backupFolder: second });
    const newest = await backupDatabase(t.open.sqlite, second, hours(2));
    const file = t.open.file;
    t.close();
    const headId = headOf(newest.file).id;
    withRaw(file, (raw) => rewriteEntry(raw, headId, 'rewritten'));
    // An older backup beside the database, made after the rewrite: its head is in the trail.
    const live = openRaw(file);
    const older = await backupDatabase(live, backupFolderFor(file), hours(1));
    live.close();
    expect(fs.existsSync(headFileFor(older.file))).toBe(true);
    const r = verify(file);
    expect(r.ok).toBe(false);
    expect(r.audit.problem).toBe(missing(headId, newest.file));
  });
});

describe('the progress of comparing the records with the trail', () => {
  it('counts every chart record it will visit, and ends at that count', async () => {
    const t = await testApi(() => NOW);
    await fillClinic(t, 2);
    const file = t.open.file;
    t.close();
    const steps: Progress[] = [];
    const r = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY, (p) => steps.push(p));
    expect(r.ok).toBe(true);
    const comparing = steps.filter((p) => p.step === 'Comparing the records with the audit trail');
    expect(comparing.length).toBeGreaterThanOrEqual(2);
    // Every record of the audited tables, and every session: what the bar counts up to.
    const total = AUDITED_TABLES.reduce((n, t) => n + (r.counts[t.table] ?? 0), 0) + r.counts.sessions!;
    expect(r.counts.sessions).toBeGreaterThan(0);
    expect(comparing[0]).toEqual({ step: 'Comparing the records with the audit trail', done: 0, total });
    expect(comparing.at(-1)).toEqual({ step: 'Comparing the records with the audit trail', done: total, total });
  });
});
