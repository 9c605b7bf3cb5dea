// The hub that follows the Settings switch, with real TLS on 127.0.0.1: on, moved to another port,
// off, and every failure to listen told to the owner as a sentence, never thrown.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type StippleApi } from '../api/dispatch';
import { MIGRATIONS_FOLDER, openTestDatabase, tempDir } from '../db/testing';
import type { OpenDatabase } from '../db/open';
import { pairWithHub } from './pair-client';
import { hubAddressFileFor, hubApiOptions, hubFollowingSettings, listenProblem, type HubFollower } from './serve-as-hub';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A port free right now on 127.0.0.1. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The certificate fingerprint shown at host:port, or the connection's error code. */
function handshake(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const fingerprint = socket.getPeerCertificate().fingerprint256;
      socket.destroy();
      resolve(fingerprint);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

async function desk(options: { start?: Record<string, unknown> } = {}) {
  const database: OpenDatabase = await openTestDatabase(path.join(tempDir(), 'chart.sqlite'));
  let follower: HubFollower | null = null;
  const logged: string[] = [];
  const api: StippleApi = createApi(database, {
    checkOutputs: true,
    migrationsFolder: MIGRATIONS_FOLDER,
    ...hubApiOptions(() => follower),
  });
  const owner = api.client();
  const ok = async (channel: string, input: unknown) => {
    const r = await owner.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data as Record<string, unknown>;
  };
  await ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
  if (options.start) await ok('settings.update', options.start);
  follower = hubFollowingSettings({ api, database, log: (m) => logged.push(m) });
  cleanups.push(() => database.close());
  cleanups.push(() => follower.close());
  await follower.settled();
  /** Saves settings as the owner would, and waits for the hub to follow. */
  const save = async (changes: Record<string, unknown>) => {
    await ok('settings.update', changes);
    await follower.settled();
  };
  return { api, database, follower, ok, save, owner, logged };
}

describe('hubFollowingSettings', () => {
  it('stays off while the switch is off', async () => {
    const d = await desk();
    expect(d.follower.state()).toEqual({ state: 'off', address: null, fingerprint: null, problem: null });
    expect(d.follower.identity()).toBeNull();
    expect(fs.existsSync(hubAddressFileFor(d.database.file))).toBe(false);
    expect((await d.owner.call('workstations.pairingCode', {})).ok).toBe(false);
  });

  it('serves when turned on: a workstation pairs over TLS with the code Settings gives', async () => {
    const port = await freePort();
    const d = await desk();
    const heard: unknown[] = [];
    const window = d.api.sessions.open();
    d.api.sessions.listen((id, event) => id === window && heard.push(event));
    await d.save({ hubEnabled: true, hubHost: '127.0.0.1', hubPort: port });

    const state = d.follower.state();
    expect(state).toMatchObject({ state: 'serving', address: `127.0.0.1:${port}`, problem: null });
    expect(await handshake(port)).toBe(state.fingerprint);
    expect(heard).toContainEqual({ type: 'stale', channels: ['network.hubStatus'] });
    expect(fs.readFileSync(hubAddressFileFor(d.database.file), 'utf8')).toBe(`127.0.0.1:${port}\n`);
    expect(await d.ok('network.hubStatus', {})).toMatchObject({ state: 'serving', address: `127.0.0.1:${port}` });

    const code = (await d.ok('workstations.pairingCode', {})) as { code: string; address: string; fingerprint: string };
    expect(code).toMatchObject({ address: `127.0.0.1:${port}`, fingerprint: state.fingerprint });
    const link = await pairWithHub({ address: code.address, code: code.code, name: 'Room 1' });
    expect(link.fingerprint).toBe(state.fingerprint);
    expect(((await d.ok('workstations.list', {})) as unknown as { name: string }[]).map((w) => w.name)).toEqual(['Room 1']);
  });

  it('serves at start when the setting was on, moves to a new port with the same certificate, and stops when turned off', async () => {
    const first = await freePort();
    const d = await desk({ start: { hubEnabled: true, hubHost: '127.0.0.1', hubPort: first } });
    const fingerprint = d.follower.state().fingerprint!;
    expect(await handshake(first)).toBe(fingerprint);

    const second = await freePort();
    await d.save({ hubPort: second });
    expect(d.follower.state()).toMatchObject({ state: 'serving', address: `127.0.0.1:${second}`, fingerprint });
    expect(await handshake(second)).toBe(fingerprint);
    expect(await handshake(first)).toBe('ECONNREFUSED');

    // Another setting changes nothing for the hub: the same server stays.
    const identity = d.follower.identity();
    await d.save({ clinicName: 'North Street SMP' });
    expect(d.follower.identity()).toEqual(identity);

    await d.save({ hubEnabled: false });
    expect(d.follower.state()).toEqual({ state: 'off', address: null, fingerprint: null, problem: null });
    expect(d.follower.identity()).toBeNull();
    expect(await handshake(second)).toBe('ECONNREFUSED');
    expect(fs.existsSync(hubAddressFileFor(d.database.file))).toBe(false);
    expect((await d.owner.call('workstations.pairingCode', {})).ok).toBe(false);
  });

  it('tells the owner in a sentence when the port is taken, and serves once another is chosen', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => taken.close(resolve)));
    const busy = (taken.address() as net.AddressInfo).port;

    const d = await desk();
    await d.save({ hubEnabled: true, hubHost: '127.0.0.1', hubPort: busy });
    expect(d.follower.state()).toEqual({
      state: 'failed',
      address: null,
      fingerprint: null,
      problem: `Port ${busy} is already in use on this computer (by another program, or another Stipple). Choose another port, or close that program.`,
    });
    expect(await d.ok('network.hubStatus', {})).toMatchObject({
      state: 'failed',
      problem: expect.stringMatching(/already in use/) as unknown,
    });
    expect(d.follower.identity()).toBeNull();
    expect((await d.owner.call('workstations.pairingCode', {})).ok).toBe(false);

    const free = await freePort();
    await d.save({ hubPort: free });
    expect(d.follower.state()).toMatchObject({ state: 'serving', address: `127.0.0.1:${free}` });
  });

  it('says so when the address is not this computer’s', async () => {
    // 192.0.2.0/24 is for documentation: no computer has it.
    const d = await desk();
    await d.save({ hubEnabled: true, hubHost: '192.0.2.1', hubPort: await freePort() });
    expect(d.follower.state()).toMatchObject({
      state: 'failed',
      problem: '192.0.2.1 is not an address of this computer now (the network may have changed). Choose one from the list, or all of them.',
    });
  });

  it('follows a restore (everything stale) and stops serving on close', async () => {
    const port = await freePort();
    const d = await desk({ start: { hubEnabled: true, hubHost: '127.0.0.1', hubPort: port } });
    d.database.sqlite.prepare("UPDATE settings SET value = 'false' WHERE key = 'hubEnabled'").run();
    d.api.sessions.broadcast({ type: 'stale', channels: 'all' });
    await d.follower.settled();
    expect(d.follower.state().state).toBe('off');
    await d.save({ hubEnabled: true });
    expect(await handshake(port)).toMatch(/:/);
    await d.follower.close();
    expect(await handshake(port)).toBe('ECONNREFUSED');
  });
});

describe('listenProblem', () => {
  it('names permission and the unexpected plainly', () => {
    expect(listenProblem(Object.assign(new Error('x'), { code: 'EACCES' }), '0.0.0.0', 443)).toBe(
      'This computer does not let Stipple listen on port 443. Choose a port above 1023, such as 8443.',
    );
    expect(listenProblem(new Error('boom'), '0.0.0.0', 8443)).toBe(
      'The hub could not start on this computer. Try another port, or restart Stipple.',
    );
  });
});
