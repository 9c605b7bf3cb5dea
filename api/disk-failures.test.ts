// A full disk and a read-only database, simulated: every save is refused with a plain message, the
// change is rolled back whole (no partial chart, no orphan audit entry), and the next save after the
// problem is fixed works.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, TEST_KEY } from '../db/testing';
import { fillClinic } from '../tests/fixtures/clinic';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let practitionerId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  [clientId] = (await fillClinic(t, 1)) as [number];
  practitionerId = (await t.ok('staff.list', {}))[0]!.id;
});
afterEach(() => t.close());

const bigSession = () => ({
  clientId: 0,
  practitionerId,
  performedAt: '2026-11-21T08:00:00.000Z',
  prepDone: true,
  pigmentBrand: 'Scalp Ink',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: 'B-9',
  pigmentExpiry: '2027-06-30',
  needle: '1RL 0.25',
  zones: ['crown' as const],
  densityNotes: 'd'.repeat(3900),
  blendingNotes: 'b'.repeat(3900),
  notes: 'n'.repeat(3900),
});

describe('disk full', () => {
  it('refuses a multi-row change with a plain message and writes none of it', async () => {
    const fresh = await t.ok('clients.create', { firstName: 'Disk', lastName: 'Full' });
    const pages = t.open.sqlite.pragma('page_count', { simple: true }) as number;
    // SQLite may not grow the file past this: the next page it needs is "disk full" (SQLITE_FULL).
    t.open.sqlite.pragma(`max_page_count = ${pages}`);
    const before = t.counts();
    const e = await t.err('sessions.chart', { ...bigSession(), clientId: fresh.id });
    expect(e, JSON.stringify(e)).toMatchObject({ code: 'unavailable' });
    expect(e.message).toBe('The disk is full, so nothing was saved. Free some space and try again; your entry is still here.');
    expect(t.counts()).toEqual(before);
    expect(t.open.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    t.open.sqlite.pragma('max_page_count = 1073741823');
    const saved = await t.ok('sessions.chart', { ...bigSession(), clientId: fresh.id });
    expect(saved.number).toBe(1);
    expect(t.counts().sessions).toBe(before.sessions! + 1);
    expect(t.counts().audit_log).toBeGreaterThan(before.audit_log!);
  });
});

describe('read-only database', () => {
  it('refuses saves on a connection that can no longer write, with nothing changed', async () => {
    const before = t.counts();
    t.open.sqlite.pragma('query_only = ON'); // as if the file or its folder had become read-only
    const e = await t.err('clients.update', { id: clientId, expectedVersion: 1, firstName: 'Changed', lastName: 'Name' });
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/read-only, so nothing was saved/);
    expect(t.counts()).toEqual(before);
    // Reading still works: the chart can be looked at.
    expect((await t.ok('clients.chart', { id: clientId })).client.firstName).toBe('Sam0');
    t.open.sqlite.pragma('query_only = OFF');
  });

  it('will not open a read-only file, and leaves it byte for byte as it was', async () => {
    const file = t.open.file;
    t.close();
    fs.chmodSync(file, 0o444);
    const hash = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = hash();
    const error = await openDatabase(file, { key: TEST_KEY, migrationsFolder: MIGRATIONS_FOLDER }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/is read-only\. Stipple needs to write to it.*left untouched/);
    expect(hash()).toBe(before);
    fs.chmodSync(file, 0o644);
    t = await testApi();
  });
});
