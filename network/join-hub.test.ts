// Joining the clinic's hub from a new Stipple's first-run screen, against a real hub on 127.0.0.1
// (TLS, its own certificate) and a real local database file: a good code switches every window to
// the hub and removes the empty database; a wrong, used or expired code, a wrong address or another
// computer's certificate is a field error beside the field, with nothing written on either side; a
// Stipple that holds data refuses.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallerSessions } from '../api/caller-sessions';
import type { ServerEvent } from '../api/contract/events';
import { createApi } from '../api/dispatch';
import { HOLDS_DATA } from '../api/handlers/network';
import { PAIRING_REFUSED } from '../api/pair-workstation';
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, TEST_KEY, tempDir } from '../db/testing';
import { startHub } from './hub';
import type { HubLink } from './hub-client';
import { startStipple, workstationFolderBeside, type LocalStipple, type SwitchableApi } from './join-hub';
import { pairWithHub } from './pair-client';
import { WORKSTATION_KEY } from './testing-clinic';
import { loadWorkstation, workstationFileIn } from './workstation-store';

const running: { close(): unknown }[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.close();
});

let clock = Date.now();

async function clinic() {
  clock = Date.now();
  const hub = await startHub({
    dbFile: path.join(tempDir('stipple-hub-'), 'chart.sqlite'),
    databaseKey: TEST_KEY,
    migrationsFolder: MIGRATIONS_FOLDER,
    host: '127.0.0.1',
    port: 0,
    now: () => new Date(clock),
    checkOutputs: true,
    log: () => {},
  });
  running.push(hub);
  const root = hub.root.client();
  const ok = async (channel: string, input: unknown) => {
    const r = await root.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data as Record<string, unknown>;
  };
  await ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
  const practitioner = (await ok('staff.create', { name: 'Pat Chair', role: 'practitioner' })).id as number;
  await ok('auth.setPin', { staffId: practitioner, pin: '2222' });
  await ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
  const code = async () => (await ok('workstations.pairingCode', {})).code as string;
  const count = (table: string) => hub.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { hub, practitioner, code, count };
}

/** A new Stipple: its own (empty) database file, opened only if it is not a workstation. */
async function newStipple(folder = tempDir('stipple-new-')) {
  const databaseFile = path.join(folder, 'stipple.sqlite');
  let opened = 0;
  let open: Awaited<ReturnType<typeof openDatabase>> | null = null;
  const openLocal = async (): Promise<LocalStipple> => {
    opened++;
    const database = await openDatabase(databaseFile, { migrationsFolder: MIGRATIONS_FOLDER, key: WORKSTATION_KEY });
    open = database;
    const api = createApi(database, { checkOutputs: true, migrationsFolder: MIGRATIONS_FOLDER });
    return { api, close: async () => database.close() };
  };
  const start = async () => {
    const api = await startStipple({ databaseFile, key: WORKSTATION_KEY, openLocal, log: () => {} });
    running.push(api);
    return api;
  };
  /** Every table's row count in the open local database. */
  const counts = () => {
    const sqlite = open!.sqlite;
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
  };
  return { folder, databaseFile, workstationFolder: workstationFolderBeside(databaseFile), start, opened: () => opened, counts };
}

function window(api: SwitchableApi) {
  const id = api.sessions.open();
  const events: ServerEvent[] = [];
  api.sessions.listen((session, event) => session === id && events.push(event));
  return { id, events, call: (channel: string, input: unknown) => api.call(channel, input, id) };
}

const localCounts = (file: string) =>
  openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key: WORKSTATION_KEY }).then((db) => {
    try {
      return ['staff', 'clients', 'audit_log'].map((t) => db.sqlite.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);
    } finally {
      db.close();
    }
  });

describe('joining the hub from the first-run screen', () => {
  it('with a good code: every window now talks to the hub, the empty database is gone, and the next start is a workstation', async () => {
    const { hub, practitioner, code, count } = await clinic();
    const stipple = await newStipple();
    const api = await stipple.start();
    expect(api.role).toBe('local');
    const here = window(api);
    const other = window(api);
    expect((await other.call('auth.status', {})) as { data: { needsOwner: boolean } }).toMatchObject({
      ok: true,
      data: { needsOwner: true },
    });

    const joined = await here.call('network.join', { address: hub.server.address, code: await code(), name: ' Room 2 laptop ' });
    expect(joined).toEqual({ ok: true, data: { name: 'Room 2 laptop', address: hub.server.address } });
    expect(api.role).toBe('workstation');
    expect(other.events).toContainEqual({ type: 'stale', channels: 'all' });

    // The hub lists it; its calls go to the hub: the hub's staff sign in, and the hub's client is found.
    expect(hub.database.sqlite.prepare('SELECT name FROM workstations').pluck().all()).toEqual(['Room 2 laptop']);
    const status = (await other.call('auth.status', {})) as { ok: true; data: { needsOwner: boolean; staff: { name: string }[] } };
    expect(status.data.needsOwner).toBe(false);
    expect(status.data.staff.map((s) => s.name).sort()).toEqual(['Jo Owner', 'Pat Chair']);
    expect(await here.call('auth.signIn', { staffId: practitioner, pin: '2222' })).toMatchObject({ ok: true });
    const found = (await here.call('clients.search', { query: 'Okafor' })) as { ok: true; data: unknown };
    expect(JSON.stringify(found.data)).toContain('Okafor');
    expect(await here.call('network.status', {})).toMatchObject({ ok: true, data: { role: 'workstation', link: 'connected' } });
    expect(
      (await here.call('network.join', { address: hub.server.address, code: 'K7QF-92XM-3A8C', name: 'Again' })) as object,
    ).toMatchObject({
      ok: false,
      error: { code: 'rule', message: expect.stringContaining('already a workstation') as unknown },
    });

    // The empty database went; the pairing is in the private folder, sealed (no credential in the clear).
    expect(fs.existsSync(stipple.databaseFile)).toBe(false);
    const file = workstationFileIn(stipple.workstationFolder);
    expect(fs.statSync(stipple.workstationFolder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const link = loadWorkstation(stipple.workstationFolder, WORKSTATION_KEY)!;
    const onDisk = fs.readFileSync(file, 'utf8');
    expect(onDisk).not.toContain(link.credential);
    expect(onDisk).not.toContain('BEGIN CERTIFICATE');
    expect(count('workstations')).toBe(1);

    // Next start: the workstation, with no database opened or made.
    await api.close();
    running.splice(running.indexOf(api), 1);
    const again = await stipple.start();
    expect(again.role).toBe('workstation');
    expect(stipple.opened()).toBe(1);
    const status2 = (await window(again).call('auth.status', {})) as { ok: true; data: { staff: unknown[] } };
    expect(status2.data.staff).toHaveLength(2);
    expect(fs.existsSync(stipple.databaseFile)).toBe(false);
  });

  it('with a wrong, used or expired code: a field error beside the code, and nothing written here or at the hub', async () => {
    const { hub, code, count } = await clinic();
    const stipple = await newStipple();
    const api = await stipple.start();
    const here = window(api);
    await here.call('auth.status', {});
    const local = stipple.counts();
    const before = await (async () => {
      return { workstations: count('workstations'), audit: count('audit_log') };
    })();
    const good = await code();
    // Right prefix (so the certificate is the hub's), wrong secret.
    const wrong = `${good[0] === 'A' ? 'B' : 'A'}${good.slice(1)}`;
    const used = await code();
    await pairWithHub({ address: hub.server.address, code: used, name: 'Someone else' });
    const expired = await code();
    clock += 11 * 60_000;
    const cases: [string, string][] = [
      [wrong, PAIRING_REFUSED.wrong],
      [used, PAIRING_REFUSED.used],
      [expired, PAIRING_REFUSED.expired],
    ];
    const afterUsed = { workstations: count('workstations'), audit: count('audit_log') };
    expect(afterUsed.workstations).toBe(before.workstations + 1);
    for (const [typed, message] of cases) {
      const r = await here.call('network.join', { address: hub.server.address, code: typed, name: 'Room 2 laptop' });
      expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message, fields: { code: message } } });
    }
    expect({ workstations: count('workstations'), audit: count('audit_log') }).toEqual(afterUsed);
    expect(api.role).toBe('local');
    expect(fs.existsSync(stipple.workstationFolder)).toBe(false);
    expect(await here.call('auth.status', {})).toMatchObject({ ok: true, data: { needsOwner: true } });
    expect(stipple.counts()).toEqual(local);
    expect(local).toMatchObject({ staff: 0, clients: 0 });
  });

  it('with nobody at the address, or another computer there: a field error beside the address, and nothing written', async () => {
    const { hub, code, count } = await clinic();
    const other = await clinic(); // another hub: another certificate
    const stipple = await newStipple();
    const api = await stipple.start();
    const here = window(api);
    const closedPort = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const valid = await code();
    const nobody = await here.call('network.join', { address: `127.0.0.1:${closedPort}`, code: valid, name: 'Room 2 laptop' });
    expect(nobody).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { address: expect.stringContaining('cannot be reached') as unknown } },
    });
    const stranger = await here.call('network.join', { address: other.hub.server.address, code: valid, name: 'Room 2 laptop' });
    expect(stranger).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { address: expect.stringContaining('is not the hub that made this code') as unknown } },
    });
    expect(count('workstations')).toBe(0);
    expect(other.count('workstations')).toBe(0);
    expect(fs.existsSync(stipple.workstationFolder)).toBe(false);
    expect(fs.existsSync(stipple.databaseFile)).toBe(true);
    // The code was never sent: it still pairs.
    expect(await here.call('network.join', { address: hub.server.address, code: valid, name: 'Room 2 laptop' })).toMatchObject({
      ok: true,
    });
  });

  it('names each field that is wrong, before anything is sent', async () => {
    const { count } = await clinic();
    const api = await (await newStipple()).start();
    const r = await window(api).call('network.join', { address: 'the hub', code: '', name: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(Object.keys((r as { error: { fields: object } }).error.fields).sort()).toEqual(['address', 'code', 'name']);
    expect(count('workstations')).toBe(0);
  });

  it('joins from a Stipple set to German too: the API’s go-ahead is known by its mark, not its English words', async () => {
    const { hub, code, count } = await clinic();
    const api = await (await newStipple()).start();
    const here = window(api);
    expect(await here.call('settings.update', { locale: 'de-DE' })).toMatchObject({ ok: true });
    const joined = await here.call('network.join', { address: hub.server.address, code: await code(), name: 'Raum 2' });
    expect(joined).toEqual({ ok: true, data: { name: 'Raum 2', address: hub.server.address } });
    expect(api.role).toBe('workstation');
    expect(count('workstations')).toBe(1);
  });

  it('refuses on a Stipple that holds data, and sends nothing to the hub', async () => {
    const { hub, code, count } = await clinic();
    const stipple = await newStipple();
    const api = await stipple.start();
    const here = window(api);
    expect(await here.call('clients.create', { firstName: 'Kim', lastName: 'Lee' })).toMatchObject({ ok: true });
    const valid = await code();
    const r = await here.call('network.join', { address: hub.server.address, code: valid, name: 'Room 2 laptop' });
    expect(r).toEqual({ ok: false, error: { code: 'rule', message: HOLDS_DATA } });
    expect(api.role).toBe('local');
    expect(count('workstations')).toBe(0);
    expect(fs.existsSync(stipple.workstationFolder)).toBe(false);
    await api.close();
    running.splice(running.indexOf(api), 1);
    expect((await localCounts(stipple.databaseFile))[1]).toBe(1);
    // The code is unused: another computer can still pair with it.
    await expect(pairWithHub({ address: hub.server.address, code: valid, name: 'Room 3' })).resolves.toMatchObject({
      address: hub.server.address,
    });
  });
});

describe('the switch itself', () => {
  it('holds other windows’ calls off while it pairs, then gives each window a session of its own on the hub’s API', async () => {
    const stipple = await newStipple();
    let paired!: (link: HubLink) => void;
    const hubSessions = createCallerSessions();
    const seen: string[] = [];
    const api = await startStipple({
      databaseFile: stipple.databaseFile,
      key: WORKSTATION_KEY,
      openLocal: async () => {
        const database = await openDatabase(stipple.databaseFile, { migrationsFolder: MIGRATIONS_FOLDER, key: WORKSTATION_KEY });
        return { api: createApi(database, { migrationsFolder: MIGRATIONS_FOLDER }), close: async () => database.close() };
      },
      pair: () => new Promise<HubLink>((resolve) => (paired = resolve)),
      serveWorkstation: () => ({
        sessions: hubSessions,
        call: (channel: string, _input: unknown, session: string) => {
          seen.push(`${channel} as ${session}`);
          return Promise.resolve({ ok: true as const, data: 'from the hub' });
        },
        close: () => {},
      }),
    });
    running.push(api);
    const here = window(api);
    const other = window(api);
    const joining = here.call('network.join', { address: '127.0.0.1:8443', code: 'K7QF-92XM-3A8C', name: 'Room 2 laptop' });
    await expect.poll(() => paired !== undefined).toBe(true);
    expect(await other.call('auth.status', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('joining') as unknown },
    });
    paired({ address: '127.0.0.1:8443', fingerprint: 'AB:CD', certPem: 'PEM', credential: 'secret' });
    expect(await joining).toEqual({ ok: true, data: { name: 'Room 2 laptop', address: '127.0.0.1:8443' } });
    expect(await other.call('auth.status', {})).toEqual({ ok: true, data: 'from the hub' });
    expect(await here.call('clients.search', { query: '' })).toEqual({ ok: true, data: 'from the hub' });
    expect(hubSessions.ids()).toHaveLength(2);
    expect(seen).toEqual([`auth.status as ${hubSessions.ids()[0]}`, `clients.search as ${hubSessions.ids()[1]}`]);
    // The hub's API tells a window something: it reaches that window.
    hubSessions.send(hubSessions.ids()[1]!, { type: 'signed_out', reason: 'signed_out' });
    expect(here.events).toContainEqual({ type: 'signed_out', reason: 'signed_out' });
    // A window that closes ends its session on the hub's API too.
    api.sessions.close(other.id);
    expect(hubSessions.ids()).toHaveLength(1);
    expect(await other.call('auth.status', {})).toMatchObject({ ok: false, error: { code: 'signed_out' } });
  });
});
