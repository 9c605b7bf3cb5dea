// The long tasks on their worker thread against the same tasks inline, on real SQLite files: the
// same results, progress in order to done === total, errors as plain envelopes, and the app's own
// connection answering (and writing) while a task works beside it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, rowCounts } from '../../db/backup';
import { partialExportFolder } from '../../db/export';
import { MIGRATIONS_FOLDER, openTestDatabase, tempDir, TEST_KEY, openRaw } from '../../db/testing';
import { checkAuditChain } from '../../db/verify';
import { fillClinic } from '../../tests/fixtures/clinic';
import { createApi } from '../dispatch';
import { testApi } from '../testing';
import { inlineTaskRunner, workerTaskRunner } from './runner';
import { addPlainClients, folderContents, progressProblems, tableRows } from './testing';
import type { Progress, TaskRunner } from './types';

const NOW = '2026-11-21T09:00:00.000Z';

let t: Awaited<ReturnType<typeof testApi>>;
let inline: TaskRunner;
let worker: TaskRunner;
beforeEach(async () => {
  t = await testApi(() => new Date(NOW));
  await fillClinic(t, 2);
  inline = inlineTaskRunner(t.open.sqlite);
  worker = workerTaskRunner({ database: t.open.file, key: TEST_KEY });
});
afterEach(() => t.close());

/** Runs a task, collecting its progress. */
async function withProgress<T>(run: (onProgress: (p: Progress) => void) => Promise<T>): Promise<{ result: T; events: Progress[] }> {
  const events: Progress[] = [];
  const result = await run((p) => events.push(p));
  return { result, events };
}

describe('each task gives the same result on its worker as inline', () => {
  it('export: the same files, byte for byte, with progress in order', async () => {
    const a = path.join(tempDir(), 'inline');
    const b = path.join(tempDir(), 'worker');
    const input = { now: NOW, actorId: null, audit: false, passphrase: null }; // plain: byte for byte (a sealed file has a random nonce)
    const one = await withProgress((onProgress) => inline.run('export', { ...input, folder: a }, { onProgress }));
    const two = await withProgress((onProgress) => worker.run('export', { ...input, folder: b }, { onProgress }));
    expect(two.result).toEqual({ ...one.result, folder: b });
    expect(folderContents(b)).toEqual(folderContents(a));
    expect(Object.keys(folderContents(b))).toContain('clinic.json');
    expect(two.events).toEqual(one.events);
    expect(progressProblems(two.events)).toEqual([]);
    expect(two.events.map((e) => e.step)).toContain('Writing charts');
    // Health records: the owner alone may read them.
    expect(fs.statSync(b).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(b, 'clinic.json')).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(partialExportFolder(b))).toBe(false);
  });

  it('backup: a verified copy with the same rows, both ways', async () => {
    const one = await withProgress((onProgress) => inline.run('backup', { now: NOW }, { onProgress }));
    const two = await withProgress((onProgress) => worker.run('backup', { now: '2026-11-21T09:00:01.000Z' }, { onProgress }));
    expect(two.result.warnings).toEqual([]);
    expect(two.result.made[0]!.counts).toEqual(one.result.made[0]!.counts);
    expect(two.result.made[0]!.counts).toEqual(rowCounts(t.open.sqlite));
    const report = await worker.run('verify', { file: two.result.made[0]!.file, migrationsFolder: MIGRATIONS_FOLDER });
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(fs.statSync(two.result.made[0]!.file).mode & 0o777).toBe(0o600);
    expect(progressProblems(two.events)).toEqual([]);
    expect(two.events).toEqual(one.events);
  });

  it('verify: the same problems in a tampered backup, both ways', async () => {
    const file = (await backupDatabase(t.open.sqlite, tempDir())).file;
    const raw = openRaw(file);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET after = '{}' WHERE id = 3").run();
    raw.close();
    const input = { file, migrationsFolder: MIGRATIONS_FOLDER };
    const one = await withProgress((onProgress) => inline.run('verify', input, { onProgress }));
    const two = await withProgress((onProgress) => worker.run('verify', input, { onProgress }));
    expect(two.result.ok).toBe(false);
    expect(two.result.problems.join(' ')).toMatch(/audit trail is broken/);
    expect(two.result).toEqual(one.result);
    expect(two.events).toEqual(one.events);
    expect(progressProblems(two.events)).toEqual([]);
    expect(two.events.map((e) => e.step)).toContain('Checking the audit trail');
  });

  it('restore on the worker: the database equals the backup, and the app’s connection sees it at once', async () => {
    const made = await worker.run('backup', { now: NOW });
    const backup = openRaw(made.made[0]!.file, { readonly: true });
    const expected = tableRows(backup, ['audit_log']);
    const auditBefore = backup.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    backup.close();
    await t.ok('clients.create', { firstName: 'After', lastName: 'Backup' });
    // The app's connection has its own caches (prepared statements, the client list's order): warm them.
    const listed = await t.ok('clients.list', { sort: 'lastSession', limit: 100 });
    expect(listed.total).toBe(3);

    const { result, events } = await withProgress((onProgress) =>
      worker.run(
        'restore',
        { file: made.made[0]!.file, migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir(), now: NOW, actorId: null, reason: 'test' },
        { onProgress },
      ),
    );
    expect(result.restoredFrom).toBe(made.made[0]!.file);
    expect(tableRows(t.open.sqlite, ['audit_log'])).toEqual(expected);
    expect(t.open.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore + 1);
    expect(checkAuditChain(t.open.sqlite).problem).toBeNull();
    expect((await t.ok('clients.search', { query: 'After' })).total).toBe(0);
    expect((await t.ok('clients.list', { sort: 'lastSession', limit: 100 })).total).toBe(2);
    expect(progressProblems(events)).toEqual([]);
    expect(events.map((e) => e.step)).toEqual(
      expect.arrayContaining(['Checking the audit trail', 'Backing up the current database first', 'Replacing the records']),
    );
  });

  it('restore inline gives the same database as on the worker', async () => {
    const made = await inline.run('backup', { now: NOW });
    const file = made.made[0]!.file;
    const input = { file, migrationsFolder: MIGRATIONS_FOLDER, now: NOW, actorId: null, reason: null };
    await t.ok('clients.create', { firstName: 'After', lastName: 'Backup' });
    await worker.run('restore', { ...input, backupFolder: tempDir() });
    const viaWorker = tableRows(t.open.sqlite);
    await t.ok('clients.create', { firstName: 'Again', lastName: 'After' });
    await inline.run('restore', { ...input, backupFolder: tempDir() });
    expect(tableRows(t.open.sqlite)).toEqual(viaWorker);
  });

  it('import: an export read into a new database gives the same rows, both ways', async () => {
    const folder = path.join(tempDir(), 'export');
    await worker.run('export', { folder, now: NOW, actorId: null, audit: false, passphrase: null });
    const targets = [await openTestDatabase(), await openTestDatabase()];
    try {
      const viaInline = await inlineTaskRunner(targets[0]!.sqlite).run('import', {
        folder,
        now: NOW,
        actorId: null,
        passphrase: null,
        overrideReason: null,
      });
      const { result: viaWorker, events } = await withProgress((onProgress) =>
        workerTaskRunner({ database: targets[1]!.file, key: TEST_KEY }).run(
          'import',
          { folder, now: NOW, actorId: null, passphrase: null, overrideReason: null },
          { onProgress },
        ),
      );
      expect(viaWorker).toEqual(viaInline);
      expect(tableRows(targets[1]!.sqlite)).toEqual(tableRows(targets[0]!.sqlite));
      expect(rowCounts(targets[1]!.sqlite).clients).toBe(2);
      expect(progressProblems(events)).toEqual([]);
    } finally {
      for (const target of targets) target.close();
    }
  });
});

describe('errors from a worker', () => {
  it('come back as the same plain envelopes, with their field', async () => {
    const api = createApi(t.open, {
      checkOutputs: true,
      migrationsFolder: MIGRATIONS_FOLDER,
      tasks: 'worker',
      requireSignIn: false,
    }).client();
    const full = tempDir();
    fs.writeFileSync(path.join(full, 'keep.txt'), 'mine');
    const exported = await api.call('safety.export', { folder: full, plain: true });
    expect(exported).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/is not empty/),
        fields: { folder: expect.stringMatching(/is not empty/) },
      },
    });
    const notDb = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(notDb, 'hello');
    const restored = await api.call('safety.restore', { file: notDb });
    expect(restored.ok).toBe(false);
    if (!restored.ok) {
      expect(restored.error.code).toBe('invalid_input');
      expect(restored.error.fields?.file).toMatch(/not a SQLite file at all/);
      expect(JSON.stringify(restored.error)).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect(fs.readdirSync(full)).toEqual(['keep.txt']);
  });

  it('a worker stopped half way through an export gives a plain internal error and no export', async () => {
    addPlainClients(t.open.sqlite, 3000);
    const internal: unknown[] = [];
    const stop = new AbortController();
    const real = workerTaskRunner({ database: t.open.file, key: TEST_KEY });
    // The transport's runner, killed the moment the charts are being written.
    const killing: TaskRunner = {
      mode: 'worker',
      run: (kind, input, options = {}) =>
        real.run(kind, input, {
          signal: stop.signal,
          onProgress: (p) => {
            options.onProgress?.(p);
            if (p.step === 'Writing charts' && p.done >= 100) stop.abort();
          },
        }),
    };
    const api = createApi(t.open, {
      migrationsFolder: MIGRATIONS_FOLDER,
      tasks: killing,
      requireSignIn: false,
      onInternalError: (_c, e) => internal.push(e),
    }).client();
    const folder = path.join(tempDir(), 'export');
    const r = await api.call('safety.export', { folder, plain: true });
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    if (!r.ok) expect(r.error.message).not.toMatch(/worker|Error|\.ts/);
    expect(internal).toHaveLength(1);
    expect(fs.existsSync(folder)).toBe(false);
    expect(fs.existsSync(partialExportFolder(folder))).toBe(false);
    // No audit entry for an export that did not happen.
    expect(t.open.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get()).toBe(0);
  });
});

describe('the app’s connection while a task runs on its worker', () => {
  it('a search answers before a 3,000-chart export finishes', async () => {
    addPlainClients(t.open.sqlite, 3000);
    const api = createApi(t.open, { migrationsFolder: MIGRATIONS_FOLDER, tasks: 'worker', requireSignIn: false }).client();
    const order: string[] = [];
    let charts = 0;
    const folder = path.join(tempDir(), 'export');
    const started = new Promise<void>((resolve) => {
      const runner = workerTaskRunner({ database: t.open.file, key: TEST_KEY });
      const exporting = runner.run(
        'export',
        { folder, now: NOW, actorId: null, audit: true, passphrase: 'correct horse battery staple' },
        {
          onProgress: (p) => {
            if (p.step === 'Writing charts' && p.done > 0 && charts === 0) resolve();
            if (p.step === 'Writing charts') charts = p.done;
          },
        },
      );
      void exporting.then(() => order.push('export'));
    });
    await started; // the worker is writing charts now
    const found = await api.call('clients.search', { query: 'Lindqvist1', limit: 20 });
    order.push('search');
    expect(found.ok).toBe(true);
    await expect.poll(() => order.length, { timeout: 20_000 }).toBe(2);
    expect(order).toEqual(['search', 'export']);
    expect(fs.readdirSync(path.join(folder, 'charts'))).toHaveLength(3002);
  });

  it('keeps one unbroken audit chain while the app writes and a task writes its own entries', async () => {
    addPlainClients(t.open.sqlite, 1500);
    const folder = path.join(tempDir(), 'export');
    let done = false;
    const exporting = worker
      .run('export', { folder, now: NOW, actorId: null, audit: true, passphrase: 'correct horse battery staple' })
      .finally(() => (done = true));
    let writes = 0;
    while (!done) {
      await t.ok('clients.create', { firstName: 'Busy', lastName: `Desk${writes++}` });
      await new Promise((r) => setImmediate(r));
    }
    await exporting;
    await t.ok('clients.create', { firstName: 'After', lastName: 'Export' });
    expect(writes).toBeGreaterThan(0);
    expect(checkAuditChain(t.open.sqlite)).toMatchObject({ ok: true, problem: null });
    expect(t.open.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get()).toBe(1);
  });

  it('a backup on the worker checks out while the app writes throughout', async () => {
    addPlainClients(t.open.sqlite, 5000);
    let done = false;
    const backingUp = worker.run('backup', { now: NOW }).finally(() => (done = true));
    let writes = 0;
    while (!done) {
      await t.ok('clients.create', { firstName: 'Busy', lastName: `Desk${writes++}` });
      await new Promise((r) => setImmediate(r));
    }
    const run = await backingUp;
    expect(run.warnings).toEqual([]);
    expect(run.made).toHaveLength(1);
    expect(writes).toBeGreaterThan(0);
  });
});
