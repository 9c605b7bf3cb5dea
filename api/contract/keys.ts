// The database key as the clinic sees it: how this computer protects it, the recovery key shown once
// at owner setup, opening a backup from another computer with that recovery key, and the plain
// backups an older Stipple left behind (encrypt them or remove them). Owners only (api/permissions.ts).
import { z } from 'zod';
import { RECOVERY_GROUPS } from '../../core/recovery-key';
import { ok, requiredText } from './common';
import { change, query, task } from './define';
import { msg, zodText } from './words';

/**
 * keychain: wrapped by the OS's secret store (Electron safeStorage). passphrase: this computer has no
 * keychain, so the key is wrapped with a key made from a passphrase asked at every start. key_file and
 * variable: the command line and browser host (db/key-file.ts). unknown: the transport did not say.
 */
export const KEY_PROTECTIONS = ['keychain', 'passphrase', 'key_file', 'variable', 'unknown'] as const;
export type KeyProtectionKind = (typeof KEY_PROTECTIONS)[number];

const plainBackup = z.object({
  file: z.string(),
  folder: z.string(),
  bytes: z.number().int().nonnegative(),
  modifiedAt: z.string(),
});

const backupFile = requiredText(msg('checks.label.backupFile'), 1000);

export const keysContract = {
  /** One line for Settings: how the key is protected; and whether the recovery key was confirmed. */
  'keys.status': query(
    z.object({}).default({}),
    z.object({
      protection: z.enum(KEY_PROTECTIONS),
      summary: z.string(),
      recoveryKey: z.enum(['not_shown', 'shown', 'confirmed', 'unavailable']),
    }),
  ),
  /** The recovery key, until the owner confirms it was written down; after that, refused for good. */
  'keys.revealRecoveryKey': change(
    z.object({}).default({}),
    z.object({
      groups: z.array(z.string().length(5)).length(RECOVERY_GROUPS),
      clinicName: z.string(),
      shownAt: z.string(),
    }),
    { invalidates: ['keys.status'] },
  ),
  'keys.confirmRecoveryKey': change(
    z.object({
      written: z.literal(true, { error: zodText(msg('checks.keys.tickWritten')) }),
      lastGroup: z
        .string({ error: zodText(msg('checks.keys.lastGroup')) })
        .trim()
        .min(1, { error: zodText(msg('checks.keys.lastGroup')) })
        .max(20, { error: zodText(msg('checks.keys.onlyLastGroup')) }),
    }),
    ok,
    { invalidates: ['keys.status'] },
  ),
  /** A backup made on another computer, opened with that computer's recovery key and restored here. */
  'keys.restoreFromOtherComputer': task(
    z.object({
      file: backupFile,
      recoveryKey: z.string({ error: zodText(msg('checks.keys.recoveryKey')) }).max(200, { error: zodText(msg('checks.keys.tooLong')) }),
    }),
    z.object({
      restoredFrom: z.string(),
      safetyBackup: z.string(),
      auditWarning: z.string().nullable(),
    }),
    { invalidates: 'all' },
  ),
  /** Backups written before encryption, in the backup folders: anyone with the file can read them. */
  'keys.plainBackups': query(z.object({}).default({}), z.array(plainBackup)),
  /** Rewrites one plain backup encrypted, checks the copy, then replaces the plain file with it. */
  'keys.encryptPlainBackup': task(z.object({ file: backupFile }), z.object({ file: z.string(), bytes: z.number().int().nonnegative() }), {
    invalidates: ['keys.plainBackups', 'safety.status'],
  }),
  'keys.removePlainBackup': change(z.object({ file: backupFile }), ok, { invalidates: ['keys.plainBackups', 'safety.status'] }),
} as const;
