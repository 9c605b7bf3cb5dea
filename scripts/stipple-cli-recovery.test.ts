// A backup carried to a new computer, opened there with nothing but the recovery key from the sheet.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecoveryKey, recoveryKeyGroups } from '../core/recovery-key';
import { testApi } from '../api/testing';
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, tempDir, TEST_KEY } from '../db/testing';
import { fillClinic } from '../tests/fixtures/clinic';
import { runCli } from './stipple-cli';

let t: Awaited<ReturnType<typeof testApi>>;
let backup: string;
const recoveryKey = formatRecoveryKey(TEST_KEY);

beforeAll(async () => {
  t = await testApi();
  await fillClinic(t, 2);
  const to = tempDir();
  const made = await cli({ STIPPLE_DB_KEY: TEST_KEY }, 'backup', '--db', t.open.file, '--to', to);
  expect(made.code).toBe(0);
  backup = path.join(
    to,
    fs.readdirSync(to).find((n) => n.endsWith('.sqlite'))!,
  );
});
afterAll(() => t.close());

/** The command line on "a new computer": no key variable, no key file, unless given. */
async function cli(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    migrationsFolder: MIGRATIONS_FOLDER,
    defaultDb: path.join(tempDir(), 'nothing-here.sqlite'),
    env,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('--recovery-key on a new computer', () => {
  it('verifies a backup with nothing but the recovery key', async () => {
    const fresh = tempDir();
    const without = await cli({}, 'verify', backup, '--db', path.join(fresh, 'stipple.sqlite'));
    expect(without.code).toBe(1);
    expect(without.err).toMatch(/no key was given for it/);
    const v = await cli({}, 'verify', backup, '--db', path.join(fresh, 'stipple.sqlite'), '--recovery-key', recoveryKey);
    expect(v.err).toBe('');
    expect(v.out).toMatch(/is a sound Stipple database/);
    expect(fs.readdirSync(fresh)).toEqual([]); // reading writes no key file
  });

  it('answers a mistyped or another database’s key with one sentence, and writes nothing', async () => {
    const fresh = tempDir();
    const db = path.join(fresh, 'stipple.sqlite');
    const groups = recoveryKeyGroups(TEST_KEY);
    const typo = groups.map((g, i) => (i === 2 ? `${g.slice(0, 2)}${g[2] === '7' ? '8' : '7'}${g.slice(3)}` : g)).join('-');
    for (const command of ['verify', 'restore']) {
      const r = await cli({}, command, backup, '--db', db, '--recovery-key', typo);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`Group 3 (${typo.split('-')[2]}) has a typo: check it against the printed sheet. Nothing was changed.`);
      const other = await cli({}, command, backup, '--db', db, '--recovery-key', formatRecoveryKey(crypto.randomBytes(32).toString('hex')));
      expect(other.code).toBe(1);
      expect(other.err).toBe(
        `This recovery key does not open ${backup}: it belongs to another Stipple database, or the file is not a Stipple backup. Nothing was changed.`,
      );
    }
    const short = await cli({}, 'restore', backup, '--db', db, '--recovery-key', groups.slice(0, 12).join('-'));
    expect(short.err).toMatch(/^A recovery key has 14 groups of 5 characters \(70 in all\); this has 60\./);
    expect(fs.readdirSync(fresh)).toEqual([]);
  });

  it('restores into an empty folder, which keeps the recovery key as its key', async () => {
    const fresh = tempDir();
    const db = path.join(fresh, 'stipple.sqlite');
    const r = await cli({}, 'restore', backup, '--db', db, '--recovery-key', recoveryKey.toLowerCase().replace(/-/g, ' '));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(`The recovery key is now this database's key, written to ${db}.key.`);
    expect(r.out).toMatch(/^Restored /);
    expect(fs.readFileSync(`${db}.key`, 'utf8').trim()).toBe(TEST_KEY);
    if (process.platform !== 'win32') expect(fs.statSync(`${db}.key`).mode & 0o777).toBe(0o600);
    // From now on the key file opens it, as on any computer set up from scratch.
    const v = await cli({}, 'verify', '--db', db);
    expect(v.out).toMatch(/is a sound Stipple database/);
    const clients = t.open.sqlite.prepare('SELECT count(*) FROM clients').pluck().get();
    expect(v.out).toContain(`${String(clients)} client(s)`);
  });

  it('restores into a database that already has a key of its own, rewriting the backup under that key', async () => {
    const fresh = tempDir();
    const db = path.join(fresh, 'stipple.sqlite');
    const ownKey = crypto.randomBytes(32).toString('hex');
    (await openDatabase(db, { migrationsFolder: MIGRATIONS_FOLDER, key: ownKey })).close();
    const r = await cli({ STIPPLE_DB_KEY: ownKey }, 'restore', backup, '--db', db, '--recovery-key', recoveryKey);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(fresh).filter((n) => n.includes('from-another-computer'))).toEqual([]);
    const v = await cli({ STIPPLE_DB_KEY: ownKey }, 'verify', '--db', db);
    expect(v.out).toMatch(/is a sound Stipple database/);
  });

  it('works as `npm run stipple` does, in a process of its own with a clean environment', () => {
    const fresh = tempDir();
    const db = path.join(fresh, 'stipple.sqlite');
    const root = path.resolve(import.meta.dirname, '..');
    const env = { PATH: process.env.PATH ?? '', HOME: fresh };
    const out = execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'scripts/stipple.ts',
        'restore',
        backup,
        '--db',
        db,
        '--recovery-key',
        recoveryKey,
      ],
      { cwd: root, env, encoding: 'utf8', stdio: 'pipe' },
    );
    expect(out).toMatch(/^Restored /);
    let failed: { status: number; stderr: string } | null = null;
    try {
      execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          'scripts/stipple.ts',
          'verify',
          backup,
          '--db',
          path.join(fresh, 'x.sqlite'),
          '--recovery-key',
          'ABCDE',
        ],
        { cwd: root, env, encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (error) {
      failed = error as { status: number; stderr: string };
    }
    expect(failed?.status).toBe(1);
    expect(failed?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed?.stderr).not.toMatch(/\bat \S+:\d+/); // no stack trace
  }, 60_000);
});
