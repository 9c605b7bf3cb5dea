// The backup rules a clinic relies on: what a backup is called, which are kept, how failures read.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from './testing';
import {
  backupDatabase,
  backupFileName,
  backupsToKeep,
  describe as describeError,
  listBackups,
  rowCounts,
  type BackupFile,
} from '../db/backup';
import { openRaw, tempDir } from '../db/testing';

const at = (y: number, mo: number, d: number, h = 12, mi = 0) => new Date(y, mo - 1, d, h, mi);
const file = (name: string, when: Date): BackupFile => ({ file: name, at: when, bytes: 1 });

describe('which backups are kept', () => {
  const now = at(2026, 11, 21, 18);

  it('keeps the newest of each earlier day, not the first', () => {
    const keep = backupsToKeep(
      [file('20-morning', at(2026, 11, 20, 8)), file('20-evening', at(2026, 11, 20, 20)), file('19-noon', at(2026, 11, 19))],
      now,
    );
    expect([...keep]).toEqual(['20-evening', '19-noon']);
  });

  it('keeps only the newest of today, up to the number allowed', () => {
    const today = [9, 10, 11, 12, 13].map((h) => file(`t${h}`, at(2026, 11, 21, h)));
    expect([...backupsToKeep(today, now, { keepToday: 2, maxTotal: 10 })]).toEqual(['t13', 't12']);
    expect([...backupsToKeep(today, now, { keepToday: 0, maxTotal: 10 })]).toEqual([]);
  });

  it('counts a backup stamped later than now (a clock set back) as today’s', () => {
    const keep = backupsToKeep([file('tomorrow-1', at(2026, 11, 22, 9)), file('tomorrow-2', at(2026, 11, 22, 10))], now, {
      keepToday: 1,
      maxTotal: 10,
    });
    expect([...keep]).toEqual(['tomorrow-2']);
  });

  it('keeps no more than the total, dropping the oldest days', () => {
    const days = [21, 20, 19, 18].map((d) => file(`d${d}`, at(2026, 11, d, 1)));
    expect([...backupsToKeep(days, now, { keepToday: 3, maxTotal: 3 })]).toEqual(['d21', 'd20', 'd19']);
  });
});

describe('backup files', () => {
  it('are named by the UTC instant, to the millisecond', () => {
    expect(backupFileName(new Date('2026-11-21T09:05:07.123Z'))).toBe('stipple-2026-11-21T09-05-07-123Z.sqlite');
  });

  it('are listed newest first by the instant in their name, other files ignored', () => {
    const folder = tempDir();
    for (const name of [
      'stipple-2026-11-20T09-00-00-000Z.sqlite',
      'stipple-2026-11-21T09-00-00-000Z.sqlite',
      'stipple-2026-11-21T08-59-59-999Z.sqlite',
      'stipple-2026-11-21T09-00-00-000Z.sqlite.partial',
      'pre-migration-2026.sqlite',
      'notes.txt',
    ])
      fs.writeFileSync(path.join(folder, name), 'x');
    const list = listBackups(folder);
    expect(list.map((b) => path.basename(b.file))).toEqual([
      'stipple-2026-11-21T09-00-00-000Z.sqlite',
      'stipple-2026-11-21T08-59-59-999Z.sqlite',
      'stipple-2026-11-20T09-00-00-000Z.sqlite',
    ]);
    expect(list[2]).toMatchObject({ at: new Date('2026-11-20T09:00:00.000Z'), bytes: 1 });
  });

  it('are none in a folder that does not exist', () => {
    expect(listBackups(path.join(tempDir(), 'missing'))).toEqual([]);
  });
});

describe('a backup of the open database', () => {
  let t: Awaited<ReturnType<typeof testApi>>;
  beforeEach(async () => {
    t = await testApi();
    await t.ok('clients.create', { firstName: 'Ada', lastName: 'Lovelace' });
  });
  afterEach(() => t.close());

  it('is one self-contained file with every row, and leaves nothing half-written', async () => {
    const folder = path.join(tempDir(), 'nested', 'backups');
    const b = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T09:00:00Z'));
    expect(fs.readdirSync(folder).sort()).toEqual([
      'stipple-2026-11-21T09-00-00-000Z.sqlite',
      'stipple-2026-11-21T09-00-00-000Z.sqlite.head',
    ]);
    expect(b).toMatchObject({ at: new Date('2026-11-21T09:00:00Z'), bytes: fs.statSync(b.file).size });
    const copy = openRaw(b.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(rowCounts(copy)).toEqual(rowCounts(t.open.sqlite));
    copy.close();
  });

  it('gets a numbered name when one was already made at the same instant', async () => {
    const folder = tempDir();
    const when = new Date('2026-11-21T09:00:00Z');
    await backupDatabase(t.open.sqlite, folder, when);
    await backupDatabase(t.open.sqlite, folder, when);
    const third = await backupDatabase(t.open.sqlite, folder, when);
    expect(path.basename(third.file)).toBe('stipple-2026-11-21T09-00-00-000Z-2.sqlite');
  });

  it('counts the rows of every table of ours, none of SQLite’s own', () => {
    const counts = rowCounts(t.open.sqlite);
    expect(counts.clients).toBe(1);
    expect(Object.keys(counts).some((k) => k.startsWith('sqlite_'))).toBe(false);
    expect(Object.keys(counts)).toEqual([...Object.keys(counts)].sort());
  });
});

describe('why a backup failed, in words for the desk', () => {
  const err = (code: string) => Object.assign(new Error(`raw ${code}`), { code });
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['SQLITE_FULL', 'the disk is full'],
    ['EACCES', 'no permission to write there'],
    ['EPERM', 'no permission to write there'],
    ['EROFS', 'no permission to write there'],
    ['SQLITE_READONLY_DBMOVED', 'no permission to write there'],
    ['ENOENT', 'the folder is missing'],
    ['SQLITE_CANTOPEN', 'the folder is missing'],
  ])('%s: %s', (code, words) => {
    expect(describeError(err(code))).toBe(words);
  });
  it('passes any other error’s message on, and reads a thrown non-error', () => {
    expect(describeError(err('EIO'))).toBe('raw EIO');
    expect(describeError('plain text')).toBe('plain text');
    expect(describeError(null)).toBe('null');
  });
});
