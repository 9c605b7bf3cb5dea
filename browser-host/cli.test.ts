import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../db/testing';
import { REPO_ROOT } from './build-renderer';
import { parseCli } from './cli-args';

describe('parseCli', () => {
  it('defaults to a temp database and a free port', () => {
    expect(parseCli([])).toEqual({ dbFile: null, keyFile: null, port: 0, demo: false, build: true, workstation: null });
  });

  it('reads --db, --port, --demo and --no-build', () => {
    expect(parseCli(['--db', 'chart.sqlite', '--key-file', 'chart.key', '--port', '5180', '--demo', '--no-build'])).toEqual({
      dbFile: path.resolve('chart.sqlite'),
      keyFile: path.resolve('chart.key'),
      port: 5180,
      demo: true,
      build: false,
      workstation: null,
    });
    expect(parseCli(['--db=x.sqlite', '--port=0'])).toMatchObject({ dbFile: path.resolve('x.sqlite'), port: 0 });
    expect(parseCli(['--help'])).toBe('help');
  });

  it.each([
    ['--port', 'abc'],
    ['--port', '-1'],
    ['--port', '70000'],
    ['--port', ''],
    ['--port', '1.5'],
    ['--db', ''],
    ['--bogus'],
    ['extra'],
  ])('refuses %s %s with a plain message', (...args) => {
    expect(() => parseCli(args.filter((a) => a !== undefined))).toThrow();
  });
});

describe('parseCli for a workstation', () => {
  it('reads --join, --pairing-code, --data and --name, and --data alone on later starts', () => {
    expect(parseCli(['--join', '192.168.1.10:8443', '--pairing-code', 'K7QF-92XM-3A8C', '--data', 'ws', '--name', 'Room 2'])).toMatchObject(
      {
        workstation: {
          dataFolder: path.resolve('ws'),
          join: { address: '192.168.1.10:8443', pairingCode: 'K7QF-92XM-3A8C', name: 'Room 2' },
        },
      },
    );
    expect(parseCli(['--data', 'ws', '--port', '5181'])).toMatchObject({
      port: 5181,
      workstation: { dataFolder: path.resolve('ws'), join: null },
    });
  });

  it.each([
    [['--join', '192.168.1.10:8443', '--data', 'ws'], /go together/],
    [['--pairing-code', 'K7QF-92XM-3A8C', '--data', 'ws'], /go together/],
    [['--join', '192.168.1.10:8443', '--pairing-code', 'K7QF-92XM-3A8C'], /needs --data/],
    [['--data', 'ws', '--db', 'chart.sqlite'], /no chart database of its own/],
    [['--name', 'Room 2'], /--name is for a workstation/],
  ])('refuses %j with one plain sentence', (args, message) => {
    expect(() => parseCli(args)).toThrow(message);
  });
});

const CLI = path.join(REPO_ROOT, 'browser-host', 'cli.ts');

function runCli(args: string[]) {
  // tsx as a loader, not its CLI: the CLI is a parent that relays signals, which races under load.
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--no-build', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the browser command', () => {
  it('prints one line with the tokened address, serves the API, and closes cleanly on SIGTERM', async () => {
    const dbFile = path.join(tempDir(), 'chart.sqlite');
    const run = runCli(['--db', dbFile]);
    try {
      await waitFor(() => run.out().includes('\n'));
      const lines = run.out().split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      const match = /^Stipple is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/.exec(lines[0]!);
      expect(match, lines[0]).not.toBeNull();
      const [, , port, token] = match!;

      // Opening the printed address gives this caller its session cookie.
      const opened = await fetch(`http://127.0.0.1:${port}/?token=${token!}`, { redirect: 'manual' });
      const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0]!;
      const res = await fetch(`http://127.0.0.1:${port}/api/clients.create`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ firstName: 'Sam', lastName: 'Reyes' }),
      });
      expect(await res.json()).toMatchObject({ ok: true });

      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      // Closed cleanly: the WAL was checkpointed and removed, and the data is in the file.
      expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
      expect(fs.statSync(dbFile).size).toBeGreaterThan(0);
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  it('explains a database it cannot open in one plain message and exits 1', async () => {
    const dbFile = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(dbFile, 'these are not the charts you are looking for');
    const run = runCli(['--db', dbFile]);
    expect(await run.exited).toBe(1);
    expect(run.out()).toBe('');
    expect(run.err()).toContain('is not a Stipple database');
    expect(run.err()).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(dbFile, 'utf8')).toBe('these are not the charts you are looking for');
  });

  it('ignores --demo with a note while there is no generator', async () => {
    const hasGenerator = fs.existsSync(path.join(REPO_ROOT, 'bench', 'demo.ts'));
    const run = runCli(['--demo']);
    try {
      await waitFor(() => run.out().includes('\n'));
      if (!hasGenerator) expect(run.err()).toContain('--demo ignored');
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
    } finally {
      run.child.kill('SIGKILL');
    }
  });
});
