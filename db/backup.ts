// Backups with SQLite's backup API (never a file copy of an open database), verified before they
// count, and pruned like Actual Budget's: the newest few of today, one a day before that, a bounded
// total. Only a verified backup gets its final name, so "the newest file" is "the last good backup".
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { singleStep, type OnProgress } from './progress';

export const BACKUP_PREFIX = 'stipple-';
export const BACKUP_SUFFIX = '.sqlite';
const NAME = /^stipple-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.sqlite$/;

export interface RetentionPolicy {
  /** How many of today's backups to keep. */
  keepToday: number;
  /** At most this many backups in all (today's included). */
  maxTotal: number;
}
export const DEFAULT_RETENTION: RetentionPolicy = { keepToday: 3, maxTotal: 10 };

export interface BackupFile {
  file: string;
  at: Date;
  bytes: number;
}

export interface BackupResult extends BackupFile {
  /** Row count per table, checked equal in the source and the copy. */
  counts: Record<string, number>;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Row count of every table (SQLite's own bookkeeping left out). */
export function rowCounts(sqlite: Database.Database, schemaName = 'main'): Record<string, number> {
  const tables = sqlite
    .prepare(`SELECT name FROM "${schemaName}".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${schemaName}"."${t}"`).pluck().get() as number]));
}

export interface BackupOptions {
  onProgress?: OnProgress;
  /**
   * The connection is the backup's own (a task's worker): hold one read transaction over the copy
   * and the count, so writes by the app's connection meanwhile neither restart the copy (SQLite
   * restarts a backup whenever another connection writes) nor make the counts differ. Never on a
   * connection others write through: their commits would wait for the backup.
   */
  ownConnection?: boolean;
}

export function backupFileName(at: Date): string {
  return `${BACKUP_PREFIX}${at.toISOString().replace(/[:.]/g, '-')}${BACKUP_SUFFIX}`;
}

/**
 * Copies the open database into `folder` with the backup API, checks the copy (quick_check, same
 * row counts as the source at the moment the copy finished), and only then gives it its name.
 * The file is readable by its owner only (it holds health records); a folder made for it, 700.
 */
export async function backupDatabase(
  sqlite: Database.Database,
  folder: string,
  now: Date = new Date(),
  options: BackupOptions = {},
): Promise<BackupResult> {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new BackupError(`The backup folder ${folder} cannot be created or reached (${describe(error)}).`);
  }
  let name = backupFileName(now);
  for (let n = 1; fs.existsSync(path.join(folder, name)); n++) name = backupFileName(now).replace(BACKUP_SUFFIX, `-${n}${BACKUP_SUFFIX}`);
  const file = path.join(folder, name);
  const partial = `${file}.partial`;
  const { onProgress } = options;

  // Another program writing the same file mid-copy makes the counts differ: try again a few times.
  let lastProblem = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    fs.rmSync(partial, { force: true });
    fs.closeSync(fs.openSync(partial, 'w', 0o600)); // the copy goes into a file only its owner can read
    let expected: Record<string, number>;
    const snapshot = options.ownConnection === true && !sqlite.inTransaction;
    if (snapshot) {
      sqlite.exec('BEGIN');
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // starts the read: the copy's moment
    }
    try {
      onProgress?.({ step: 'Copying the database', done: 0, total: Math.max(sqlite.pragma('page_count', { simple: true }) as number, 1) });
      // Called between steps of 100 pages, not after the last one: the end is reported below.
      const copied = await sqlite.backup(partial, {
        progress({ totalPages, remainingPages }) {
          onProgress?.({ step: 'Copying the database', done: totalPages - remainingPages, total: totalPages });
          return 100; // pages per step, better-sqlite3's default
        },
      });
      const pages = Math.max(copied.totalPages, 1);
      onProgress?.({ step: 'Copying the database', done: pages, total: pages });
      expected = rowCounts(sqlite); // synchronously after the last step (or in its read): nothing wrote in between
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw new BackupError(`The backup could not be written to ${folder} (${describe(error)}).`);
    } finally {
      if (snapshot && sqlite.inTransaction) sqlite.exec('COMMIT');
    }
    const problem = singleStep(onProgress, 'Checking the backup', () => checkCopy(partial, expected));
    if (problem === null) {
      fsyncFile(partial);
      fs.renameSync(partial, file);
      fsyncDir(folder);
      return { file, at: now, bytes: fs.statSync(file).size, counts: expected };
    }
    lastProblem = problem;
  }
  fs.rmSync(partial, { force: true });
  throw new BackupError(`The backup in ${folder} did not check out (${lastProblem}), so it was not kept.`);
}

/** null when the copy is intact and holds the expected rows; otherwise what is wrong. */
function checkCopy(file: string, expected: Record<string, number>): string | null {
  let copy: Database.Database | null = null;
  try {
    copy = new Database(file, { fileMustExist: true });
    // The copy inherits WAL mode; a backup should be one self-contained file.
    copy.pragma('journal_mode = DELETE');
    const check = (copy.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (check.length !== 1 || check[0] !== 'ok') return `quick_check: ${check[0]}`;
    const got = rowCounts(copy);
    for (const [table, n] of Object.entries(expected)) {
      if (got[table] !== n) return `${table} has ${got[table] ?? 0} rows in the copy, ${n} in the database`;
    }
    return null;
  } catch (error) {
    return describe(error);
  } finally {
    copy?.close();
  }
}

/** The automatic backups in a folder, newest first. Other files are ignored. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, y, mo, d, h, mi, s, ms] = m;
    const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
    const file = path.join(folder, name);
    try {
      found.push({ file, at, bytes: fs.statSync(file).size });
    } catch {
      // removed while we looked
    }
  }
  return found.sort((a, b) => b.at.getTime() - a.at.getTime() || b.file.localeCompare(a.file));
}

/** Which backups the policy keeps: newest `keepToday` of today, the newest of each earlier day, at most `maxTotal`. */
export function backupsToKeep(backups: BackupFile[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const sorted = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const today = localDay(now);
  const keep: string[] = [];
  const daysSeen = new Set<string>();
  let todayKept = 0;
  for (const b of sorted) {
    const day = localDay(b.at);
    if (day >= today) {
      if (todayKept < policy.keepToday) {
        keep.push(b.file);
        todayKept++;
      }
    } else if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.push(b.file);
    }
  }
  return new Set(keep.slice(0, policy.maxTotal));
}

/** Deletes the automatic backups the policy does not keep; returns the files removed. */
export function pruneBackups(folder: string, now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const all = listBackups(folder);
  const keep = backupsToKeep(all, now, policy);
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.file)) continue;
    try {
      fs.rmSync(b.file);
      removed.push(b.file);
    } catch {
      // a backup we cannot delete is only a little wasted space
    }
  }
  return removed;
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync on Windows
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // best effort: the file itself is already on disk
  }
}

export function describe(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code?.startsWith('SQLITE_READONLY'))
    return 'no permission to write there';
  if (code === 'ENOENT' || code === 'SQLITE_CANTOPEN') return 'the folder is missing';
  return error instanceof Error ? error.message : String(error);
}
