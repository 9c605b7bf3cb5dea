// Restoring a backup into the open database. The file is checked first, on a worker with a time and
// memory limit (db/foreign-file.ts: ours, intact, not from a newer Stipple, its audit trail whole),
// copied aside there and migrated, the current database is backed up, and then the contents are
// swapped in ONE transaction on the live connection: a crash or an error half way leaves the
// database exactly as it was, and the app never has to close or reopen its connection. A file whose
// audit trail does not verify is refused unless an owner overrides with a reason.
// This computer's own bookkeeping (paired workstations, pairing codes, wrong-PIN lockouts) is not
// taken from the backup: the live rows stay, in the same transaction (db/restore-kept.ts).
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase, BackupError, rowCounts } from './backup';
import { keyOf, openKeyed } from './cipher';
import { checkForeignDatabase } from './foreign-file';
import { openDatabase } from './open';
import { copyMissingPhotos, photosFolderFor } from './photo-store';
import { storedPhotoFiles } from './queries/photos';
import { documentsFolderFor, storedDocumentFiles } from './document-store';
import { countedStep, singleStepAsync, type OnProgress, type Progress } from './progress';
import { keptSequences, keptSummary, keptTables, relinkKept, restoreSequences, type KeptOnRestore } from './restore-kept';
import type { VerifyReport } from './verify';
import { inEnglish, says, type Says } from '../core/i18n/says';

export interface RestoreOptions {
  migrationsFolder: string;
  /** Where the safety backup of the current database goes before it is replaced. */
  backupFolder: string;
  now?: Date;
  /**
   * Runs inside the swap's transaction after the rows are in: write the audit entry here (with the
   * override's reason and what was overridden, when there is one).
   */
  inTransaction?: (
    sqlite: Database.Database,
    summary: { from: string; counts: Record<string, number>; overridden: RestoreOverride | null; kept: KeptOnRestore },
  ) => void;
  /** An owner's decision to restore a file whose audit trail does not verify, and why. */
  override?: { reason: string };
  /** The check's limits (db/foreign-file.ts); defaults there. */
  timeoutMs?: number;
  maxMemoryMb?: number;
  nativeBinding?: string;
  onProgress?: OnProgress;
  /** `live` is the restore's own connection (a task's worker): see BackupOptions.ownConnection. */
  ownConnection?: boolean;
}

/** The safety backup's steps, named for what they are during a restore. */
function safetyBackupStep(onProgress: OnProgress | undefined): OnProgress | undefined {
  return (
    onProgress &&
    ((p: Progress) =>
      onProgress({ ...p, step: p.step === 'Copying the database' ? 'Backing up the current database first' : 'Checking that backup' }))
  );
}

export interface RestoreResult {
  restoredFrom: string;
  /** The backup of the database as it was just before the restore. */
  safetyBackup: string;
  counts: Record<string, number>;
  /** Schema versions: of the file, and after migrating it. */
  schemaBefore: number;
  schemaAfter: number;
  /** Set when the file's audit trail does not check out and an owner restored it anyway. */
  auditWarning: string | null;
  /** The override, when one was needed and given; null otherwise. */
  overridden: RestoreOverride | null;
  /** What was kept from the database as it was, not taken from the backup (db/restore-kept.ts). */
  kept: KeptOnRestore;
  /** Photo files copied from photos/ beside the backup; those it lacked, and what verify said of them. */
  photos: { copied: number; missing: number; problems: string[] };
  /** The same for signed documents' files from documents/ beside the backup. */
  documents: { copied: number; missing: number; problems: string[] };
}

export interface RestoreOverride {
  reason: string;
  /** What did not verify. */
  problems: string[];
}

/** `message` in English; `says` the same by message id (what verify reported stays a value, in English). */
export class RestoreError extends Error {
  constructor(
    readonly says: Says,
    readonly report?: VerifyReport,
    /** True when only the audit trail (or rows against it) failed: an owner may restore it anyway, with a reason. */
    readonly overridable = false,
  ) {
    super(inEnglish(says));
    this.name = 'RestoreError';
  }
}

export async function restoreDatabase(live: Database.Database, file: string, options: RestoreOptions): Promise<RestoreResult> {
  const source = path.resolve(file);
  const { onProgress } = options;
  // The file is read with the live database's key (a backup of it), or plain if it is from before encryption.
  const key = keyOf(live);
  if (key === null) throw new RestoreError(says('dataErrors.restore.noKey'));
  const override = options.override ? options.override.reason.trim() : null;
  if (override === '') throw new RestoreError(says('dataErrors.restore.giveReason'), undefined, true);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-restore-')); // 700
  try {
    // Checked on its worker, which also copies it aside with VACUUM INTO (the file may itself be a
    // live database; one read transaction gives a consistent copy); then the copy is migrated,
    // which also encrypts a plain one.
    const copyFile = path.join(work, 'restore.sqlite');
    const report = await checkForeignDatabase(source, key, {
      migrationsFolder: options.migrationsFolder,
      copyTo: copyFile,
      ...(onProgress ? { onProgress } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxMemoryMb ? { maxMemoryMb: options.maxMemoryMb } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // A photo missing beside the backup does not stop the chart coming back: it is said afterwards.
    const photoProblems = report.photos?.problems ?? [];
    const documentProblems = report.documents?.problems ?? [];
    const fatal = report.problems.filter(
      (p) => !report.tampered.includes(p) && !photoProblems.includes(p) && !documentProblems.includes(p),
    );
    if (fatal.length > 0) throw new RestoreError(says('dataErrors.restore.fileProblem', { problem: fatal[0]! }), report);
    if (report.tampered.length > 0 && override === null) {
      throw new RestoreError(says('dataErrors.restore.doesNotVerify', { problem: report.tampered[0]! }), report, true);
    }
    const overridden = report.tampered.length > 0 && override !== null ? { reason: override, problems: report.tampered } : null;
    const schemaAfter = await singleStepAsync(onProgress, 'Bringing the backup up to this version of Stipple', async () => {
      const migrated = await openDatabase(copyFile, {
        migrationsFolder: options.migrationsFolder,
        key,
        backupFolder: path.join(work, 'pre'),
      });
      try {
        return migrated.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
      } finally {
        migrated.close();
      }
    });

    let safetyBackup: string;
    try {
      const backupOptions = { onProgress: safetyBackupStep(onProgress), ownConnection: options.ownConnection === true };
      safetyBackup = (await backupDatabase(live, options.backupFolder, options.now, backupOptions)).file;
    } catch (error) {
      const why = error instanceof BackupError ? error.says : String(error);
      throw new RestoreError(says('dataErrors.restore.noSafetyBackup', { why }));
    }

    const copy = openKeyed(copyFile, key, { readonly: true, fileMustExist: true });
    let swapped: { counts: Record<string, number>; kept: KeptOnRestore };
    try {
      swapped = swapContents(
        live,
        copy,
        (sqlite, c, kept) => options.inTransaction?.(sqlite, { from: source, counts: c, overridden, kept }),
        onProgress,
      );
    } finally {
      copy.close();
    }
    // The restored rows' photos, from photos/ beside the backup (still sealed with the same key).
    const photos = copyMissingPhotos(
      photosFolderFor(source),
      photosFolderFor(live.name),
      storedPhotoFiles(live).map((f) => f.hash),
    );
    const documents = copyMissingPhotos(
      documentsFolderFor(source),
      documentsFolderFor(live.name),
      storedDocumentFiles(live).map((f) => f.hash),
    );
    return {
      photos: { copied: photos.copied, missing: photos.missing.length, problems: photoProblems },
      documents: { copied: documents.copied, missing: documents.missing.length, problems: documentProblems },
      restoredFrom: source,
      safetyBackup,
      counts: swapped.counts,
      kept: swapped.kept,
      schemaBefore: report.schema.applied,
      schemaAfter,
      auditWarning: report.audit.ok ? null : report.audit.problem,
      overridden,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

interface TableInfo {
  name: string;
  sql: string;
}

type InSwap = (sqlite: Database.Database, counts: Record<string, number>, kept: KeptOnRestore) => void;

/**
 * Replaces every row of `live` with the rows of `copy` (same schema) in one transaction, except
 * the kept tables' (db/restore-kept.ts), whose live rows stay.
 */
function swapContents(
  live: Database.Database,
  copy: Database.Database,
  inTransaction: InSwap,
  onProgress?: OnProgress,
): { counts: Record<string, number>; kept: KeptOnRestore } {
  const objects = live
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)
    .all() as (TableInfo & { type: string })[];
  const virtual = objects.filter((o) => o.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(o.sql ?? ''));
  const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v.name}_`));
  const tables = objects.filter((o) => o.type === 'table' && !virtual.includes(o) && !isShadow(o.name));
  const triggers = objects.filter((o) => o.type === 'trigger');
  const kept = keptTables(live);
  const copyTables = new Set(copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);

  // Foreign keys off on the connection (as for migrations; it cannot change inside a transaction):
  // with them on, every deleted session would be looked up in each child table, which takes
  // minutes on a large clinic. foreign_key_check below proves the links before the commit.
  const foreignKeys = live.pragma('foreign_keys', { simple: true }) as number;
  live.pragma('foreign_keys = OFF');
  let summary: KeptOnRestore;
  try {
    summary = swapInTransaction(live, copy, { tables, triggers, virtual, kept }, copyTables, inTransaction, onProgress);
  } finally {
    live.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { counts: rowCounts(live), kept: summary };
}

interface SwapObjects {
  tables: TableInfo[];
  triggers: TableInfo[];
  virtual: TableInfo[];
  /** Tables whose live rows stay. */
  kept: string[];
}

function swapInTransaction(
  live: Database.Database,
  copy: Database.Database,
  { tables, triggers, virtual, kept }: SwapObjects,
  copyTables: Set<string>,
  inTransaction: InSwap,
  onProgress?: OnProgress,
): KeptOnRestore {
  // IMMEDIATE: the write lock before anything is read, so a write by another connection meanwhile
  // waits for the whole swap instead of colliding with it.
  return live
    .transaction((): KeptOnRestore => {
      const sequences = keptSequences(live, kept);
      const replacing = countedStep(onProgress, 'Replacing the records', tables.length + 1, 1);
      // Triggers (the audit log's append-only guard, search-index upkeep) would refuse or double the copy.
      for (const t of triggers) live.exec(`DROP TRIGGER "${t.name}"`);
      tables.forEach((t, i) => {
        if (!kept.includes(t.name)) {
          live.exec(`DELETE FROM "${t.name}"`);
          if (copyTables.has(t.name)) copyRows(live, copy, t.name);
        }
        replacing.tick(i + 1);
      });
      live.exec('DELETE FROM sqlite_sequence');
      if (copyTables.has('sqlite_sequence')) copyRows(live, copy, 'sqlite_sequence');
      restoreSequences(live, sequences);
      for (const t of triggers) live.exec(t.sql);
      for (const v of virtual) {
        // External-content full-text indexes rebuild from their table; others are copied as rows.
        if (/content\s*=/i.test(v.sql)) live.prepare(`INSERT INTO "${v.name}"("${v.name}") VALUES ('rebuild')`).run();
        else {
          live.exec(`DELETE FROM "${v.name}"`);
          if (copyTables.has(v.name)) copyRows(live, copy, v.name);
        }
      }
      const relinked = relinkKept(live, kept);
      const broken = live.pragma('foreign_key_check') as { table: string }[];
      if (broken.length > 0)
        throw new RestoreError(says('dataErrors.restore.brokenLinks', { count: broken.length, table: broken[0]!.table }));
      const summary = keptSummary(live, kept, relinked);
      inTransaction(live, rowCounts(live), summary);
      replacing.end(); // the rebuilt search index and the checks: the last unit
      return summary;
    })
    .immediate();
}

function copyRows(live: Database.Database, copy: Database.Database, table: string): void {
  const liveCols = (live.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
  const copyCols = new Set((copy.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name));
  const cols = liveCols.filter((c) => copyCols.has(c));
  if (cols.length === 0) return;
  const list = cols.map((c) => `"${c}"`).join(', ');
  const insert = live.prepare(`INSERT INTO "${table}" (${list}) VALUES (${cols.map(() => '?').join(', ')})`);
  for (const row of copy.prepare(`SELECT ${list} FROM "${table}"`).raw().iterate()) insert.run(...(row as unknown[]));
}
