// What each task does, on the connection it is given: the app's own (inline) or a worker's own
// (api/tasks/worker.ts). Failures a person can act on become ApiFailure envelopes with their field
// here, so they cross back from a worker as the same plain data; anything else is an internal error.
import type Database from 'better-sqlite3';
import type { DatabaseKey } from '../../db/cipher';
import { backupDatabase, BackupError, type BackupResult } from '../../db/backup';
import { exportClinic } from '../../db/export';
import { importClinic, ImportError } from '../../db/import';
import type { OnProgress } from '../../db/progress';
import { staffName } from '../../db/queries/staff-name';
import { RekeyError, writeCopyWithKey } from '../../db/rekey-copy';
import { restoreDatabase, RestoreError } from '../../db/restore';
import { checkForeignDatabase } from '../../db/foreign-file';
import { photosFolderFor, resealPhotos } from '../../db/photo-store';
import { documentKey, documentsFolderFor } from '../../db/document-store';
import { writeAudit } from '../audit';
import { ApiFailure, fail } from '../result';
import { runBackups } from '../safety/backup-service';
import type { MadeBackup, TaskInputs, TaskKind, TaskOutputs } from './types';
import { applyImport } from '../client-import/apply';
import { checkImportRows } from '../client-import/check';
import { drizzleOn } from '../../db/drizzle-on';
import { msg, type Text } from '../contract/words';

export interface JobEnv {
  /** The connection to work on, opened on first use (verify needs none). */
  sqlite(): Database.Database;
  /** The database key (verify reads a file with it, with no connection). */
  key(): DatabaseKey;
  /** True in a worker: the connection is the task's alone (see BackupOptions.ownConnection). */
  ownConnection: boolean;
  onProgress?: OnProgress;
  /** better-sqlite3's native binding, for the worker that checks a file from elsewhere. */
  nativeBinding?: string;
}

type Job<K extends TaskKind> = (env: JobEnv, input: TaskInputs[K]) => Promise<TaskOutputs[K]> | TaskOutputs[K];

const made = (b: BackupResult): MadeBackup => ({ file: b.file, at: b.at.toISOString(), bytes: b.bytes, counts: b.counts });

function folderProblem(folder: string, error: unknown): never {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw fail.field('folder', msg('refusals.jobs.mayNotWrite', { folder }));
  if (code === 'ENOSPC') throw fail.field('folder', msg('refusals.jobs.diskFull', { folder }));
  if (error instanceof Error && /not empty/.test(error.message)) throw fail.field('folder', error.message);
  throw error;
}

/**
 * A refused restore, by field: the file's problem; and, when only its audit trail did not verify, a
 * message on `overrideReason` too, which is how the restore screen knows to offer "Restore anyway".
 */
function restoreRefusal(error: RestoreError, overrideGiven: boolean) {
  if (!error.overridable) return fail.field('file', error.says);
  const reason = overrideGiven ? msg('refusals.jobs.reasonAnyway') : msg('refusals.jobs.restoreAnyway');
  const fields: Record<string, Text> = error.report ? { file: error.says, overrideReason: reason } : { overrideReason: reason };
  return ApiFailure.of('invalid_input', { message: error.says, fields });
}

export const jobs: { [K in TaskKind]: Job<K> } = {
  async backup(env, { now }) {
    const sqlite = env.sqlite();
    const run = await runBackups(sqlite, sqlite.name, new Date(now), { onProgress: env.onProgress, ownConnection: env.ownConnection });
    return { made: run.made.map(made), warnings: run.warnings };
  },

  async backupTo(env, { folder, now }) {
    try {
      return made(
        await backupDatabase(env.sqlite(), folder, new Date(now), { onProgress: env.onProgress, ownConnection: env.ownConnection }),
      );
    } catch (error) {
      if (error instanceof BackupError) throw fail.field('folder', error.says);
      throw error;
    }
  },

  async restore(env, input) {
    const sqlite = env.sqlite();
    const now = new Date(input.now);
    // The staff list is replaced too, so the entry names who restored it, not only their id.
    const by = staffName(sqlite, input.actorId);
    try {
      return await restoreDatabase(sqlite, input.file, {
        migrationsFolder: input.migrationsFolder,
        backupFolder: input.backupFolder,
        now,
        onProgress: env.onProgress,
        ownConnection: env.ownConnection,
        ...(input.overrideReason !== undefined ? { override: { reason: input.overrideReason } } : {}),
        ...(env.nativeBinding ? { nativeBinding: env.nativeBinding } : {}),
        // Inside the swap's transaction, on the connection that did it: one chain, one commit. An
        // override's reason is the entry's reason, and what it overrode is in the entry. `kept`: the
        // paired workstations, pairing codes and lockouts kept from before (not the backup's), so the
        // trail says which devices may still reach this hub after it.
        inTransaction: (tx, { from, counts, overridden, kept }) =>
          writeAudit(
            { sqlite: tx, actorId: input.actorId, now: () => now },
            {
              entity: 'database',
              entityId: 'main',
              action: 'restore',
              after: { from, counts, by, kept, ...(overridden ? { overrode: overridden.problems } : {}) },
              reason: overridden ? overridden.reason : input.reason,
            },
          ),
      });
    } catch (error) {
      if (error instanceof RestoreError) throw restoreRefusal(error, input.overrideReason !== undefined);
      throw error;
    }
  },

  verify(env, { file, migrationsFolder }) {
    return checkForeignDatabase(file, env.key(), {
      migrationsFolder,
      ...(env.onProgress ? { onProgress: env.onProgress } : {}),
      ...(env.nativeBinding ? { nativeBinding: env.nativeBinding } : {}),
    });
  },

  export(env, { folder, now, actorId, audit, passphrase }) {
    const sqlite = env.sqlite();
    let result;
    try {
      result = exportClinic(sqlite, folder, passphrase === null ? { plain: true } : { passphrase }, new Date(now), env.onProgress);
    } catch (error) {
      folderProblem(folder, error);
    }
    if (audit) {
      // Its own write transaction, the write lock taken first: the chain's last hash is read
      // under it, whoever else is writing.
      sqlite
        .transaction(() =>
          writeAudit(
            { sqlite, actorId, now: () => new Date(now) },
            {
              entity: 'database',
              entityId: 'main',
              action: 'export',
              after: { folder: result.folder, charts: result.charts, encrypted: result.encrypted },
            },
          ),
        )
        .immediate();
    }
    return result;
  },

  import(env, { folder, now, actorId, passphrase, overrideReason }) {
    try {
      return importClinic(env.sqlite(), folder, {
        ...(passphrase !== null ? { passphrase } : {}),
        overrideReason,
        // The staff come without PINs and the trail may have been let in over its problem: both said here.
        inTransaction: (tx, result) => {
          // Each staff member's PIN state is in their own trail, as verify compares it with the row.
          for (const s of tx.prepare('SELECT id, active FROM staff ORDER BY id').all() as { id: number; active: number }[])
            writeAudit(
              { sqlite: tx, actorId, now: () => new Date(now) },
              {
                entity: 'staff',
                entityId: s.id,
                action: 'import_without_pin',
                after: { hasPin: false },
                reason: s.active ? 'Imported without a PIN: they choose one at their first sign-in' : 'Imported without a PIN',
              },
            );
          writeAudit(
            { sqlite: tx, actorId, now: () => new Date(now) },
            {
              entity: 'database',
              entityId: 'main',
              action: 'import',
              after: {
                from: folder,
                charts: result.charts,
                encrypted: result.encrypted,
                staffWithoutPins: result.rows.staff ?? 0,
                ...(result.auditProblem ? { auditProblem: result.auditProblem, auditOverridden: true } : {}),
              },
              reason: result.auditProblem ? overrideReason : null,
            },
          );
        },
        onProgress: env.onProgress,
      });
    } catch (error) {
      if (error instanceof ImportError) throw fail.field(error.field, error.says);
      throw error;
    }
  },

  rewriteWithKey(env, { source, sourceKey, target }) {
    try {
      const result = writeCopyWithKey(source, sourceKey, target, env.key(), env.onProgress);
      // Its photos too, so the rewritten copy's photos open with this key after a restore.
      if (sourceKey !== null && photosFolderFor(source) !== photosFolderFor(target))
        resealPhotos(photosFolderFor(source), sourceKey, photosFolderFor(target), env.key());
      // And its signed documents, under their own key.
      if (sourceKey !== null && documentsFolderFor(source) !== documentsFolderFor(target))
        resealPhotos(documentsFolderFor(source), sourceKey, documentsFolderFor(target), env.key(), documentKey);
      return result;
    } catch (error) {
      if (error instanceof RekeyError) throw fail.field(error.problem === 'wrong_key' ? 'recoveryKey' : 'file', error.says);
      throw error;
    }
  },

  clientImportCheck(env, { rows }) {
    return checkImportRows(env.sqlite(), rows, (i) => {
      if (i % 2000 === 0) env.onProgress?.({ step: 'Checking the rows', done: i, total: rows.length });
    }).summary;
  },

  clientImport(env, { input, now, actorId }) {
    const sqlite = env.sqlite();
    const at = new Date(now);
    return applyImport({ sqlite, db: drizzleOn(sqlite), actorId, now: () => at }, input, env.onProgress);
  },
};
