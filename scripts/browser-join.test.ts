// `npm run browser -- --db <new file>` as the clinic's IT person runs it (scripts/browser.ts, a real
// child process), joining a real hub on 127.0.0.1 from the first-run screen's channel, then started
// again on the same --db: a workstation of that hub, with no database of its own.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser-host/build-renderer';
import { MIGRATIONS_FOLDER, TEST_KEY, tempDir } from '../db/testing';
import { startHub, type RunningHub } from '../network/hub';

const ENTRY = path.join(REPO_ROOT, 'scripts', 'browser.ts');
const stops: (() => unknown)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

function runBrowser(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--no-build', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stops.push(() => child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor(check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A browser context of the running host: its cookie, and calls with it. */
async function windowOf(run: ReturnType<typeof runBrowser>) {
  await waitFor(() => run.out().includes('\n'));
  const url = /Stipple is running at (\S+)/.exec(run.out())![1]!;
  const opened = await fetch(url, { redirect: 'manual' });
  const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0]!;
  const origin = new URL(url).origin;
  return async (channel: string, input: unknown) => {
    const res = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify(input),
    });
    return (await res.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string; fields?: Record<string, string> } };
  };
}

describe('npm run browser on a new database', () => {
  it('joins the hub from the first-run screen, and starts again as its workstation', { timeout: 90_000 }, async () => {
    const hub: RunningHub = await startHub({
      dbFile: path.join(tempDir('stipple-hub-'), 'chart.sqlite'),
      databaseKey: TEST_KEY,
      migrationsFolder: MIGRATIONS_FOLDER,
      host: '127.0.0.1',
      port: 0,
      log: () => {},
    });
    stops.push(() => hub.close());
    const desk = hub.root.client();
    await desk.call('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
    const code = ((await desk.call('workstations.pairingCode', {})) as { ok: true; data: { code: string } }).data.code;

    const dbFile = path.join(tempDir('stipple-new-'), 'stipple.sqlite');
    const first = runBrowser(['--db', dbFile]);
    const call = await windowOf(first);
    expect(await call('auth.status', {})).toMatchObject({ ok: true, data: { needsOwner: true } });
    const wrong = await call('network.join', {
      address: hub.server.address,
      code: `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`,
      name: 'Room 2 laptop',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { code: expect.any(String) as unknown } } });
    expect(fs.existsSync(path.join(path.dirname(dbFile), 'workstation'))).toBe(false);
    expect(await call('network.join', { address: hub.server.address, code, name: 'Room 2 laptop' })).toMatchObject({ ok: true });
    expect(await call('auth.status', {})).toMatchObject({ ok: true, data: { needsOwner: false, staff: [{ name: 'Jo Owner' }] } });
    expect(fs.existsSync(dbFile)).toBe(false);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const again = runBrowser(['--db', dbFile]);
    const call2 = await windowOf(again);
    expect(again.err()).toContain(`Workstation “Room 2 laptop” of the clinic's hub at ${hub.server.address}`);
    expect(await call2('auth.status', {})).toMatchObject({ ok: true, data: { needsOwner: false, staff: [{ name: 'Jo Owner' }] } });
    expect(fs.existsSync(dbFile)).toBe(false);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
});
