// The clinic's rules for backups, checked in-process on real SQLite files: a copy that does not
// check out is never kept, and the desk is told why in one sentence.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApi } from './testing';
import { headFileFor } from '../db/backup-head';
import {
  backupDatabase,
  backupFileName,
  backupsToKeep,
  checkCopy,
  pruneBackups,
  rowCounts,
  writeVerifiedCopy,
  type BackupFile,
} from '../db/backup';
import { rememberKey } from '../db/cipher';
import { openRaw, tempDir, TEST_KEY } from '../db/testing';
import type { Progress } from '../db/progress';

const NOW = new Date('2026-11-21T09:00:00.000Z');

async function clinic() {
  const t = await testApi(() => NOW);
  await t.ok('clients.create', { firstName: 'Ada', lastName: 'Lovelace' });
  return t;
}

describe('a copy is checked before it is kept', () => {
  it('names the table whose rows differ from the database, with the count the database had', async () => {
    const t = await clinic();
    const b = await backupDatabase(t.open.sqlite, tempDir(), NOW);
    const counts = rowCounts(t.open.sqlite);
    t.close();
    const clients = counts.clients!;
    const wrong = { ...counts, clients: clients + 2 };
    expect(checkCopy(b.file, { before: wrong, after: wrong }, TEST_KEY)).toEqual({
      problem: `clients has ${clients} rows in the copy, ${clients + 2} in the database`,
      counts,
    });
    // Rows added while it was copied: the copy may hold any count in between, and no fewer.
    const during = { ...counts, clients: clients + 3 };
    expect(checkCopy(b.file, { before: wrong, after: during }, TEST_KEY)).toEqual({
      problem: `clients has ${clients} rows in the copy, ${clients + 2} to ${clients + 3} in the database`,
      counts,
    });
    const fine = checkCopy(b.file, { before: { ...counts, clients: clients - 1 }, after: wrong }, TEST_KEY);
    expect(fine.problem).toBeNull();
    expect(fine.counts).toEqual(counts);
  });

  it('says why a copy that cannot be opened is refused, and leaves no file open', async () => {
    const missing = path.join(tempDir(), 'gone.sqlite');
    expect(checkCopy(missing, { before: {}, after: {} }, TEST_KEY)).toEqual({ problem: 'the folder is missing', counts: {} });
    const t = await clinic();
    const b = await backupDatabase(t.open.sqlite, tempDir(), NOW);
    const bounds = { before: rowCounts(t.open.sqlite), after: rowCounts(t.open.sqlite) };
    t.close();
    if (!fs.existsSync('/proc/self/fd')) return; // counted where the system shows a process its open files
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) expect(checkCopy(b.file, bounds, TEST_KEY).problem).toBeNull();
    expect(open()).toBe(before);
  });

  it('does not keep a copy that never checks out, and says so', async () => {
    const t = await clinic();
    // The copy is checked with a key that does not open it: every attempt fails its check.
    rememberKey(t.open.sqlite, 'a1'.repeat(32));
    const folder = tempDir();
    const file = path.join(folder, backupFileName(NOW));
    const made = writeVerifiedCopy(t.open.sqlite, file);
    await expect(made).rejects.toMatchObject({
      name: 'BackupError',
      message: `The backup in ${folder} did not check out (file is not a database), so it was not kept.`,
    });
    rememberKey(t.open.sqlite, TEST_KEY);
    t.close();
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('says where a backup could not be written, and leaves nothing half-written', async () => {
    const t = await clinic();
    const folder = path.join(tempDir(), 'not-there');
    const made = writeVerifiedCopy(t.open.sqlite, path.join(folder, backupFileName(NOW)));
    await expect(made).rejects.toMatchObject({
      name: 'BackupError',
      message: `The backup could not be written to ${folder} (the folder is missing).`,
    });
    t.close();
    expect(fs.existsSync(folder)).toBe(false);
  });
});

describe('a backup', () => {
  it('tells a person watching that it is copying the database, from start to end', async () => {
    const t = await clinic();
    const steps: Progress[] = [];
    await backupDatabase(t.open.sqlite, tempDir(), NOW, { onProgress: (p) => steps.push(p) });
    t.close();
    expect(steps.filter((p) => p.step === 'Copying the database')).toEqual([
      { step: 'Copying the database', done: 0, total: 1 },
      { step: 'Copying the database', done: 1, total: 1 },
    ]);
  });

  it('of a plain database from before encryption, with no trail yet, is kept without a head', async () => {
    const dir = tempDir();
    const plain = new Database(path.join(dir, 'old.sqlite'));
    plain.exec("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO clients (name) VALUES ('Ada'), ('Grace');");
    const b = await backupDatabase(plain, path.join(dir, 'backups'), NOW);
    plain.close();
    expect(b.counts).toEqual({ clients: 2 });
    expect(fs.existsSync(b.file)).toBe(true);
    expect(fs.existsSync(headFileFor(b.file))).toBe(false);
    const copy = new Database(b.file, { readonly: true });
    expect(copy.prepare('SELECT name FROM clients ORDER BY id').pluck().all()).toEqual(['Ada', 'Grace']);
    copy.close();
  });

  it('of a plain database from before encryption, with its trail, is kept without a head (there is no key to seal one)', async () => {
    const dir = tempDir();
    const plain = new Database(path.join(dir, 'old.sqlite'));
    plain.exec(`
      CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, hash TEXT);
      INSERT INTO audit_log (at, hash) VALUES ('2026-01-01T09:00:00.000Z', 'a'), ('2026-01-02T09:00:00.000Z', 'b');
    `);
    const b = await backupDatabase(plain, path.join(dir, 'backups'), NOW);
    plain.close();
    expect(b.counts).toEqual({ audit_log: 2 });
    expect(fs.existsSync(b.file)).toBe(true);
    expect(fs.existsSync(headFileFor(b.file))).toBe(false);
  });

  it('of an encrypted database gets its head beside it', async () => {
    const t = await clinic();
    const b = await backupDatabase(t.open.sqlite, tempDir(), NOW);
    t.close();
    const raw = openRaw(b.file);
    const last = raw.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string };
    raw.close();
    expect(JSON.parse(fs.readFileSync(headFileFor(b.file), 'utf8'))).toMatchObject(last);
  });
});

describe('which backups are kept across a change of month or of a two-digit day', () => {
  const at = (month: number, day: number, hour: number) => new Date(2026, month - 1, day, hour);
  const backup = (d: Date): BackupFile => ({ file: backupFileName(d), at: d, bytes: 1 });

  it('does not take the 9th for today on the 10th, nor 30 September for today on 10 October', () => {
    const today = [backup(at(10, 10, 11)), backup(at(10, 10, 10))];
    const ninth = backup(at(10, 9, 12));
    const september = backup(at(9, 30, 12));
    const keep = backupsToKeep([...today, ninth, september], at(10, 10, 12), { keepToday: 1, maxTotal: 10 });
    expect([...keep]).toEqual([today[0]!.file, ninth.file, september.file]);
  });

  it('prunes backups that have no head beside them, and reports each removed', () => {
    const folder = tempDir();
    const days = [at(10, 10, 11), at(10, 10, 10), at(10, 9, 12)];
    for (const d of days) fs.writeFileSync(path.join(folder, backupFileName(d)), 'x');
    const removed = pruneBackups(folder, at(10, 10, 12), { keepToday: 1, maxTotal: 10 });
    expect(removed).toEqual([path.join(folder, backupFileName(days[1]!))]);
    expect(fs.readdirSync(folder).sort()).toEqual([backupFileName(days[2]!), backupFileName(days[0]!)].sort());
  });
});
