// Each change applied at most once: a keyed change sent again answers as the first time and writes
// nothing, also after the hub restarted; a key reused for another change is refused; a change saved
// offline is audited with who saved it and when, and the audit chain still verifies.
import crypto from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openRaw, openTestDatabase, tempDir, TEST_KEY } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import { REUSED_KEY } from './change-keys';
import { createApi, type StippleApi } from './dispatch';
import type { OpenDatabase } from '../db/open';

const NOW = new Date('2026-11-21T15:00:00Z');
const opened: OpenDatabase[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

async function hub(file: string): Promise<StippleApi> {
  const open = await openTestDatabase(file);
  opened.push(open);
  return createApi(open, { checkOutputs: true, migrationsFolder: MIGRATIONS_FOLDER, now: () => NOW, tasks: 'inline' });
}

const chart = (clientId: number, over: Record<string, unknown> = {}) => ({
  clientId,
  performedAt: '2026-11-21T10:00:00.000Z',
  prepDone: true,
  pigmentBrand: 'Scalp Ink',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: 'B-2231',
  pigmentExpiry: '2027-06-30',
  needle: '1RL 0.25',
  zones: ['crown'],
  ...over,
});

function count(file: string, table: string): number {
  const raw = openRaw(file, { readonly: true });
  try {
    return raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    raw.close();
  }
}

describe('change keys', () => {
  it('answers a replay with the first result and applies nothing, also after a restart', async () => {
    const file = path.join(tempDir(), 'hub.sqlite');
    let api = await hub(file);
    let w = api.client();
    const client = await w.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    if (!client.ok) throw new Error('no client');
    const clientId = (client.data as { id: number }).id;
    const key = crypto.randomUUID();
    const first = await w.call('sessions.chart', chart(clientId), { key });
    expect(first.ok).toBe(true);
    const sessions = count(file, 'sessions');
    const audit = count(file, 'audit_log');
    const again = await w.call('sessions.chart', chart(clientId), { key });
    expect(again).toEqual(first);
    expect(count(file, 'sessions')).toBe(sessions);
    expect(count(file, 'audit_log')).toBe(audit);

    opened.pop()!.close();
    api = await hub(file);
    w = api.client();
    expect(await w.call('sessions.chart', chart(clientId), { key })).toEqual(first);
    expect(count(file, 'sessions')).toBe(sessions);
    // Without a key the same input is a new change (the second session, refused here for retention).
    const unkeyed = await w.call('sessions.chart', chart(clientId));
    expect(unkeyed.ok).toBe(false);
  });

  it('refuses a key reused for another input or channel, and a key on a query', async () => {
    const file = path.join(tempDir(), 'hub.sqlite');
    const w = (await hub(file)).client();
    const key = crypto.randomUUID();
    expect((await w.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' }, { key })).ok).toBe(true);
    const clients = count(file, 'clients');
    const other = await w.call('clients.create', { firstName: 'Kim', lastName: 'Lee' }, { key });
    expect(other).toEqual({ ok: false, error: { code: 'invalid_input', message: REUSED_KEY } });
    const pigment = await w.call('pigments.add', { brand: 'Scalp Ink', shade: 'Grey' }, { key });
    expect(pigment).toEqual({ ok: false, error: { code: 'invalid_input', message: REUSED_KEY } });
    expect(count(file, 'clients')).toBe(clients);
    const query = await w.call('clients.search', { query: 'Sam' }, { key: crypto.randomUUID() });
    expect(query.ok || query.error.message).toMatch(/Only a change can carry/);
  });

  it('audits a change saved offline with who saved it and when; arrival kept beside its key; the chain verifies', async () => {
    const file = path.join(tempDir(), 'hub.sqlite');
    const w = (await hub(file)).client();
    const jo = await w.call('staff.create', { name: 'Jo Reyes', role: 'practitioner' });
    if (!jo.ok) throw new Error('no staff');
    const joId = (jo.data as { id: number }).id;
    const created = await w.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    if (!created.ok) throw new Error('no client');
    const clientId = (created.data as { id: number }).id;
    const key = crypto.randomUUID();
    const savedAt = '2026-11-21T10:42:05.123Z'; // before the entries just written: `at` goes back
    const r = await w.call('sessions.chart', chart(clientId), { key }, { savedAt, by: joId });
    expect(r.ok).toBe(true);
    const raw = openRaw(file, { readonly: true });
    const entry = raw.prepare("SELECT at, staff_id AS staffId FROM audit_log WHERE entity = 'session' ORDER BY id DESC").get();
    const kept = raw.prepare('SELECT staff_id AS staffId, saved_at AS savedAt, received_at AS receivedAt FROM change_keys').get();
    raw.close();
    expect(entry).toEqual({ at: savedAt, staffId: joId });
    expect(kept).toEqual({ staffId: joId, savedAt, receivedAt: NOW.toISOString() });
    opened.pop()!.close();
    const report = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('refuses an offline change with no key, from the future, too old to tell, or by someone gone', async () => {
    const file = path.join(tempDir(), 'hub.sqlite');
    const w = (await hub(file)).client();
    const created = await w.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    if (!created.ok) throw new Error('no client');
    const clientId = (created.data as { id: number }).id;
    const before = count(file, 'sessions');
    const noKey = await w.call('sessions.chart', chart(clientId), {}, { savedAt: NOW.toISOString(), by: null });
    expect(noKey.ok || noKey.error.message).toMatch(/must carry its change key/);
    const future = await w.call(
      'sessions.chart',
      chart(clientId),
      { key: crypto.randomUUID() },
      { savedAt: '2026-11-21T15:30:00Z', by: null },
    );
    expect(future.ok || future.error.message).toMatch(/later than the hub’s clock/);
    const old = await w.call(
      'sessions.chart',
      chart(clientId),
      { key: crypto.randomUUID() },
      { savedAt: '2026-07-01T10:00:00Z', by: null },
    );
    expect(old.ok || old.error.message).toMatch(/more than 90 days ago/);
    const gone = await w.call('sessions.chart', chart(clientId), { key: crypto.randomUUID() }, { savedAt: NOW.toISOString(), by: 999 });
    expect(gone.ok || gone.error.message).toMatch(/cannot sign in at the hub/);
    expect(count(file, 'sessions')).toBe(before);
  });
});
