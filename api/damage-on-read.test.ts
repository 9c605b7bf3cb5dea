// Damage a query runs into before the deferred integrity check has: the same plain "damaged"
// answer as the check gives (never "SqliteError: database disk image is malformed"), every later
// call refused, each window told to ask again, the clinic told once.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from './contract/events';
import { openDatabase, type OpenDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, TEST_KEY, damageTable, tempDir } from '../db/testing';
import { createApi } from './dispatch';
import { DAMAGED } from './integrity-gate';

const opened: OpenDatabase[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

async function damagedClinic(): Promise<OpenDatabase> {
  const file = path.join(tempDir(), 'chart.sqlite');
  const setup = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER });
  createApi(setup);
  const insert = setup.sqlite.prepare("INSERT INTO clients (first_name, last_name, notes) VALUES ('Ada', 'Byrne', ?)");
  for (let i = 0; i < 200; i++) insert.run('x'.repeat(500));
  setup.close();
  damageTable(file, 'clients');
  expect(fs.existsSync(file)).toBe(true);
  const open = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER, deferIntegrityCheck: true });
  opened.push(open);
  return open;
}

describe('damage found by a read', () => {
  it('answers the plain damaged message, refuses every call after, and tells each window and the clinic', async () => {
    const open = await damagedClinic();
    const onDatabaseDamaged = vi.fn();
    const root = createApi(open, { requireSignIn: false, onDatabaseDamaged });
    const desk = root.client();
    const other = root.client();
    const heard: ServerEvent[] = [];
    root.sessions.listen((id, event) => id === other.sessionId && heard.push(event));

    const search = await desk.call('clients.search', { query: '', limit: 100 });
    expect(search).toEqual({ ok: false, error: DAMAGED });
    expect(DAMAGED.damaged).toBe(true);
    expect(JSON.stringify(search)).not.toMatch(/Sqlite|malformed|SQLITE_/);
    expect(await desk.call('auth.status', {})).toEqual({ ok: false, error: DAMAGED });
    expect(await other.call('pigments.list', {})).toEqual({ ok: false, error: DAMAGED });
    expect(heard).toContainEqual({ type: 'stale', channels: 'all' });
    expect(onDatabaseDamaged).toHaveBeenCalledTimes(1);
  });
});
