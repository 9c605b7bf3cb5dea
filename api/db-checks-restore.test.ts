// The clinic's rules for restoring a backup, checked in-process on real SQLite files: what is refused
// says why in one sentence and restores nothing; what is done is shown step by step.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApi } from './testing';
import { backupDatabase } from '../db/backup';
import { MIGRATIONS_FOLDER, tempDir } from '../db/testing';
import type { Progress } from '../db/progress';
import { restoreDatabase } from '../db/restore';

const NOW = new Date('2026-11-21T09:00:00.000Z');

/** A clinic with one client and a backup of it, then a second client added after the backup. */
async function clinicWithBackup() {
  const t = await testApi(() => NOW);
  await t.ok('clients.create', { firstName: 'Ada', lastName: 'Lovelace' });
  const b = await backupDatabase(t.open.sqlite, tempDir(), NOW);
  await t.ok('clients.create', { firstName: 'Later', lastName: 'Client' });
  const clients = () => t.open.sqlite.prepare('SELECT first_name FROM clients ORDER BY id').pluck().all();
  return { t, backup: b.file, clients };
}

const options = () => ({ migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir() });

describe('a restore that is refused restores nothing', () => {
  it('into a database opened without its key', async () => {
    const { t, backup } = await clinicWithBackup();
    t.close();
    const plain = new Database(path.join(tempDir(), 'plain.sqlite'));
    plain.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY)');
    await expect(restoreDatabase(plain, backup, options())).rejects.toMatchObject({
      name: 'RestoreError',
      message: 'The database to restore into was opened without its key; nothing was restored.',
      overridable: false,
    });
    expect(plain.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    plain.close();
  });

  it('when an owner overrides without giving a reason: the owner may still override, with one', async () => {
    const { t, backup, clients } = await clinicWithBackup();
    await expect(restoreDatabase(t.open.sqlite, backup, { ...options(), override: { reason: '   ' } })).rejects.toMatchObject({
      name: 'RestoreError',
      message: 'Give the reason for restoring this file anyway. Nothing was restored.',
      overridable: true,
    });
    expect(clients()).toEqual(['Ada', 'Later']);
    t.close();
  });

  it('when checking the backup takes longer than allowed', async () => {
    const { t, backup, clients } = await clinicWithBackup();
    await expect(restoreDatabase(t.open.sqlite, backup, { ...options(), timeoutMs: 1 })).rejects.toMatchObject({
      name: 'RestoreError',
      message: `Checking ${backup} took longer than 0 seconds, so Stipple stopped and did not use it. It may be damaged, or made to stall Stipple. Nothing was restored.`,
      overridable: false,
    });
    expect(clients()).toEqual(['Ada', 'Later']);
    t.close();
  });

  it('when the check cannot load the SQLite it was told to use', async () => {
    const { t, backup, clients } = await clinicWithBackup();
    const nativeBinding = path.join(tempDir(), 'no-such-binding.node');
    const refused = restoreDatabase(t.open.sqlite, backup, { ...options(), nativeBinding });
    await expect(refused).rejects.toMatchObject({ name: 'RestoreError' });
    const message = await refused.then(
      () => 'restored',
      (error: Error) => error.message,
    );
    expect(message.startsWith(`${backup} cannot be opened: Cannot find module '${nativeBinding}'`)).toBe(true);
    expect(message.endsWith(' Nothing was restored.')).toBe(true);
    expect(clients()).toEqual(['Ada', 'Later']);
    t.close();
  });
});

describe('a restore that is done', () => {
  it('shows the backup being checked, the current database being backed up first, and that backup checked', async () => {
    const { t, backup, clients } = await clinicWithBackup();
    const steps: Progress[] = [];
    await restoreDatabase(t.open.sqlite, backup, { ...options(), onProgress: (p) => steps.push(p) });
    expect(clients()).toEqual(['Ada']);
    t.close();
    const of = (step: string) => steps.filter((p) => p.step === step).map(({ done, total }) => [done, total]);
    expect(of('Checking the file is intact')).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(of('Backing up the current database first')).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(of('Checking that backup')).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(of('Copying the database')).toEqual([]);
    expect(of('Checking the backup')).toEqual([]);
  });

  it('leaves the connection’s foreign-key setting as it found it', async () => {
    const { t, backup, clients } = await clinicWithBackup();
    t.open.sqlite.pragma('foreign_keys = OFF');
    await restoreDatabase(t.open.sqlite, backup, options());
    expect(clients()).toEqual(['Ada']);
    expect(t.open.sqlite.pragma('foreign_keys', { simple: true })).toBe(0);
    t.open.sqlite.pragma('foreign_keys = ON');
    await restoreDatabase(t.open.sqlite, backup, options());
    expect(t.open.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    t.close();
  });

  it('leaves no file open behind it', async () => {
    if (!fs.existsSync('/proc/self/fd')) return; // counted where the system shows a process its open files
    const { t, backup } = await clinicWithBackup();
    await restoreDatabase(t.open.sqlite, backup, options()); // the first loads what every restore uses
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 3; i++) await restoreDatabase(t.open.sqlite, backup, options());
    expect(open()).toBe(before);
    t.close();
  });
});
