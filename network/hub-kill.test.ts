// The hub killed with SIGKILL during a burst of saves from two workstations (a real hub process,
// `npm run stipple -- hub`, on a real encrypted file, TLS on 127.0.0.1): every save the hub
// acknowledged is there after it restarts, every one it did not is still in a workstation's outbox
// and goes through once, and the file verifies.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, MIGRATIONS_FOLDER, TEST_KEY, tempDir } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import { createApi } from '../api/dispatch';
import { hubClient } from './hub-client';
import { startHub } from './hub';
import { pairWithHub } from './pair-client';
import { chartInput, WORKSTATION_KEY } from './testing-clinic';
import { workstationWindowApi, type WorkstationWindowApi } from './workstation-window-api';

const ROOT = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];
const apis: WorkstationWindowApi[] = [];
afterEach(() => {
  for (const a of apis.splice(0)) a.close();
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run stipple -- hub` as a clinic's always-on box runs it; resolves once it serves. */
function hubProcess(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'stipple.ts'), 'hub', '--db', db, '--host', '127.0.0.1', '--port', String(port)],
    { cwd: ROOT, env: { ...process.env, STIPPLE_DB_KEY: TEST_KEY }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('address:')) resolve(child);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`the hub stopped (${String(code)}): ${err}`)));
  });
}

describe('the hub killed during a burst of saves', () => {
  it('keeps every acknowledged save; the rest wait in the outboxes and arrive once after the restart', async () => {
    const folder = tempDir('stipple-hub-kill-');
    const db = path.join(folder, 'chart.sqlite');
    // The clinic, set up once by an in-process hub: an owner, two practitioners, 40 clients, two paired desks.
    const port = await freePort();
    const setup = await startHub({
      dbFile: db,
      databaseKey: TEST_KEY,
      migrationsFolder: MIGRATIONS_FOLDER,
      host: '127.0.0.1',
      port,
      log: () => {},
    });
    const root = setup.root.client();
    const ok = async (channel: string, input: unknown) => {
      const r = await root.call(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.data as Record<string, unknown>;
    };
    await ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
    const staff: number[] = [];
    for (const [name, pin] of [
      ['Pat Chair', '2222'],
      ['Kim Chair', '3333'],
    ] as const) {
      const id = (await ok('staff.create', { name, role: 'practitioner' })).id as number;
      await ok('auth.setPin', { staffId: id, pin });
      staff.push(id);
    }
    const clients: number[] = [];
    for (let i = 0; i < 40; i++) clients.push((await ok('clients.create', { firstName: `Burst${i}`, lastName: 'Client' })).id as number);
    const links = [];
    for (const name of ['Room 1', 'Room 2']) {
      const { code } = (await ok('workstations.pairingCode', {})) as { code: string };
      links.push(await pairWithHub({ address: setup.server.address, code, name }));
    }
    await setup.close();

    let hub = await hubProcess(db, port);
    const desks = links.map((link) => {
      const api = workstationWindowApi({
        client: hubClient(link, { timeoutMs: 1500 }),
        folder: tempDir('stipple-ws-'),
        key: WORKSTATION_KEY,
        retryAfterMs: 0,
        intervalMs: 0,
      });
      apis.push(api);
      return api;
    });
    const windows = await Promise.all(
      desks.map(async (api, i) => {
        const w = api.sessions.open();
        expect(await api.call('auth.signIn', { staffId: staff[i]!, pin: i === 0 ? '2222' : '3333' }, w)).toMatchObject({ ok: true });
        expect(await api.call('auth.status', {}, w)).toMatchObject({ ok: true });
        return w;
      }),
    );

    // Each desk charts 20 sessions one after another; after 8 acknowledged in all, the hub is killed.
    const acknowledged: string[] = [];
    const kept: string[] = [];
    let killed = false;
    await Promise.all(
      desks.map(async (api, d) => {
        for (let i = 0; i < 20; i++) {
          const batch = `K${d}-${String(i).padStart(2, '0')}`;
          const r = await api.call('sessions.chart', chartInput(clients[d * 20 + i]!, { pigmentBatch: batch }), windows[d]!);
          if (r.ok) acknowledged.push(batch);
          else if (r.error.queued) kept.push(batch);
          else throw new Error(`${batch}: ${r.error.message}`);
          if (!killed && acknowledged.length >= 8) {
            killed = true;
            hub.kill('SIGKILL');
          }
        }
      }),
    );
    expect(killed).toBe(true);
    expect(acknowledged.length + kept.length).toBe(40);
    expect(kept.length).toBeGreaterThan(0);
    expect(desks.reduce((n, api) => n + api.workstation.status().waiting, 0)).toBe(kept.length);

    // Every acknowledged save is in the file, before any outbox is sent.
    const look = await openTestDatabase(db);
    const batches = () => look.sqlite.prepare("SELECT pigment_batch FROM sessions WHERE status = 'performed'").pluck().all() as string[];
    expect(batches()).toEqual(expect.arrayContaining(acknowledged));
    look.close();

    hub = await hubProcess(db, port);
    for (const api of desks) expect(await api.workstation.flush()).toMatchObject({ refused: 0, stopped: null });
    const after = await openTestDatabase(db);
    try {
      const all = after.sqlite.prepare("SELECT pigment_batch FROM sessions WHERE status = 'performed'").pluck().all() as string[];
      expect([...all].sort()).toEqual([...acknowledged, ...kept].sort()); // all forty, none twice
      const byStaff = after.sqlite
        .prepare("SELECT DISTINCT staff_id FROM audit_log WHERE entity = 'session' AND action = 'chart' ORDER BY staff_id")
        .pluck()
        .all();
      expect(byStaff).toEqual(staff);
      // An API on the same file answers the workstations' windows as before (nothing half-written).
      const check = createApi(after, { migrationsFolder: MIGRATIONS_FOLDER, tasks: 'inline' });
      expect((await check.client().call('auth.status', {})).ok).toBe(true);
    } finally {
      after.close();
    }
    for (const api of desks) expect(api.workstation.status()).toMatchObject({ waiting: 0, needsAttention: [] });
    hub.kill('SIGTERM');
    await new Promise((resolve) => hub.once('exit', resolve));
    expect(verifyDatabaseFile(db, MIGRATIONS_FOLDER, TEST_KEY).problems).toEqual([]);
  }, 60_000);
});
