// Backups as the app makes them: into backups/ beside the database and, when the clinic has chosen
// one, a second folder (a USB drive, a network share), each pruned by the retention policy.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, BackupError, listBackups, pruneBackups, type BackupOptions, type BackupResult } from '../../db/backup';
import { backupFolderFor } from '../../db/location';

export const WARN_AFTER_HOURS = 24;

export interface BackupRun {
  made: BackupResult[];
  /** Plain sentences: a folder that is missing, a copy that failed. */
  warnings: string[];
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
  warnings: string[];
  /** A suggestion, not a problem: e.g. no second folder chosen yet. */
  advice: string | null;
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
    run.warnings.push(error instanceof BackupError ? error.message : `The backup beside the database failed: ${String(error)}`);
  }
  const second = secondFolderOf(sqlite);
  if (second) {
    if (!isFolder(second)) {
      run.warnings.push(`The second backup folder ${second} is missing. Plug in the drive or choose another folder in Settings.`);
    } else {
      try {
        run.made.push(await backupDatabase(sqlite, second, now, toSecond));
        pruneBackups(second, now);
      } catch (error) {
        run.warnings.push(error instanceof BackupError ? error.message : `The backup to ${second} failed: ${String(error)}`);
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
  const warnings: string[] = [];
  const ageHours = newest ? (now.getTime() - Date.parse(newest.lastBackupAt!)) / 3_600_000 : Infinity;
  if (!newest) warnings.push('No backup has been made yet. Make one now.');
  else if (ageHours > WARN_AFTER_HOURS) warnings.push(`The last backup is ${Math.floor(ageHours / 24)} day(s) old. Make one now.`);
  const secondStatus = folders.find((f) => f.kind === 'second');
  if (secondStatus && !secondStatus.exists) {
    warnings.push(`The second backup folder ${secondStatus.folder} is missing. Plug in the drive or choose another folder.`);
  }
  const advice = second
    ? null
    : 'Choose a second backup folder on another drive (a USB stick or a network folder), so one failed disk cannot take the backups with it.';
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
