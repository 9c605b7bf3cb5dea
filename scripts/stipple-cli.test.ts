import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../api/testing';
import { lockFileOf } from '../db/app-lock';
import { rowCounts } from '../db/backup';
import { MIGRATIONS_FOLDER, tempDir, openRaw, TEST_KEY, AUDIT_NO_UPDATE_SQL } from '../db/testing';
import { fillClinic } from '../tests/fixtures/clinic';
import { runCli, USAGE } from './stipple-cli';

let t: Awaited<ReturnType<typeof testApi>>;
let dbFile: string;
beforeAll(async () => {
  t = await testApi();
  await fillClinic(t, 2);
  dbFile = t.open.file;
});
afterAll(() => t.close());

const PASSPHRASE = 'cli export passphrase';

async function cliWith(
  tasks: 'worker' | 'inline',
  argv: string[],
  env: Record<string, string | undefined> = { STIPPLE_EXPORT_PASSPHRASE: PASSPHRASE },
) {
  const out: string[] = [];
  const err: string[] = [];
  const steps: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    migrationsFolder: MIGRATIONS_FOLDER,
    defaultDb: dbFile,
    tasks,
    progress: (p) => steps.push(p.step),
    env: { STIPPLE_DB_KEY: TEST_KEY, ...env },
  });
  return { code, out: out.join('\n'), err: err.join('\n'), steps };
}
const cli = (...argv: string[]) => cliWith('inline', argv);

describe('npm run stipple', () => {
  it('backs up to a folder, verifies the copy, and says what it did', async () => {
    const to = tempDir();
    const b = await cli('backup', '--to', to);
    expect(b).toMatchObject({ code: 0, err: '' });
    expect(b.out).toMatch(/2 client\(s\), 4 session\(s\)[\s\S]*checked: intact/);
    const file = path.join(to, fs.readdirSync(to)[0]!);
    const v = await cli('verify', file);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/integrity: ok\n {2}schema version: (\d+) of \1\n {2}audit trail: \d+ entries, chain unbroken/);
  });

  it('verify exits 1 with the reason for a tampered file', async () => {
    const to = tempDir();
    await cli('backup', '--to', to);
    const file = path.join(to, fs.readdirSync(to)[0]!);
    const raw = openRaw(file);
    raw.exec('DROP TRIGGER audit_log_no_update; UPDATE audit_log SET staff_id = 99 WHERE id = 2;');
    raw.close();
    const v = await cli('verify', file);
    expect(v.code).toBe(1);
    expect(v.err).toMatch(/audit entry 2 was changed after it was written/);
  });

  it('exports charts and tables, and imports them into a new database', async () => {
    const to = path.join(tempDir(), 'export');
    const e = await cli('export', '--to', to);
    expect(e.code).toBe(0);
    expect(e.out).toMatch(/2 chart\(s\) as JSON/);
    const fresh = path.join(tempDir(), 'new.sqlite');
    const i = await cli('import', to, '--db', fresh);
    expect(i).toMatchObject({ code: 0 });
    const copy = openRaw(fresh, { readonly: true });
    expect(rowCounts(copy).sessions).toBe(4);
    copy.close();
    expect((await cli('export', '--to', to)).err).toMatch(/not empty/);
  });

  it('encrypts an export unless --plain is given, which warns; a wrong passphrase leaves no database behind', async () => {
    const none = await cliWith('inline', ['export', '--to', path.join(tempDir(), 'export')], {});
    expect(none).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^An export is encrypted: give its passphrase .* or choose --plain/),
    });
    const short = await cliWith('inline', ['export', '--to', path.join(tempDir(), 'export')], { STIPPLE_EXPORT_PASSPHRASE: 'short' });
    expect(short).toMatchObject({ code: 1, err: expect.stringMatching(/at least 12 characters/) });
    const plainDir = path.join(tempDir(), 'plain');
    const plain = await cliWith('inline', ['export', '--plain', '--to', plainDir], {});
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/NOT encrypted/);
    expect(plain.err).toMatch(/^Warning: A plain export is not encrypted: its files hold clients’ medical records/);
    expect(fs.readFileSync(path.join(plainDir, 'csv', 'clients.csv'), 'utf8')).toMatch(/Müller/);

    const encrypted = path.join(tempDir(), 'export');
    const passphraseFile = path.join(tempDir(), 'passphrase.txt');
    fs.writeFileSync(passphraseFile, `${PASSPHRASE}\n`, { mode: 0o600 });
    expect((await cliWith('inline', ['export', '--to', encrypted, '--passphrase-file', passphraseFile], {})).code).toBe(0);
    expect(fs.readFileSync(path.join(encrypted, 'csv', 'clients.csv.enc')).includes('Müller')).toBe(false);

    const fresh = path.join(tempDir(), 'new.sqlite');
    const wrong = await cliWith('inline', ['import', encrypted, '--db', fresh], { STIPPLE_EXPORT_PASSPHRASE: 'not the passphrase' });
    expect(wrong).toMatchObject({
      code: 1,
      err: 'That passphrase does not open this export. Check it and try again. Nothing was imported.',
    });
    expect(fs.readdirSync(path.dirname(fresh))).toEqual([]);
    const right = await cliWith('inline', ['import', encrypted, '--db', fresh, '--passphrase-file', passphraseFile], {});
    expect(right.code).toBe(0);
    expect(right.out).toMatch(/1 staff member\(s\), without PINs: each chooses a PIN at their first sign-in/);
    const copy = openRaw(fresh, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM staff WHERE pin_hash IS NULL OR pin_hash LIKE ?').pluck().get('scrypt%')).toBe(0);
    copy.close();
    // A plain copy for other programs.
    const readable = path.join(tempDir(), 'readable');
    const d = await cli('decrypt-export', encrypted, '--to', readable);
    expect(d.code).toBe(0);
    expect(d.err).toMatch(/^Warning: A plain export is not encrypted/);
    expect(fs.readFileSync(path.join(readable, 'csv', 'clients.csv'), 'utf8')).toMatch(/Müller/);
  });

  it('refuses an export whose audit trail was edited, unless --override-reason says why', async () => {
    const to = path.join(tempDir(), 'export');
    await cliWith('inline', ['export', '--plain', '--to', to], {});
    const clinicFile = path.join(to, 'clinic.json');
    const clinic = JSON.parse(fs.readFileSync(clinicFile, 'utf8'));
    clinic.tables.audit_log[1].reason = 'rewritten';
    fs.writeFileSync(clinicFile, JSON.stringify(clinic));
    const fresh = path.join(tempDir(), 'new.sqlite');
    const refused = await cli('import', to, '--db', fresh);
    expect(refused).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /audit trail does not check out: audit entry 2 was changed.*by giving the reason, which is written to the audit trail\. Give it with --override-reason "<why>"\.$/,
      ),
    });
    expect(fs.existsSync(fresh)).toBe(false);
    expect((await cli('import', to, '--db', fresh, '--override-reason', '  ')).code).toBe(2);
    const reason = 'Repaired by hand after a disk fault';
    const done = await cli('import', to, '--db', fresh, '--override-reason', reason);
    expect(done.code).toBe(0);
    expect(done.err).toMatch(/Imported although its audit trail does not check out/);
    const copy = openRaw(fresh, { readonly: true });
    expect(copy.prepare("SELECT reason FROM audit_log WHERE action = 'import'").pluck().get()).toBe(reason);
    copy.close();
  });

  it('restores a backup into the database, keeping the state before it', async () => {
    const to = tempDir();
    await cli('backup', '--to', to);
    const backup = path.join(to, fs.readdirSync(to)[0]!);
    const target = path.join(tempDir(), 'target.sqlite');
    fs.copyFileSync(backup, target);
    const r = await cli('restore', backup, '--db', target);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Restored[\s\S]*before is kept in .*backups/);
    const v = await cli('verify', '--db', target);
    expect(v.code).toBe(0);
  });

  it('refuses to restore a backup whose audit trail does not verify, unless --override-reason says why', async () => {
    const to = tempDir();
    await cli('backup', '--to', to);
    const backup = path.join(to, fs.readdirSync(to)[0]!);
    const target = path.join(tempDir(), 'target.sqlite');
    fs.copyFileSync(backup, target);
    const raw = openRaw(backup);
    raw.exec('DROP TRIGGER audit_log_no_update; UPDATE audit_log SET staff_id = 99 WHERE id = 2;');
    raw.exec(AUDIT_NO_UPDATE_SQL);
    raw.close();
    const countsOf = (file: string) => {
      const db = openRaw(file, { readonly: true });
      try {
        return { ...rowCounts(db), restores: db.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore'").pluck().get() };
      } finally {
        db.close();
      }
    };
    const before = countsOf(target);
    const refused = await cli('restore', backup, '--db', target);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /audit entry 2 was changed after it was written.*Nothing was restored\. To restore it anyway, run restore again with --override-reason/,
    );
    expect((await cli('restore', backup, '--db', target, '--override-reason', '  ')).code).toBe(2);
    expect((await cli('verify', backup, '--override-reason', 'x')).err).toMatch(/--override-reason is for restore and import only/);
    expect(countsOf(target)).toEqual(before);

    const r = await cli('restore', backup, '--db', target, '--override-reason', 'Only copy left after the disk failed');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/the reason was audited: Only copy left after the disk failed/);
    const restored = openRaw(target, { readonly: true });
    expect(restored.prepare("SELECT reason FROM audit_log WHERE action = 'restore' ORDER BY id DESC LIMIT 1").pluck().get()).toBe(
      'Only copy left after the disk failed',
    );
    restored.close();
  });

  it('refuses restore and import while the app has the database open, naming it, and changes nothing', async () => {
    const to = tempDir();
    await cli('backup', '--to', to);
    const backup = path.join(to, fs.readdirSync(to)[0]!);
    const target = path.join(tempDir(), 'target.sqlite');
    fs.copyFileSync(backup, target);
    // Another process (as the app would be) holds the lock on the target.
    const app = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(lockFileOf(target), JSON.stringify({ pid: app.pid, app: 'Stipple', since: '2026-12-01T09:00:00.000Z' }), {
        mode: 0o600,
      });
      const before = fs.readFileSync(target);
      const restore = await cli('restore', backup, '--db', target);
      expect(restore.code).toBe(1);
      expect(restore.err).toBe(
        `Stipple has ${target} open (process ${app.pid}, since 2026-12-01T09:00:00.000Z). Quit Stipple first, then run restore again; nothing was changed.`,
      );
      const imported = await cli('import', to, '--db', target);
      expect(imported.code).toBe(1);
      expect(imported.err).toMatch(/^Stipple has .* open .*run import again; nothing was changed\.$/);
      expect(fs.readFileSync(target).equals(before)).toBe(true);
    } finally {
      app.kill();
    }
    // Once that process is gone its lock is stale, and the restore goes ahead.
    await new Promise((resolve) => app.once('exit', resolve));
    expect((await cli('restore', backup, '--db', target)).code).toBe(0);
  });

  it('does the same on a worker thread, as the app does, telling each step', async () => {
    const to = tempDir();
    const b = await cliWith('worker', ['backup', '--to', to]);
    expect(b).toMatchObject({ code: 0, err: '' });
    expect(b.steps).toEqual(expect.arrayContaining(['Copying the database', 'Checking the backup']));
    const file = path.join(to, fs.readdirSync(to)[0]!);
    const v = await cliWith('worker', ['verify', file]);
    expect(v.code).toBe(0);
    expect(v.steps).toContain('Checking the audit trail');
    const target = path.join(tempDir(), 'target.sqlite');
    fs.copyFileSync(file, target);
    const r = await cliWith('worker', ['restore', file, '--db', target]);
    expect(r.code).toBe(0);
    expect(r.steps).toContain('Replacing the records');
    const e = await cliWith('worker', ['export', '--to', path.join(tempDir(), 'export'), '--db', target]);
    expect(e.out).toMatch(/2 chart\(s\) as JSON/);
    expect((await cliWith('worker', ['export', '--to', to])).err).toMatch(/is not empty/);
  });

  it('refuses wrong command lines with exit 2 and wrong files with exit 1', async () => {
    expect(await cli()).toMatchObject({ code: 2 });
    expect((await cli('backup')).err).toMatch(/needs --to/);
    expect((await cli('backup', '--to', tempDir(), '--plain')).err).toMatch(/--plain is for export only/);
    expect((await cli('export', '--to', tempDir(), '--plain', '--passphrase-file', 'x')).code).toBe(2);
    expect((await cli('backup', '--to', tempDir(), '--override-reason', 'why')).err).toMatch(/for restore and import only/);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('--help')).out).toBe(USAGE);
    const missing = await cli('backup', '--to', tempDir(), '--db', path.join(tempDir(), 'none.sqlite'));
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.err).toMatch(/There is no database/);
    const text = path.join(tempDir(), 'x.sqlite');
    fs.writeFileSync(text, 'not a database');
    expect((await cli('restore', text)).err).toMatch(/not a SQLite file at all\). Nothing was restored/);
  });

  it('runs as `npm run stipple` with a non-zero exit on failure', () => {
    const root = path.resolve(MIGRATIONS_FOLDER, '..', '..');
    const to = tempDir();
    const keyFile = path.join(tempDir(), 'clinic.key');
    fs.writeFileSync(keyFile, `${TEST_KEY}\n`, { mode: 0o600 });
    const ok = execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'scripts/stipple.ts',
        'backup',
        '--to',
        to,
        '--db',
        dbFile,
        '--key-file',
        keyFile,
      ],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(ok).toMatch(/Backed up/);
    let code = 0;
    try {
      execFileSync(
        process.execPath,
        [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/stipple.ts', 'verify', path.join(to, 'nothing.sqlite')],
        {
          cwd: root,
          stdio: 'pipe',
        },
      );
    } catch (error) {
      code = (error as { status: number }).status;
    }
    expect(code).toBe(1);
  });
});
