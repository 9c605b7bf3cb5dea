// The database key as the clinic handles it (api/contract/keys.ts): the Settings line, the recovery key
// shown once at owner setup, a backup from another computer opened with its recovery key, and the plain
// backups from before encryption.
import fs from 'node:fs';
import path from 'node:path';
import { formatDate } from '../../core/format-date';
import { isLastGroup, parseRecoveryKey, recoveryKeyGroups } from '../../core/recovery-key';
import { hasPlainHeader, keyOf, type DatabaseKey } from '../../db/cipher';
import { backupFolderFor } from '../../db/location';
import { listPlainBackups } from '../../db/plain-backups';
import { anyoneHasPin } from '../../db/queries/sign-in';
import { keyFingerprint, recoveryKeyState, RECOVERY_ENTITY } from '../../db/queries/recovery-key';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { KeyProtectionKind } from '../contract/keys';
import { fail } from '../result';
import { inlineTaskRunner } from '../tasks/runner';
import type { TaskInputs, TaskKind, TaskOutputs } from '../tasks/types';
import { readSettings } from './settings';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

function runTask<K extends TaskKind>(ctx: HandlerContext, kind: K, input: TaskInputs[K]): Promise<TaskOutputs[K]> {
  const tasks = ctx.tasks ?? inlineTaskRunner(ctx.sqlite);
  return tasks.run(kind, input, ctx.progress ? { onProgress: ctx.progress } : {});
}

function databaseFile(ctx: HandlerContext): string {
  const file = ctx.files?.database;
  if (!file) throw fail.rule(msg('refusals.keys.noFile'));
  return file;
}

function databaseKey(ctx: HandlerContext): DatabaseKey {
  const key = keyOf(ctx.sqlite);
  if (!key) throw fail.rule(msg('refusals.keys.notEncrypted'));
  return key;
}

function summaryOf(kind: KeyProtectionKind, where: string | undefined): string {
  switch (kind) {
    case 'keychain':
      return 'Protected by the system keychain.';
    case 'passphrase':
      return 'Protected by a passphrase: this computer has no keychain.';
    case 'key_file':
      return `Kept in a key file${where ? ` (${where})` : ''}: keep it private, and keep the recovery key away from this computer.`;
    case 'variable':
      return 'Given to Stipple in the STIPPLE_DB_KEY variable when it starts.';
    case 'unknown':
      return 'Stipple was not told how this database’s key is kept.';
  }
}

/** The plain backups in this database's backup folders (the app's own and the second one). */
function plainBackupsOf(ctx: HandlerContext) {
  const folders = [backupFolderFor(databaseFile(ctx))];
  const second = readSettings(ctx).backupFolder;
  if (second) folders.push(path.resolve(second));
  return listPlainBackups(folders);
}

/** One of the plain backups Stipple found, never any other file: these channels delete and replace files. */
function findPlainBackup(ctx: HandlerContext, file: string) {
  const found = plainBackupsOf(ctx).find((b) => b.file === path.resolve(file));
  if (!found) throw fail.field('file', msg('refusals.keys.notABackup', { file }));
  return found;
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export const keyHandlers: HandlerMap<
  | 'keys.status'
  | 'keys.revealRecoveryKey'
  | 'keys.confirmRecoveryKey'
  | 'keys.restoreFromOtherComputer'
  | 'keys.plainBackups'
  | 'keys.encryptPlainBackup'
  | 'keys.removePlainBackup'
> = {
  'keys.status'(ctx) {
    const kind = ctx.keyProtection?.kind ?? 'unknown';
    const key = keyOf(ctx.sqlite);
    let recoveryKey: 'not_shown' | 'shown' | 'confirmed' | 'unavailable' = 'unavailable';
    if (key) {
      const state = recoveryKeyState(ctx.sqlite, key);
      recoveryKey = state.confirmedAt ? 'confirmed' : state.shownAt ? 'shown' : 'not_shown';
    }
    return { protection: kind, summary: summaryOf(kind, ctx.keyProtection?.where), recoveryKey };
  },

  'keys.revealRecoveryKey'(ctx) {
    const key = databaseKey(ctx);
    if (!anyoneHasPin(ctx.sqlite)) throw fail.rule(msg('refusals.keys.ownerFirst'));
    const state = recoveryKeyState(ctx.sqlite, key);
    if (state.confirmedAt)
      throw fail.rule(msg('refusals.keys.writtenDown', { date: formatDate(state.confirmedAt, readSettings(ctx).locale) }));
    const shownAt = ctx.now().toISOString();
    // The entry says that the key was shown, and names it by its fingerprint only.
    writeAudit(ctx, { entity: RECOVERY_ENTITY, entityId: keyFingerprint(key), action: 'recovery_key_shown' });
    return { groups: recoveryKeyGroups(key), clinicName: readSettings(ctx).clinicName, shownAt };
  },

  'keys.confirmRecoveryKey'(ctx, { lastGroup }) {
    const key = databaseKey(ctx);
    const state = recoveryKeyState(ctx.sqlite, key);
    if (state.confirmedAt) throw fail.rule(msg('refusals.keys.alreadyConfirmed'));
    if (!state.shownAt) throw fail.rule(msg('refusals.keys.showFirst'));
    if (!isLastGroup(key, lastGroup)) throw fail.field('lastGroup', msg('refusals.keys.wrongGroup'));
    writeAudit(ctx, { entity: RECOVERY_ENTITY, entityId: keyFingerprint(key), action: 'recovery_key_confirmed' });
    return { ok: true as const };
  },

  async 'keys.restoreFromOtherComputer'(ctx, { file, recoveryKey }) {
    if (!path.isAbsolute(file)) throw fail.field('file', msg('refusals.safety.fullPath'));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw fail.field('file', msg('refusals.keys.noBackupAt', { file }));
    const plain = hasPlainHeader(file);
    const parsed = parseRecoveryKey(recoveryKey);
    // A backup from before encryption needs no key; any other needs the one on the sheet.
    if (!plain && !parsed.ok) throw fail.field('recoveryKey', parsed.says);
    const migrationsFolder = ctx.files?.migrationsFolder;
    if (!migrationsFolder) throw fail.rule(msg('refusals.safety.noRestore'));
    const backupFolder = backupFolderFor(databaseFile(ctx));
    // Rewritten under this computer's key first: restore then works on it as on any of our backups.
    const copy = path.join(backupFolder, `from-another-computer-${stamp(ctx.now())}.sqlite`);
    try {
      await runTask(ctx, 'rewriteWithKey', { source: file, sourceKey: plain || !parsed.ok ? null : parsed.key, target: copy });
      const result = await runTask(ctx, 'restore', {
        file: copy,
        migrationsFolder,
        backupFolder,
        now: ctx.now().toISOString(),
        actorId: ctx.actorId,
        reason: `opened with the recovery key from another computer: ${file}`,
      });
      ctx.caller?.signOutEveryone('restore');
      return { restoredFrom: file, safetyBackup: result.safetyBackup, auditWarning: result.auditWarning };
    } finally {
      fs.rmSync(copy, { force: true });
    }
  },

  'keys.plainBackups'(ctx) {
    return plainBackupsOf(ctx).map((b) => ({
      file: b.file,
      folder: path.dirname(b.file),
      bytes: b.bytes,
      modifiedAt: b.modified.toISOString(),
    }));
  },

  async 'keys.encryptPlainBackup'(ctx, { file }) {
    const found = findPlainBackup(ctx, file);
    databaseKey(ctx);
    // The encrypted copy replaces the plain file in one rename, after it has been checked.
    const result = await runTask(ctx, 'rewriteWithKey', { source: found.file, sourceKey: null, target: found.file });
    ctx.sqlite
      .transaction(() =>
        writeAudit(ctx, {
          entity: 'backup_file',
          entityId: path.basename(found.file),
          action: 'encrypt',
          after: { file: found.file, bytes: result.bytes },
        }),
      )
      .immediate();
    return { file: result.file, bytes: result.bytes };
  },

  'keys.removePlainBackup'(ctx, { file }) {
    const found = findPlainBackup(ctx, file);
    writeAudit(ctx, {
      entity: 'backup_file',
      entityId: path.basename(found.file),
      action: 'remove',
      before: { file: found.file, bytes: found.bytes },
    });
    // Last: if the file cannot be removed the audit entry rolls back with the refusal.
    try {
      fs.rmSync(found.file);
    } catch {
      throw fail.field('file', msg('refusals.keys.couldNotRemove', { file: found.file }));
    }
    return { ok: true as const };
  },
};
