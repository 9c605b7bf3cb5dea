// Automatic backups while Stipple runs: at start when there is none yet, every few hours, and once
// more on quit. A run is skipped when nothing changed since the last backup and one already exists,
// so an idle day does not push good older backups out of the retention window.
import type Database from 'better-sqlite3';
import { listBackups } from '../../db/backup';
import { backupFolderFor } from '../../db/location';
import { inlineTaskRunner } from '../tasks/runner';
import type { TaskRunner } from '../tasks/types';
import { inEnglish } from '../../core/i18n/says';

/** What a scheduled run made, as the task gives it back (times as ISO strings). */
export interface BackupRun {
  made: { file: string; at: string; bytes: number }[];
  /** In English: a scheduled run has no caller whose language to use (the warnings go to the log). */
  warnings: string[];
}

export const DEFAULT_BACKUP_EVERY_MS = 3 * 60 * 60 * 1000;

export interface BackupScheduleOptions {
  sqlite: Database.Database;
  databaseFile: string;
  everyMs?: number;
  now?: () => Date;
  log?: (message: string) => void;
  timers?: { setInterval: typeof setInterval; clearInterval: typeof clearInterval };
  /** Where the backups run: the API's runner (a worker) in the app; default inline on `sqlite`. */
  tasks?: TaskRunner;
}

export interface BackupSchedule {
  /** Backs up if anything changed (or there is no backup yet); null when skipped. */
  backupIfChanged(): Promise<BackupRun | null>;
  stop(): void;
}

export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const { sqlite, databaseFile } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((m: string) => console.error(`[stipple] ${m}`));
  const timers = options.timers ?? { setInterval, clearInterval };
  const tasks = options.tasks ?? inlineTaskRunner(sqlite);
  // This connection's own changes, and data_version for commits by any other (a task's worker).
  const changes = () =>
    sqlite.open
      ? `${sqlite.prepare('SELECT total_changes()').pluck().get() as number}/${sqlite.pragma('data_version', { simple: true }) as number}`
      : '';
  let changesAtLastBackup = changes();
  let running: Promise<BackupRun | null> | null = null;

  async function backupIfChanged(): Promise<BackupRun | null> {
    if (!sqlite.open) return null;
    const current = changes();
    const haveOne = listBackups(backupFolderFor(databaseFile)).length > 0;
    if (current === changesAtLastBackup && haveOne) return null;
    const done = await tasks.run('backup', { now: now().toISOString() });
    const run = { made: done.made, warnings: done.warnings.map(inEnglish) };
    if (run.made.length > 0) changesAtLastBackup = current;
    for (const w of run.warnings) log(`backup: ${w}`);
    return run;
  }

  const timer = timers.setInterval(() => {
    void schedule().catch((error: unknown) => log(`backup failed: ${String(error)}`));
  }, options.everyMs ?? DEFAULT_BACKUP_EVERY_MS);
  (timer as { unref?: () => void }).unref?.();

  // One run at a time: a quit during a scheduled run waits for it rather than starting a second.
  function schedule(): Promise<BackupRun | null> {
    running ??= backupIfChanged().finally(() => {
      running = null;
    });
    return running;
  }

  // A clinic that has never been backed up gets its first backup now, not in three hours.
  if (listBackups(backupFolderFor(databaseFile)).length === 0) {
    void schedule().catch((error: unknown) => log(`the first backup failed: ${String(error)}`));
  }

  return {
    backupIfChanged: schedule,
    stop: () => timers.clearInterval(timer),
  };
}
