// The recovery key, a backup from another computer, and plain backups, against real files.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey, recoveryKeyGroups } from '../../core/recovery-key';
import { hasPlainHeader, openKeyed } from '../../db/cipher';
import { backupFolderFor } from '../../db/location';
import { openDatabase } from '../../db/open';
import { verifyDatabaseFile } from '../../db/verify';
import { MIGRATIONS_FOLDER, openRaw, openTestDatabase, tempDir, TEST_KEY } from '../../db/testing';
import type { KeyProtectionInfo } from '../context';
import { createApi } from '../dispatch';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

type T = Awaited<ReturnType<typeof testApi>>;
let t: T;
afterEach(() => t?.close());

const owner = { name: 'Jo Owner', pin: '2468', confirmPin: '2468' };

/** A plain (unencrypted) copy of an encrypted Stipple database: what an older Stipple's backup was. */
function plainCopyOf(source: string, target: string): void {
  const src = openRaw(source, { readonly: true });
  src.prepare('VACUUM INTO ?').run(target);
  src.close();
  const copy = openRaw(target);
  copy.pragma('journal_mode = DELETE');
  copy.pragma("rekey = ''");
  copy.close();
  expect(hasPlainHeader(target)).toBe(true);
}

async function backupFile(): Promise<string> {
  await t.ok('safety.backupNow', {});
  return (await t.ok('safety.status', {})).backups[0]!.file;
}

describe('the recovery key', () => {
  it('is shown to the owner until confirmed with its last group, and then never again', async () => {
    t = await testApi();
    expect((await t.err('keys.revealRecoveryKey', {})).message).toMatch(/Create the owner account first/);
    await t.ok('auth.setupOwner', owner);
    expect(await t.ok('keys.status', {})).toMatchObject({ recoveryKey: 'not_shown', protection: 'unknown' });

    const shown = await t.ok('keys.revealRecoveryKey', {});
    expect(parseRecoveryKey(shown.groups.join('-'))).toEqual({ ok: true, key: TEST_KEY });
    expect(shown.clinicName).toBe('My SMP clinic');
    expect((await t.ok('keys.status', {})).recoveryKey).toBe('shown');

    // Bad input: a field error, and nothing written.
    const before = t.counts();
    const wrong = await t.err('keys.confirmRecoveryKey', { written: true, lastGroup: shown.groups[0] });
    expect(wrong.fields).toEqual({ lastGroup: expect.stringMatching(/not the last group/) });
    const unticked = await t.err('keys.confirmRecoveryKey', { written: false, lastGroup: shown.groups[13] });
    expect(unticked.fields).toEqual({ written: 'Tick the box once the recovery key is printed or written down.' });
    expect((await t.err('keys.confirmRecoveryKey', { written: true, lastGroup: '' })).fields).toHaveProperty('lastGroup');
    expect(t.counts()).toEqual(before);

    await t.ok('keys.confirmRecoveryKey', { written: true, lastGroup: shown.groups[13]!.toLowerCase() });
    expect((await t.ok('keys.status', {})).recoveryKey).toBe('confirmed');
    const again = await t.err('keys.revealRecoveryKey', {});
    expect(again).toMatchObject({ code: 'rule', message: expect.stringMatching(/never shows it again/) });
    // The date in the clinic's locale, as every message writes it, not ISO.
    expect(again.message).toMatch(/^The recovery key was written down on \d{1,2} [A-Z][a-z]{2} \d{4}, and/);

    // Neither the key nor any group of it is stored; the entries name a fingerprint.
    const audit = JSON.stringify(t.open.sqlite.prepare("SELECT * FROM audit_log WHERE entity = 'database_key'").all());
    expect(audit).toContain('recovery_key_confirmed');
    expect(audit).not.toContain(TEST_KEY);
    for (const g of shown.groups) expect(audit).not.toContain(g);
  });

  it('is for owners only', async () => {
    t = await testApi();
    const jo = await t.ok('auth.setupOwner', owner);
    const ana = await t.ok('staff.create', { name: 'Ana', role: 'reception' });
    await t.ok('auth.setPin', { staffId: ana.id, pin: '1357' });
    const desk = t.root.client();
    await desk.call('auth.signIn', { staffId: ana.id, pin: '1357' });
    for (const channel of ['keys.status', 'keys.revealRecoveryKey', 'keys.plainBackups']) {
      expect(await desk.call(channel, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(jo.role).toBe('owner');
  });
});

describe('how the key is kept', () => {
  it('is said on the Settings line in the clinic’s words for each way Stipple keeps it', async () => {
    t = await testApi();
    expect(await t.ok('keys.status', {})).toMatchObject({
      protection: 'unknown',
      summary: 'Stipple was not told how this database’s key is kept.',
    });
    const summaries: [KeyProtectionInfo, string][] = [
      [{ kind: 'keychain' }, 'Protected by the system keychain.'],
      [{ kind: 'passphrase' }, 'Protected by a passphrase: this computer has no keychain.'],
      [
        { kind: 'key_file', where: '/etc/stipple/key' },
        'Kept in a key file (/etc/stipple/key): keep it private, and keep the recovery key away from this computer.',
      ],
      [{ kind: 'key_file' }, 'Kept in a key file: keep it private, and keep the recovery key away from this computer.'],
      [{ kind: 'variable' }, 'Given to Stipple in the STIPPLE_DB_KEY variable when it starts.'],
    ];
    for (const [keyProtection, summary] of summaries) {
      const open = await openTestDatabase();
      const api = createApi(open, { migrationsFolder: MIGRATIONS_FOLDER, keyProtection }).client();
      const r = await api.call('keys.status', {});
      open.close();
      expect(r).toMatchObject({ ok: true, data: { protection: keyProtection.kind, summary, recoveryKey: 'not_shown' } });
    }
  });

  it('asks for the recovery key to be shown before it is confirmed, and confirms it only once', async () => {
    t = await testApi();
    await t.ok('auth.setupOwner', owner);
    const before = t.counts();
    expect((await t.err('keys.confirmRecoveryKey', { written: true, lastGroup: 'AAAAA' })).message).toBe(
      'Show the recovery key first, then confirm that it is written down.',
    );
    expect(t.counts()).toEqual(before);
    const shown = await t.ok('keys.revealRecoveryKey', {});
    await t.ok('keys.confirmRecoveryKey', { written: true, lastGroup: shown.groups[13]! });
    expect((await t.err('keys.confirmRecoveryKey', { written: true, lastGroup: shown.groups[13]! })).message).toBe(
      'The recovery key has already been written down; there is nothing more to confirm.',
    );
  });
});

describe('a backup from another computer', () => {
  it('is restored here with that computer’s recovery key; a mistyped or wrong key is one sentence and changes nothing', async () => {
    // The old laptop: its own key, a client, a backup.
    const otherKey = crypto.randomBytes(32).toString('hex');
    const oldDir = tempDir();
    const old = await openDatabase(path.join(oldDir, 'stipple.sqlite'), { migrationsFolder: MIGRATIONS_FOLDER, key: otherKey });
    const oldApi = createApi(old, { migrationsFolder: MIGRATIONS_FOLDER, tasks: 'inline' }).client();
    await oldApi.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    expect((await oldApi.call('safety.backupNow', {})).ok).toBe(true);
    old.close();
    const backup = fs
      .readdirSync(backupFolderFor(path.join(oldDir, 'stipple.sqlite')))
      .map((n) => path.join(backupFolderFor(path.join(oldDir, 'stipple.sqlite')), n))[0]!;

    // The new laptop: a fresh database with a key of its own, nobody set up yet.
    t = await testApi();
    const before = t.counts();
    const groups = recoveryKeyGroups(otherKey);
    const typo = groups.map((g, i) => (i === 5 ? `${g[0] === 'A' ? 'B' : 'A'}${g.slice(1)}` : g)).join('-');
    const mistyped = await t.err('keys.restoreFromOtherComputer', { file: backup, recoveryKey: typo });
    expect(mistyped.fields).toEqual({ recoveryKey: expect.stringMatching(/^Group 6 \(.{5}\) has a typo/) });
    const someoneElses = await t.err('keys.restoreFromOtherComputer', {
      file: backup,
      recoveryKey: formatRecoveryKey(crypto.randomBytes(32).toString('hex')),
    });
    expect(someoneElses).toMatchObject({
      code: 'invalid_input',
      fields: { recoveryKey: expect.stringMatching(/^This recovery key does not open/) },
    });
    expect((await t.err('keys.restoreFromOtherComputer', { file: 'backup.sqlite', recoveryKey: groups.join('-') })).fields).toEqual({
      file: 'Give the full path of the backup file.',
    });
    const nowhere = path.join(oldDir, 'gone.sqlite');
    expect((await t.err('keys.restoreFromOtherComputer', { file: nowhere, recoveryKey: groups.join('-') })).fields).toEqual({
      file: `There is no backup file at ${nowhere}.`,
    });
    expect((await t.err('keys.restoreFromOtherComputer', { file: oldDir, recoveryKey: groups.join('-') })).fields).toEqual({
      file: `There is no backup file at ${oldDir}.`,
    });
    expect(t.counts()).toEqual(before);

    const restored = await t.ok('keys.restoreFromOtherComputer', { file: backup, recoveryKey: groups.join(' ').toLowerCase() });
    expect(restored.restoredFrom).toBe(backup);
    expect(t.open.sqlite.prepare('SELECT first_name FROM clients').pluck().all()).toEqual(['Sam']);
    // The rows are encrypted with this computer's key; no rewritten copy is left behind.
    expect(fs.readdirSync(backupFolderFor(t.open.file)).filter((n) => n.startsWith('from-another-computer'))).toEqual([]);
    const last = t.open.sqlite.prepare('SELECT action, reason FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      action: string;
      reason: string;
    };
    expect(last).toMatchObject({ action: 'restore', reason: expect.stringContaining('recovery key from another computer') });
    // Its audit trail was keyed under the other computer's key: checked with it, re-chained under ours.
    const report = verifyDatabaseFile(t.open.file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(report.problems).toEqual([]);
    expect(report.audit).toMatchObject({ ok: true, keyed: true });
  });
});

describe('plain backups from before encryption', () => {
  it('are listed, and each can be encrypted (checked, then put in place of the plain file) or removed', async () => {
    t = await testApi();
    const folder = backupFolderFor(t.open.file);
    const source = await backupFile();
    const oldOne = path.join(folder, 'stipple-2025-01-01T09-00-00-000Z.sqlite');
    const older = path.join(folder, 'pre-migration-2024.sqlite');
    plainCopyOf(source, oldOne);
    plainCopyOf(source, older);
    const listed = await t.ok('keys.plainBackups', {});
    expect(listed.map((b) => b.file).sort()).toEqual([older, oldOne].sort());
    // The clinic's second backup folder (a USB drive) is searched too.
    const usb = tempDir();
    const onUsb = path.join(usb, 'stipple-2025-02-01T09-00-00-000Z.sqlite');
    plainCopyOf(source, onUsb);
    await t.ok('settings.update', { backupFolder: usb });
    expect((await t.ok('keys.plainBackups', {})).find((b) => b.file === onUsb)).toMatchObject({ folder: usb });
    await t.ok('keys.removePlainBackup', { file: onUsb });
    await t.ok('settings.update', { backupFolder: null });

    // Only files on that list: anything else is a field error, and nothing is written or removed.
    const before = t.counts();
    const elsewhere = path.join(tempDir(), 'stipple.sqlite');
    plainCopyOf(source, elsewhere);
    expect((await t.err('keys.removePlainBackup', { file: elsewhere })).fields).toHaveProperty('file');
    expect((await t.err('keys.encryptPlainBackup', { file: source })).fields).toHaveProperty('file');
    expect((await t.err('keys.removePlainBackup', { file: '' })).fields).toHaveProperty('file');
    expect(fs.existsSync(elsewhere)).toBe(true);
    expect(t.counts()).toEqual(before);

    const encrypted = await t.ok('keys.encryptPlainBackup', { file: oldOne });
    expect(encrypted.file).toBe(oldOne);
    expectAudit(t, {
      entity: 'backup_file',
      entityId: path.basename(oldOne),
      action: 'encrypt',
      before: null,
      after: { file: oldOne, bytes: encrypted.bytes },
    });
    expect(hasPlainHeader(oldOne)).toBe(false);
    const reopened = openKeyed(oldOne, TEST_KEY, { readonly: true });
    const plainCounts = new Database(older, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(
      plainCounts.prepare('SELECT count(*) FROM audit_log').pluck().get(),
    );
    reopened.close();
    plainCounts.close();

    const olderBytes = fs.statSync(older).size;
    await t.ok('keys.removePlainBackup', { file: older });
    expect(fs.existsSync(older)).toBe(false);
    expectAudit(t, {
      entity: 'backup_file',
      entityId: path.basename(older),
      action: 'remove',
      before: { file: older, bytes: olderBytes },
      after: null,
    });
    expect(await t.ok('keys.plainBackups', {})).toEqual([]);
    const entries = t.open.sqlite
      .prepare("SELECT action, entity_id AS id FROM audit_log WHERE entity = 'backup_file' ORDER BY audit_log.id")
      .all();
    expect(entries).toEqual([
      { action: 'remove', id: path.basename(onUsb) },
      { action: 'encrypt', id: path.basename(oldOne) },
      { action: 'remove', id: path.basename(older) },
    ]);
  });
});
