// The deferred integrity check through the dispatcher, on real database files: reads answer at once,
// the first write waits for PRAGMA quick_check, and a damaged file is refused and left byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OpenDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, damageTable, tempDir, TEST_KEY, openRaw } from '../db/testing';
import { createApi } from './dispatch';
import { DAMAGED } from './integrity-gate';

const opened: OpenDatabase[] = [];
afterEach(() => {
  vi.useRealTimers();
  while (opened.length) opened.pop()!.close();
});

async function clinicFile(): Promise<string> {
  const file = path.join(tempDir(), 'chart.sqlite');
  const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
  createApi(open); // seeds the default pigments and aftercare template, as the app's first start does
  const insert = open.sqlite.prepare("INSERT INTO clients (first_name, last_name, notes) VALUES ('A', 'B', ?)");
  for (let i = 0; i < 200; i++) insert.run('x'.repeat(500));
  open.close();
  return file;
}

async function openDeferred(file: string): Promise<OpenDatabase> {
  const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER, deferIntegrityCheck: true });
  opened.push(open);
  return open;
}

const pigment = { brand: 'Test', shade: 'Grey 9', darkness: 50 };

describe('a database opened with its integrity check deferred', () => {
  it('answers reads before the check, and a change after the check has passed', async () => {
    const open = await openDeferred(await clinicFile());
    const api = createApi(open, { requireSignIn: false }).client();
    expect(open.integrity.status).toBe('unchecked');
    expect((await api.call('auth.status', {})).ok).toBe(true);
    const list = await api.call('clients.search', { query: '', limit: 10 });
    expect(list.ok && (list.data as { total: number }).total).toBe(200);
    expect(open.integrity.status).toBe('unchecked'); // reads do not wait for it

    const added = await api.call('pigments.add', pigment);
    expect(added.ok).toBe(true);
    expect(open.integrity.status).toBe('ok');
  });

  it('runs the check about a second after the API starts even if nobody writes', async () => {
    vi.useFakeTimers();
    const open = await openDeferred(await clinicFile());
    createApi(open);
    expect(open.integrity.status).toBe('unchecked');
    vi.advanceTimersByTime(999);
    expect(open.integrity.status).toBe('unchecked');
    vi.advanceTimersByTime(1);
    expect(open.integrity.status).toBe('ok');
  });

  it('refuses the first change on a damaged file with a plain message, then every call, and writes nothing', async () => {
    const file = await clinicFile();
    damageTable(file, 'clients');
    const before = fs.readFileSync(file);
    const open = await openDeferred(file);
    const onDatabaseDamaged = vi.fn();
    const api = createApi(open, { requireSignIn: false, onDatabaseDamaged }).client();
    expect((await api.call('auth.status', {})).ok).toBe(true); // not yet known: reads of intact pages answer

    const refused = await api.call('pigments.add', pigment);
    expect(refused).toEqual({ ok: false, error: DAMAGED });
    expect(DAMAGED.message).toBe(
      'The chart database is damaged, so nothing was saved and Stipple will not change it. Restore the latest backup.',
    );
    expect(open.integrity.status).toBe('damaged');
    expect(onDatabaseDamaged).toHaveBeenCalledTimes(1);
    expect(onDatabaseDamaged.mock.calls[0]![0]).toMatch(/^\S+ is damaged \([^\n]+\)\. It was left untouched; restore the latest backup\.$/);

    expect(await api.call('auth.status', {})).toEqual({ ok: false, error: DAMAGED });
    expect(await api.call('safety.export', { folder: path.join(tempDir(), 'export'), plain: true })).toEqual({ ok: false, error: DAMAGED });
    expect(onDatabaseDamaged).toHaveBeenCalledTimes(1);

    open.close();
    opened.pop();
    // The main file byte for byte (opening in WAL mode rewrote nothing; no optimize on close), and no
    // WAL left holding a write that a later open would checkpoint into it.
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const check = openRaw(file, { readonly: true });
    expect(check.prepare("SELECT count(*) FROM pigments WHERE shade = 'Grey 9'").pluck().get()).toBe(0);
    check.close();
  });

  it('checks before seeding defaults into a file that lacks them', async () => {
    const file = await clinicFile();
    const db = openRaw(file);
    db.exec('DELETE FROM pigments');
    db.close();
    const open = await openDeferred(file);
    createApi(open);
    expect(open.integrity.status).toBe('ok');
    expect(open.sqlite.prepare('SELECT count(*) FROM pigments').pluck().get()).toBeGreaterThan(0);
  });

  it('seeds nothing into a damaged file that lacks its defaults', async () => {
    const file = await clinicFile();
    const db = openRaw(file);
    db.exec('DELETE FROM pigments');
    db.close();
    damageTable(file, 'clients');
    const before = fs.readFileSync(file);
    const open = await openDeferred(file);
    const onDatabaseDamaged = vi.fn();
    createApi(open, { onDatabaseDamaged });
    expect(open.integrity.status).toBe('damaged');
    expect(onDatabaseDamaged).toHaveBeenCalledTimes(1);
    open.close();
    opened.pop();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
