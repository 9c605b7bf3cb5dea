// Backups with VACUUM INTO on the keyed connection (never a file copy of an open database; the
// copy is encrypted with the database's key), verified before they count, and pruned like Actual Budget's: the newest few of today, one a day before that, a bounded
// total. Only a verified backup gets its final name, so "the newest file" is "the last good backup".
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { auditSecretOf } from './audit-chain';
import { headFileFor, lastEntryOf, writeHeadFile, type ChainHead } from './backup-head';
import { keyOf, openKeyed, type DatabaseKey } from './cipher';
import { singleStep, type OnProgress } from './progress';
import { copyMissingPhotos, photosFolderFor } from './photo-store';
import { storedPhotoFiles } from './queries/photos';
import { documentsFolderFor, storedDocumentFiles } from './document-store';
import { inEnglish, says, type Says, type SaysValue } from '../core/i18n/says';

export const BACKUP_PREFIX = 'stipple-';
export const BACKUP_SUFFIX = '.sqlite';
const NAME = /^stipple-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.sqlite$/;

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
  /** Row count per table in the copy, checked against the source's (db/backup.ts copyInto). */
  counts: Record<string, number>;
  /** Photo files copied beside it (those already there are not copied again), and those the database's folder lacked. */
  photos?: { copied: number; missing: string[] };
  /** Signed documents' files (PDFs, scans) copied beside it the same way. */
  documents?: { copied: number; missing: string[] };
}

/** `message` in English (logs, the command line); `says` the same by message id, for the caller's language. */
export class BackupError extends Error {
  constructor(readonly says: Says) {
    super(inEnglish(says));
    this.name = 'BackupError';
  }
}

/** Row count of every table (SQLite's own bookkeeping left out). */
export function rowCounts(sqlite: Database.Database, schemaName = 'main'): Record<string, number> {
  const tables = sqlite
    .prepare(`SELECT name FROM "${schemaName}".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .pluck()
    .all() as string[];
  // Only for our own databases (a file from elsewhere is counted by db/foreign-schema.ts's allow-list); quoted all the same.
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return Object.fromEntries(
    tables.map((t) => [
      t,
      sqlite
        .prepare(`SELECT count(*) FROM ${quoted(schemaName)}.${quoted(t)}`)
        .pluck()
        .get() as number,
    ]),
  );
}

export interface BackupOptions {
  onProgress?: OnProgress;
  /**
   * The connection is the backup's own (a task's worker). VACUUM INTO reads in one transaction of its
   * own on any connection, so this no longer changes how the copy is made; callers still say it.
   */
  ownConnection?: boolean;
}

export function backupFileName(at: Date): string {
  return `${BACKUP_PREFIX}${at.toISOString().replace(/[:.]/g, '-')}${BACKUP_SUFFIX}`;
}

/**
 * Copies the open database into `folder` (copyInto below), checks the copy (quick_check, same
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
    throw new BackupError(says('dataErrors.backup.folderUnreachable', { folder, reason: reasonOf(error) }));
  }
  let name = backupFileName(now);
  for (let n = 1; fs.existsSync(path.join(folder, name)); n++) name = backupFileName(now).replace(BACKUP_SUFFIX, `-${n}${BACKUP_SUFFIX}`);
  const file = path.join(folder, name);
  const counts = await writeVerifiedCopy(sqlite, file, options);
  // The photos, still sealed, into photos/ beside the backups: only those not there yet.
  const photos = copyMissingPhotos(
    photosFolderFor(sqlite.name),
    photosFolderFor(file),
    storedPhotoFiles(sqlite).map((f) => f.hash),
  );
  const documents = copyMissingPhotos(
    documentsFolderFor(sqlite.name),
    documentsFolderFor(file),
    storedDocumentFiles(sqlite).map((f) => f.hash),
  );
  return { file, at: now, bytes: fs.statSync(file).size, counts, photos, documents };
}

/**
 * A consistent copy of the database at `file`, checked (quick_check, the row counts) before it gets
 * that name: it is written as `file.partial` (600) and renamed once it checks out. An encrypted copy
 * then gets its chain head beside it (`file.head`, db/backup-head.ts). Another program
 * writing the database mid-copy makes the counts differ: the copy is made again, up to three times.
 * Returns the row counts the copy holds. Throws a BackupError with a plain sentence.
 */
export async function writeVerifiedCopy(
  sqlite: Database.Database,
  file: string,
  options: Pick<BackupOptions, 'onProgress'> = {},
): Promise<Record<string, number>> {
  const folder = path.dirname(file);
  const partial = `${file}.partial`;
  const { onProgress } = options;
  let lastProblem = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    let bounds: CountBounds;
    try {
      bounds = copyInto(sqlite, partial, options);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw new BackupError(says('dataErrors.backup.notWritten', { folder, reason: reasonOf(error) }));
    }
    const checked = singleStep(onProgress, 'Checking the backup', () => checkCopy(partial, bounds, keyOf(sqlite)));
    if (checked.problem === null) {
      fsyncFile(partial);
      fs.renameSync(partial, file);
      const secret = auditSecretOf(sqlite);
      // A head from an earlier backup of the same name must never stand beside this one.
      fs.rmSync(headFileFor(file), { force: true });
      if (secret && checked.head) writeHeadFile(file, checked.head, secret);
      fsyncDir(folder);
      return checked.counts;
    }
    lastProblem = checked.problem;
    await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1))); // let the other writer finish
  }
  fs.rmSync(partial, { force: true });
  throw new BackupError(says('dataErrors.backup.didNotCheck', { folder, problem: lastProblem }));
}

/** Each table's row count just before and just after the copy was made. */
export interface CountBounds {
  before: Record<string, number>;
  after: Record<string, number>;
}

/**
 * Writes a consistent copy of the database into `target` (created 600). VACUUM INTO, not the backup
 * API: SQLite's backup API refuses an encrypted source (the target's page layout differs), while
 * VACUUM INTO on a keyed connection writes a copy encrypted with the same key, from one read
 * transaction, so writes by other connections meanwhile never tear it. It cannot run inside a
 * transaction, so the source's counts are taken just before and just after it: the copy, a moment
 * in between, must hold between those many rows of each table (exactly that many if none changed).
 */
export function copyInto(sqlite: Database.Database, target: string, options: Pick<BackupOptions, 'onProgress'> = {}): CountBounds {
  const { onProgress } = options;
  fs.rmSync(target, { force: true });
  fs.closeSync(fs.openSync(target, 'w', 0o600)); // SQLite keeps an existing file's mode: owner only
  onProgress?.({ step: 'Copying the database', done: 0, total: 1 });
  const before = rowCounts(sqlite);
  sqlite.prepare('VACUUM INTO ?').run(target);
  const after = rowCounts(sqlite);
  onProgress?.({ step: 'Copying the database', done: 1, total: 1 });
  return { before, after };
}

/** The copy's counts, and null when it is intact and its counts are within the bounds; otherwise what is wrong. */
export function checkCopy(
  file: string,
  bounds: CountBounds,
  key: DatabaseKey | null,
): { problem: string | null; counts: Record<string, number>; head?: ChainHead } {
  let copy: Database.Database | null = null;
  try {
    copy = key === null ? new Database(file, { fileMustExist: true }) : openKeyed(file, key, { fileMustExist: true });
    // A backup should be one self-contained file, never in WAL mode.
    copy.pragma('journal_mode = DELETE');
    const check = (copy.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (check.length !== 1 || check[0] !== 'ok') return { problem: `quick_check: ${check[0]}`, counts: {} };
    const got = rowCounts(copy);
    const tables = new Set([...Object.keys(bounds.before), ...Object.keys(bounds.after), ...Object.keys(got)]);
    for (const table of tables) {
      const a = bounds.before[table] ?? 0;
      const b = bounds.after[table] ?? 0;
      const n = got[table] ?? 0;
      if (n < Math.min(a, b) || n > Math.max(a, b)) {
        const source = a === b ? `${a}` : `${a} to ${b}`;
        return { problem: `${table} has ${n} rows in the copy, ${source} in the database`, counts: got };
      }
    }
    return { problem: null, counts: got, ...(got.audit_log !== undefined ? { head: lastEntryOf(copy) } : {}) };
  } catch (error) {
    return { problem: describe(error), counts: {} };
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
  const found: (BackupFile & { n: number })[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, y, mo, d, h, mi, s, ms, n] = m;
    const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
    const file = path.join(folder, name);
    try {
      found.push({ file, at, bytes: fs.statSync(file).size, n: Number(n ?? 0) });
    } catch {
      // removed while we looked
    }
  }
  // Backups made in the same millisecond are numbered in the order they were made (-1, -2, … -10).
  return found.sort((a, b) => b.at.getTime() - a.at.getTime() || b.n - a.n).map(({ n: _n, ...b }) => b);
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

/** Deletes the automatic backups the policy does not keep, each with its head file; returns the files removed. */
export function pruneBackups(folder: string, now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const all = listBackups(folder);
  const keep = backupsToKeep(all, now, policy);
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.file)) continue;
    try {
      fs.rmSync(b.file);
      fs.rmSync(headFileFor(b.file), { force: true });
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

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncDir(dir: string): void {
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

/** Why a write failed, in a few words: by message id for the common causes, else the error's own text. */
export function reasonOf(error: unknown): SaysValue {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return says('dataErrors.reason.diskFull');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code?.startsWith('SQLITE_READONLY'))
    return says('dataErrors.reason.noPermission');
  if (code === 'ENOENT' || code === 'SQLITE_CANTOPEN') return says('dataErrors.reason.folderMissing');
  return error instanceof Error ? error.message : String(error);
}

/** The same in English. */
export function describe(error: unknown): string {
  const reason = reasonOf(error);
  return typeof reason === 'object' ? inEnglish(reason) : String(reason);
}
