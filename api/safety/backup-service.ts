// Backups as the app makes them: into backups/ beside the database and, when the clinic has chosen
// one, a second folder (a USB drive, a network share), each pruned by the retention policy.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, BackupError, listBackups, pruneBackups, type BackupOptions, type BackupResult } from '../../db/backup';
import { backupFolderFor } from '../../db/location';
import { says, type Says } from '../../core/i18n/says';

export const WARN_AFTER_HOURS = 24;

export interface BackupRun {
  made: BackupResult[];
  /** A folder that is missing, a copy that failed: by message id, put in the caller's words by the handler. */
  warnings: Says[];
}

export interface FolderStatus {
  folder: string;
  kind: 'app' | 'second';
  exists: boolean;
  lastBackupAt: string | null;
  lastBackupFile: string | null;
  count: number;
}

export interface BackupStatus {
  databaseFile: string;
  lastBackup: { at: string; file: string; folder: string } | null;
  folders: FolderStatus[];
  /** The backups that can be restored, newest first (at most 30). */
  backups: { file: string; at: string; bytes: number; folder: string }[];
  warnings: Says[];
  /** A suggestion, not a problem: e.g. no second folder chosen yet. */
  advice: Says | null;
}

export function secondFolderOf(sqlite: Database.Database): string | null {
  const raw = sqlite.prepare("SELECT value FROM settings WHERE key = 'backupFolder'").pluck().get() as string | undefined;
  if (raw === undefined) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  } catch {
    return null;
  }
}

export async function runBackups(
  sqlite: Database.Database,
  databaseFile: string,
  now: Date,
  options: BackupOptions = {},
): Promise<BackupRun> {
  const run: BackupRun = { made: [], warnings: [] };
  const primary = backupFolderFor(databaseFile);
  const { onProgress } = options;
  const toSecond: BackupOptions = {
    ...options,
    ...(onProgress ? { onProgress: (p) => onProgress({ ...p, step: `${p.step} (second folder)` }) } : {}),
  };
  try {
    run.made.push(await backupDatabase(sqlite, primary, now, options));
    pruneBackups(primary, now);
  } catch (error) {
    run.warnings.push(error instanceof BackupError ? error.says : says('dataErrors.backup.besideFailed', { detail: String(error) }));
  }
  const second = secondFolderOf(sqlite);
  if (second) {
    if (!isFolder(second)) {
      run.warnings.push(says('dataErrors.backup.secondMissing', { folder: second }));
    } else {
      try {
        run.made.push(await backupDatabase(sqlite, second, now, toSecond));
        pruneBackups(second, now);
      } catch (error) {
        run.warnings.push(
          error instanceof BackupError ? error.says : says('dataErrors.backup.toFailed', { folder: second, detail: String(error) }),
        );
      }
    }
  }
  return run;
}

export function backupStatus(sqlite: Database.Database, databaseFile: string, now: Date): BackupStatus {
  const second = secondFolderOf(sqlite);
  const folders: FolderStatus[] = [folderStatus(backupFolderFor(databaseFile), 'app')];
  if (second) folders.push(folderStatus(second, 'second'));
  const newest = folders.filter((f) => f.lastBackupAt).sort((a, b) => b.lastBackupAt!.localeCompare(a.lastBackupAt!))[0];
  const warnings: Says[] = [];
  const ageHours = newest ? (now.getTime() - Date.parse(newest.lastBackupAt!)) / 3_600_000 : Infinity;
  if (!newest) warnings.push(says('dataErrors.backup.noneYet'));
  else if (ageHours > WARN_AFTER_HOURS) warnings.push(says('dataErrors.backup.old', { days: Math.floor(ageHours / 24) }));
  const secondStatus = folders.find((f) => f.kind === 'second');
  if (secondStatus && !secondStatus.exists) {
    warnings.push(says('dataErrors.backup.secondMissingNow', { folder: secondStatus.folder }));
  }
  const advice = second ? null : says('dataErrors.backup.chooseSecond');
  return {
    databaseFile,
    lastBackup: newest ? { at: newest.lastBackupAt!, file: newest.lastBackupFile!, folder: newest.folder } : null,
    folders,
    backups: folders
      .flatMap((f) => listBackups(f.folder).map((b) => ({ file: b.file, at: b.at.toISOString(), bytes: b.bytes, folder: f.folder })))
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, 30),
    warnings,
    advice,
  };
}

function folderStatus(folder: string, kind: 'app' | 'second'): FolderStatus {
  const list = listBackups(folder);
  return {
    folder: path.resolve(folder),
    kind,
    exists: isFolder(folder),
    lastBackupAt: list[0]?.at.toISOString() ?? null,
    lastBackupFile: list[0]?.file ?? null,
    count: list.length,
  };
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
