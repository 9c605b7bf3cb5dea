import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, TEST_KEY, tempDir } from '../db/testing';
import { pairWithHub } from '../network/pair-client';
import { runCli, type CliIo } from './stipple-cli';

function io(extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    migrationsFolder: MIGRATIONS_FOLDER,
    defaultDb: path.join(tempDir(), 'default.sqlite'),
    env: { STIPPLE_DB_KEY: TEST_KEY },
    ...extra,
  };
  return { cli, out, err };
}

describe('npm run stipple -- hub / pairing-code', () => {
  it('serves a hub until stopped; pairing-code prints a code a workstation pairs with', async () => {
    const db = path.join(tempDir(), 'clinic.sqlite');
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const hub = io({ untilStopped: () => stopped });
    const running = runCli(['hub', '--db', db, '--host', '127.0.0.1', '--port', '0'], hub.cli);
    await expect.poll(() => hub.out.join('\n'), { timeout: 20_000 }).toMatch(/address: 127\.0\.0\.1:\d+/);
    const address = /address: (\S+)/.exec(hub.out.join('\n'))![1]!;

    const code = io();
    expect(await runCli(['pairing-code', '--db', db], code.cli)).toBe(0);
    const printed = code.out.join('\n');
    expect(printed).toContain(`hub address: ${address}`);
    const typed = /Pairing code: (\S+)/.exec(printed)![1]!;
    const link = await pairWithHub({ address, code: typed, name: 'Room 1' });
    expect(printed).toContain(link.fingerprint);

    stop();
    expect(await running).toBe(0);
  });

  it('refuses a wrong command line with one plain sentence, and a pairing code with no hub', async () => {
    const cases: [string[], RegExp][] = [
      [['hub', '--port', '8443'], /hub needs --host/],
      [['hub', '--host', '127.0.0.1', '--port', 'eighty'], /--port must be a whole number/],
      [['pairing-code', '--port', '1'], /Only hub takes --host and --port/],
    ];
    for (const [argv, message] of cases) {
      const r = io();
      expect(await runCli(argv, r.cli)).toBe(2);
      expect(r.err[0]!.split('\n')[0]).toMatch(message);
    }
    const r = io();
    expect(await runCli(['pairing-code', '--db', path.join(tempDir(), 'x.sqlite')], r.cli)).toBe(1);
    expect(r.err[0]).toMatch(/is not served as the clinic's hub yet/);
  });
});
