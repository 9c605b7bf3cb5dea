// Data safety: backups (status, now), restore, whole-clinic export, and a record's audit history.
import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, PASSPHRASE_TOO_SHORT, PASSPHRASES_DIFFER } from '../../core/export-passphrase';
import { id, requiredText } from './common';
import { query, task } from './define';
import { msg, zodText } from './words';

const folderStatus = z.object({
  folder: z.string(),
  kind: z.enum(['app', 'second']),
  exists: z.boolean(),
  lastBackupAt: z.string().nullable(),
  lastBackupFile: z.string().nullable(),
  count: z.number().int().nonnegative(),
});

export const auditEntry = z.object({
  id,
  at: z.string(),
  staffId: z.number().int().nullable(),
  staffName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export type AuditEntryRecord = z.infer<typeof auditEntry>;

const recordRef = z.object({
  entity: z.string().regex(/^[a-z_]{1,40}$/, { error: zodText(msg('checks.safety.nameKind')) }),
  entityId: z.union([id, z.string().min(1).max(60)]).transform(String),
});

const passphraseText = z
  .string()
  .max(MAX_PASSPHRASE_LENGTH, { error: zodText(msg('checks.safety.passphraseTooLong', { max: String(MAX_PASSPHRASE_LENGTH) })) });

/** An export is encrypted unless `plain` is chosen: then no passphrase is asked for. */
const exportInput = z
  .object({
    folder: requiredText(msg('checks.label.exportFolder'), 1000),
    plain: z.boolean().default(false),
    passphrase: passphraseText.default(''),
    confirmPassphrase: passphraseText.default(''),
  })
  .superRefine((v, ctx) => {
    if (v.plain) return;
    if (v.passphrase.length < MIN_PASSPHRASE_LENGTH) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: PASSPHRASE_TOO_SHORT });
    else if (v.confirmPassphrase !== v.passphrase)
      ctx.addIssue({ code: 'custom', path: ['confirmPassphrase'], message: PASSPHRASES_DIFFER });
  });

export const safetyContract = {
  'safety.status': query(
    z.object({}).default({}),
    z.object({
      databaseFile: z.string(),
      lastBackup: z.object({ at: z.string(), file: z.string(), folder: z.string() }).nullable(),
      folders: z.array(folderStatus),
      backups: z.array(z.object({ file: z.string(), at: z.string(), bytes: z.number().int().nonnegative(), folder: z.string() })),
      warnings: z.array(z.string()),
      advice: z.string().nullable(),
    }),
  ),
  'safety.backupNow': task(
    z.object({}).default({}),
    z.object({
      made: z.array(z.object({ file: z.string(), at: z.string(), bytes: z.number().int().nonnegative() })),
      warnings: z.array(z.string()),
    }),
    { invalidates: ['safety.status'] },
  ),
  /** What a backup file holds, before restoring it: checked read-only, nothing changed. A task: the
   *  whole file is read (integrity check, the audit chain), with progress. */
  'safety.inspect': task(
    z.object({ file: requiredText(msg('checks.label.backupFile'), 1000) }),
    z.object({
      file: z.string(),
      ok: z.boolean(),
      problems: z.array(z.string()),
      takenAt: z.string().nullable(),
      schemaVersion: z.number().int().nonnegative(),
      latestSchema: z.number().int().nonnegative(),
      clients: z.number().int().nonnegative(),
      sessions: z.number().int().nonnegative(),
      auditEntries: z.number().int().nonnegative(),
      auditOk: z.boolean(),
      /** The problems that show edits outside Stipple (also in `problems`): restored only with an owner's override. */
      tampered: z.array(z.string()),
    }),
    { invalidates: [], because: 'It only reads a backup file; nothing in the database changes.' },
  ),
  /** `overrideReason`: an owner restores a file whose audit trail does not verify, and says why;
   *  the reason is written to the audit trail. Without it such a file is refused, with a message on
   *  `overrideReason` as well as `file` (how the restore screen knows to offer "Restore anyway"). */
  'safety.restore': task(
    z.object({
      file: requiredText(msg('checks.label.backupFile'), 1000),
      overrideReason: requiredText(msg('checks.label.restoreReason'), 500).optional(),
    }),
    z.object({
      restoredFrom: z.string(),
      safetyBackup: z.string(),
      schemaBefore: z.number().int(),
      schemaAfter: z.number().int(),
      auditWarning: z.string().nullable(),
      overridden: z.object({ reason: z.string(), problems: z.array(z.string()) }).nullable(),
    }),
    { invalidates: 'all' },
  ),
  'safety.export': task(
    exportInput,
    z.object({ folder: z.string(), charts: z.number().int().nonnegative(), files: z.number().int().nonnegative(), encrypted: z.boolean() }),
    {
      invalidates: [],
      because: 'It writes files outside the database; its audit entry belongs to no chart, so no query answers differently.',
    },
  ),
  /** The audit entries of the given records, newest first. */
  'audit.history': query(
    z.object({
      records: z
        .array(recordRef)
        .min(1, { error: zodText(msg('checks.safety.nameRecord')) })
        .max(500),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    z.array(auditEntry),
  ),
} as const;
