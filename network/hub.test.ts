// The clinic network on 127.0.0.1 with real TLS: a hub, workstations paired with one-time codes,
// and every refusal the design names, each with nothing written on the hub.
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../api/contract/events';
import { MIGRATIONS_FOLDER, TEST_KEY, tempDir } from '../db/testing';
import { certificateFileFor, keyFileFor } from './certificate';
import { startHub, type RunningHub } from './hub';
import { hubClient, HubRefusedError, HubUnreachableError, type HubLink, type HubClient } from './hub-client';
import { pairWithHub, PairingError } from './pair-client';
import { workstationWindowApi } from './workstation-window-api';
import { WORKSTATION_KEY } from './testing-clinic';

let now = new Date('2026-11-21T09:00:00.000Z');
const clock = () => now;
const running: { close(): unknown }[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.close();
  now = new Date('2026-11-21T09:00:00.000Z');
});

async function hubAt(folder = tempDir(), port = 0): Promise<RunningHub> {
  const hub = await startHub({
    dbFile: path.join(folder, 'chart.sqlite'),
    databaseKey: TEST_KEY,
    migrationsFolder: MIGRATIONS_FOLDER,
    host: '127.0.0.1',
    port,
    now: clock,
    checkOutputs: true,
    log: () => {},
  });
  running.push(hub);
  return hub;
}

/** A clinic with an owner (PIN 1111) and a practitioner (PIN 2222), and the owner's window on the hub itself. */
async function clinic(hub: RunningHub) {
  const desk = hub.root.client();
  const ok = async (channel: string, input: unknown) => {
    const r = await desk.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data as Record<string, unknown>;
  };
  await ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
  const owner = (await ok('auth.status', {})) as { staffId?: number };
  void owner;
  const practitioner = await ok('staff.create', { name: 'Pat Chair', role: 'practitioner' });
  await ok('auth.setPin', { staffId: practitioner.id, pin: '2222' });
  return { ok, practitionerId: practitioner.id as number };
}

const counts = (hub: RunningHub) => {
  const tables = hub.database.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, hub.database.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()]));
};

async function codeFrom(ok: (c: string, i: unknown) => Promise<Record<string, unknown>>) {
  return (await ok('workstations.pairingCode', {})) as { code: string; address: string; fingerprint: string };
}

function connect(link: HubLink): HubClient {
  const transport = hubClient(link, { timeoutMs: 3000 });
  running.push(transport);
  return transport;
}

/** A raw HTTPS request to the hub, trusting anything: what a stranger on the LAN can send. */
function stranger(
  port: number,
  pathname: string,
  headers: Record<string, string> = {},
  body = '{}',
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: 'POST',
        rejectUnauthorized: false,
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the hub', () => {
  it('makes its certificate once: ECDSA P-256, the key 600 and encrypted with the database key', async () => {
    const folder = tempDir();
    const first = await hubAt(folder);
    const fingerprint = first.server.fingerprint;
    const db = first.database.file;
    expect(fs.statSync(keyFileFor(db)).mode & 0o777).toBe(0o600);
    const sealed = fs.readFileSync(keyFileFor(db), 'utf8');
    expect(sealed).not.toMatch(/PRIVATE KEY/);
    const cert = new (await import('node:crypto')).X509Certificate(fs.readFileSync(certificateFileFor(db)));
    expect(cert.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    await first.close();
    running.length = 0;
    const again = await hubAt(folder);
    expect(again.server.fingerprint).toBe(fingerprint);
  });

  it('pairs two workstations; one charts a session through it and the other’s event stream hears of it', async () => {
    const hub = await hubAt();
    const { ok, practitionerId } = await clinic(hub);
    const shown = await codeFrom(ok);
    expect(shown).toMatchObject({ address: hub.server.address, fingerprint: hub.server.fingerprint });
    const room1 = await pairWithHub({ address: shown.address, code: shown.code, name: 'Room 1' });
    const room2 = await pairWithHub({ address: shown.address, code: (await codeFrom(ok)).code, name: 'Room 2' });
    expect(room1.fingerprint).toBe(hub.server.fingerprint);
    expect(((await ok('workstations.list', {})) as unknown as { name: string }[]).map((w) => w.name)).toEqual(['Room 1', 'Room 2']);

    const chair = connect(room1);
    const board = connect(room2);
    const chairSession = await chair.openSession();
    const boardSession = await board.openSession();
    const heard: ServerEvent[] = [];
    const opened = new Promise<void>((resolve) => {
      board.events(
        boardSession,
        (e) => heard.push(e),
        () => {},
      );
      setTimeout(resolve, 200);
    });
    await opened;

    // Before signing in the API refuses, as on one machine: the same envelope.
    expect(await chair.call('clients.search', {}, chairSession)).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(await chair.call('auth.signIn', { staffId: practitionerId, pin: '2222' }, chairSession)).toMatchObject({ ok: true });
    const client = (await chair.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' }, chairSession)) as {
      ok: true;
      data: { id: number };
    };
    expect(client.ok).toBe(true);
    const charted = await chair.call(
      'sessions.chart',
      {
        clientId: client.data.id,
        performedAt: '2026-11-21T08:30:00.000Z',
        prepDone: true,
        pigmentBrand: 'Scalp Ink',
        pigmentShade: 'Medium Grey',
        dilution: '1:3',
        pigmentBatch: 'B-1',
        pigmentExpiry: '2027-06-30',
        needle: '1RL 0.25',
        zones: ['crown'],
      },
      chairSession,
    );
    expect(charted).toMatchObject({ ok: true });
    // A field error crosses as the same envelope the renderer knows.
    expect(await chair.call('clients.create', { firstName: '', lastName: 'X' }, chairSession)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { firstName: expect.any(String) } },
    });
    await expect
      .poll(() => heard.some((e) => e.type === 'stale' && e.channels !== 'all' && e.channels.includes('reception.board')))
      .toBe(true);
    const audit = hub.database.sqlite.prepare("SELECT staff_id FROM audit_log WHERE entity = 'session'").pluck().all();
    expect(audit).toEqual([practitionerId]);
    // The other window's session is its own: still signed out.
    expect(await board.call('clients.search', {}, boardSession)).toMatchObject({ ok: false, error: { code: 'signed_out' } });
  });

  it('gives each window of a workstation its own sign-in through the local proxy API', async () => {
    const hub = await hubAt();
    const { ok, practitionerId } = await clinic(hub);
    const link = await pairWithHub({ address: hub.server.address, code: (await codeFrom(ok)).code, name: 'Reception' });
    const local = workstationWindowApi({ client: hubClient(link), folder: tempDir('stipple-ws-'), key: WORKSTATION_KEY, intervalMs: 0 });
    running.push(local);
    const a = local.sessions.open();
    const b = local.sessions.open();
    expect(await local.call('auth.signIn', { staffId: practitionerId, pin: '2222' }, a)).toMatchObject({ ok: true });
    expect(await local.call('clients.search', {}, a)).toMatchObject({ ok: true });
    expect(await local.call('clients.search', {}, b)).toMatchObject({ ok: false, error: { code: 'signed_out' } });
  });
});

describe('refusals, each with nothing written on the hub', () => {
  it('a wrong pairing code', async () => {
    const hub = await hubAt();
    const { ok } = await clinic(hub);
    const { code } = await codeFrom(ok);
    const before = counts(hub);
    const wrong = `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`;
    await expect(pairWithHub({ address: hub.server.address, code: wrong, name: 'Laptop' })).rejects.toThrow(/pairing code is not right/);
    await expect(pairWithHub({ address: hub.server.address, code: 'hello', name: 'Laptop' })).rejects.toThrow(PairingError);
    expect(counts(hub)).toEqual(before);
  });

  it('an expired code', async () => {
    const hub = await hubAt();
    const { ok } = await clinic(hub);
    const { code } = await codeFrom(ok);
    now = new Date(now.getTime() + 10 * 60_000 + 1);
    const before = counts(hub);
    await expect(pairWithHub({ address: hub.server.address, code, name: 'Laptop' })).rejects.toThrow(/expired/);
    expect(counts(hub)).toEqual(before);
  });

  it('a code used twice', async () => {
    const hub = await hubAt();
    const { ok } = await clinic(hub);
    const { code } = await codeFrom(ok);
    await pairWithHub({ address: hub.server.address, code, name: 'Laptop' });
    const before = counts(hub);
    await expect(pairWithHub({ address: hub.server.address, code, name: 'Second laptop' })).rejects.toThrow(/already used/);
    expect(counts(hub)).toEqual(before);
  });

  it('a revoked workstation, even with a session and an event stream open', async () => {
    const hub = await hubAt();
    const { ok, practitionerId } = await clinic(hub);
    const link = await pairWithHub({ address: hub.server.address, code: (await codeFrom(ok)).code, name: 'Lost laptop' });
    const lost = connect(link);
    const session = await lost.openSession();
    await lost.call('auth.signIn', { staffId: practitionerId, pin: '2222' }, session);
    let streamEnded = false;
    lost.events(
      session,
      () => {},
      () => (streamEnded = true),
    );
    await new Promise((r) => setTimeout(r, 200));
    const id = ((await ok('workstations.list', {})) as unknown as { id: number }[])[0]!.id;
    await ok('workstations.revoke', { id, reason: 'left on the train' });
    await expect.poll(() => streamEnded).toBe(true);
    const before = counts(hub);
    const refused = lost.call('clients.create', { firstName: 'Eve', lastName: 'Thief' }, session);
    await expect(refused).rejects.toBeInstanceOf(HubRefusedError);
    await expect(refused).rejects.toThrow(/revoked this workstation/);
    await expect(lost.openSession()).rejects.toThrow(/revoked/);
    expect(counts(hub)).toEqual(before);
  });

  it('a stranger on the LAN without a credential, or with a made-up one', async () => {
    const hub = await hubAt();
    await clinic(hub);
    const before = counts(hub);
    const none = await stranger(hub.server.port, '/api/clients.create', {}, '{"firstName":"Eve","lastName":"X"}');
    expect(none).toMatchObject({
      status: 401,
      json: { ok: false, error: { code: 'forbidden', message: expect.stringMatching(/not paired/) } },
    });
    const madeUp = await stranger(hub.server.port, '/session', { Authorization: `Bearer ${'A'.repeat(43)}` });
    expect(madeUp.status).toBe(401);
    const badPair = await stranger(hub.server.port, '/pair', {}, '{"name":"Eve","proof":"x"}');
    expect(badPair).toMatchObject({ status: 400, json: { ok: false, error: { message: 'That is not a pairing code.' } } });
    expect(counts(hub)).toEqual(before);
  });

  it('a session of another workstation is not this one’s', async () => {
    const hub = await hubAt();
    const { ok } = await clinic(hub);
    const a = connect(await pairWithHub({ address: hub.server.address, code: (await codeFrom(ok)).code, name: 'A' }));
    const b = connect(await pairWithHub({ address: hub.server.address, code: (await codeFrom(ok)).code, name: 'B' }));
    const sessionOfA = await a.openSession();
    await expect(b.call('auth.status', {}, sessionOfA)).rejects.toThrow(/does not know/);
  });

  it('another computer with another certificate at the hub’s address', async () => {
    const hub = await hubAt();
    const { ok } = await clinic(hub);
    const { code: spare } = await codeFrom(ok);
    const link = await pairWithHub({ address: hub.server.address, code: (await codeFrom(ok)).code, name: 'Room 1' });
    const port = hub.server.port;
    await hub.close();
    const impostor = await hubAt(tempDir(), port);
    expect(impostor.server.fingerprint).not.toBe(link.fingerprint);
    await clinic(impostor);
    const before = counts(impostor);
    const transport = connect(link);
    const refused = transport.openSession();
    await expect(refused).rejects.toBeInstanceOf(HubUnreachableError);
    await expect(refused).rejects.toMatchObject({ reason: 'certificate', message: expect.stringMatching(/certificate is different/) });
    // A code made by the real hub is not even sent to it.
    await expect(pairWithHub({ address: impostor.server.address, code: spare, name: 'Room 2' })).rejects.toThrow(
      /not the hub that made this code/,
    );
    expect(counts(impostor)).toEqual(before);
  });

  it('a hub that is not there is unreachable, not an answer', async () => {
    const hub = await hubAt();
    const { ok } = await clinic(hub);
    const link = await pairWithHub({ address: hub.server.address, code: (await codeFrom(ok)).code, name: 'Room 1' });
    await hub.close();
    await expect(connect(link).openSession()).rejects.toMatchObject({ kind: 'hub_unreachable', reason: 'network' });
  });
});
