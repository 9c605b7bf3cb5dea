// The desktop app's API process joining the clinic's hub: the real entry forked as a child process
// under Node (as utilityProcess.fork makes it), speaking the real protocol, with a real hub on
// 127.0.0.1. A new computer joins from its first-run screen (network.join): its empty database goes,
// every window asks the hub; the next start serves the hub without opening a database.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../api/result';
import { MIGRATIONS_FOLDER, TEST_KEY, tempDir } from '../../db/testing';
import { startHub, type RunningHub } from '../../network/hub';
import { WORKSTATION_KEY } from '../../network/testing-clinic';
import { loadWorkstation, workstationFileIn } from '../../network/workstation-store';
import { encodeArgs, type FromApiProcess, type ToApiProcess } from './protocol';

const ENTRY = path.resolve(import.meta.dirname, 'index.ts');
const children: ChildProcess[] = [];
let hub: RunningHub | null = null;
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await hub?.close();
  hub = null;
});

/** The API process as the main process sees it: messages in and out over the port. */
function apiProcess(databaseFile: string) {
  const child = fork(ENTRY, encodeArgs({ databaseFile, migrationsFolder: MIGRATIONS_FOLDER }), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  const received: FromApiProcess[] = [];
  const waiting: { test: (m: FromApiProcess) => boolean; resolve: (m: FromApiProcess) => void }[] = [];
  child.on('message', (raw) => {
    const message = raw as FromApiProcess;
    received.push(message);
    for (const w of waiting.splice(0)) {
      if (w.test(message)) w.resolve(message);
      else waiting.push(w);
    }
  });
  const next = (test: (m: FromApiProcess) => boolean) =>
    new Promise<FromApiProcess>((resolve) => {
      const seen = received.find(test);
      if (seen) return resolve(seen);
      waiting.push({ test, resolve });
    });
  const send = (message: ToApiProcess) => child.send(message);
  let id = 0;
  return {
    received,
    started: () => {
      send({ kind: 'start', databaseKey: WORKSTATION_KEY, keyProtection: 'keychain' });
      return next((m) => m.kind === 'ready' || m.kind === 'failed' || m.kind === 'damaged');
    },
    async call(window: number, channel: string, input: unknown): Promise<ApiResult<unknown>> {
      const callId = ++id;
      send({ kind: 'call', id: callId, window, channel, input });
      const answer = await next((m) => m.kind === 'result' && m.id === callId);
      return (answer as Extract<FromApiProcess, { kind: 'result' }>).result;
    },
    async quit() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      send({ kind: 'quit' });
      await next((m) => m.kind === 'closed');
      child.disconnect();
      await exited;
    },
  };
}

async function clinicHub(): Promise<{ hub: RunningHub; code: () => Promise<string> }> {
  const running = await startHub({
    dbFile: path.join(tempDir('stipple-hub-'), 'chart.sqlite'),
    databaseKey: TEST_KEY,
    migrationsFolder: MIGRATIONS_FOLDER,
    host: '127.0.0.1',
    port: 0,
    log: () => {},
  });
  hub = running;
  const desk = running.root.client();
  await desk.call('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
  return {
    hub: running,
    code: async () => ((await desk.call('workstations.pairingCode', {})) as { ok: true; data: { code: string } }).data.code,
  };
}

describe('the desktop app joining the clinic’s hub', () => {
  it('joins from the first-run screen, then starts as a workstation with no database', { timeout: 60_000 }, async () => {
    const { hub, code } = await clinicHub();
    const userData = tempDir('stipple-userdata-');
    const databaseFile = path.join(userData, 'stipple.sqlite');
    const first = apiProcess(databaseFile);
    expect(await first.started()).toEqual({ kind: 'ready', locale: 'en-GB' });
    expect(await first.call(2, 'auth.status', {})).toMatchObject({ ok: true, data: { needsOwner: true } });

    // A wrong code: beside the code, and this computer is as it was.
    const wrong = await first.call(1, 'network.join', { address: hub.server.address, code: 'AAAA-AAAA-AAAA', name: 'Room 2 laptop' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { address: expect.any(String) as unknown } } });
    expect(fs.existsSync(path.join(userData, 'workstation'))).toBe(false);

    const joined = await first.call(1, 'network.join', { address: hub.server.address, code: await code(), name: 'Room 2 laptop' });
    expect(joined).toEqual({ ok: true, data: { name: 'Room 2 laptop', address: hub.server.address } });
    // The other window is told to ask again; it now hears the hub's staff.
    expect(first.received).toContainEqual({ kind: 'event', window: 2, event: { type: 'stale', channels: 'all' } });
    expect(await first.call(2, 'auth.status', {})).toMatchObject({ ok: true, data: { needsOwner: false, staff: [{ name: 'Jo Owner' }] } });
    expect(fs.existsSync(databaseFile)).toBe(false);
    const folder = path.join(userData, 'workstation');
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(loadWorkstation(folder, WORKSTATION_KEY)).toMatchObject({ name: 'Room 2 laptop', address: hub.server.address });
    expect(fs.readFileSync(workstationFileIn(folder), 'utf8')).not.toContain('BEGIN CERTIFICATE');
    await first.quit();
    expect(fs.existsSync(databaseFile)).toBe(false);

    const again = apiProcess(databaseFile);
    expect(await again.started()).toEqual({ kind: 'ready' }); // a workstation holds no settings of its own
    expect(await again.call(1, 'auth.status', {})).toMatchObject({ ok: true, data: { needsOwner: false, staff: [{ name: 'Jo Owner' }] } });
    expect(await again.call(1, 'network.status', {})).toMatchObject({ ok: true, data: { role: 'workstation' } });
    await again.quit();
    expect(fs.existsSync(databaseFile)).toBe(false);
    expect(hub.database.sqlite.prepare('SELECT name FROM workstations').pluck().all()).toEqual(['Room 2 laptop']);
  });

  it('says in a sentence when the pairing file cannot be opened with this computer’s key', { timeout: 30_000 }, async () => {
    const userData = tempDir('stipple-userdata-');
    const folder = path.join(userData, 'workstation');
    fs.mkdirSync(folder, { mode: 0o700 });
    fs.writeFileSync(
      workstationFileIn(folder),
      JSON.stringify({ stipple: 'workstation', v: 1, nonce: 'AAAAAAAAAAAAAAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA==', data: 'AAAA' }),
      { mode: 0o600 },
    );
    const api = apiProcess(path.join(userData, 'stipple.sqlite'));
    const started = await api.started();
    expect(started).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('cannot be opened with this computer’s key') as unknown,
    });
    expect(fs.existsSync(path.join(userData, 'stipple.sqlite'))).toBe(false);
  });
});
