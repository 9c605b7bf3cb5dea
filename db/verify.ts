// Checks a Stipple database file without changing it: is it ours, intact, are its links whole, which
// schema version, is the audit trail unbroken (keyed hash chain, no tail cut off, guards in place,
// the head written beside a backup), and does every chart row match what the trail says it should be.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { auditRowsOf, auditSecretOf, checkAuditRows, isChainKeyed, type AuditSecret } from './audit-chain';
import { holdsHead, readHeadFile, type ChainHead } from './backup-head';
import { listBackups } from './backup';
import { couldBeEncrypted, hasPlainHeader, isNotADatabase, type DatabaseKey } from './cipher';
import { checkRecordSizes } from './foreign-limits';
import { openForeignFile } from './foreign-open';
import { checkForeignSchema, countTables, knownSchemas } from './foreign-schema';
import { backupFolderFor } from './location';
import { readMigrations } from './migrate';
import { STIPPLE_APPLICATION_ID } from './open';
import { countedStep, singleStep, type OnProgress } from './progress';
import { AUDITED_TABLES } from './audited-tables';
import { checkRowsAgainstTrail, rowsSummary, type RowsCheck } from './verify-rows';
import { checkPhotoFiles, type PhotoCheck } from './photo-verify';
import { photosFolderFor } from './photo-store';
import { checkDocumentFiles, type DocumentCheck } from './document-verify';
import { documentsFolderFor } from './document-store';

export interface AuditCheck {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, with why. */
  problem: string | null;
  /** Whether the chain is keyed with the database's secret; false for one from before (checked with the old rule). */
  keyed?: boolean;
  /** Something to know that is not a fault: an old backup's trail is not keyed. */
  note?: string | null;
}

export interface VerifyReport {
  file: string;
  ok: boolean;
  /** Plain sentences, one per problem found; empty when ok. */
  problems: string[];
  /**
   * The problems that show the file was edited outside Stipple (its audit trail, its rows against
   * the trail), also in `problems`: restore refuses them unless an owner overrides with a reason.
   */
  tampered: string[];
  integrity: string;
  schema: { applied: number; known: number; pending: number; newerThanApp: boolean };
  counts: Record<string, number>;
  audit: AuditCheck;
  /** Every chart row compared with the trail (db/verify-rows.ts). */
  rows?: RowsCheck;
  /** The photos in photos/ beside the file, re-hashed (db/photo-verify.ts); their problems are in `problems` too. */
  photos?: PhotoCheck;
  /** Signed documents: their files in documents/ beside the file, their content hash and PDF against the trail (db/document-verify.ts). */
  documents?: DocumentCheck;
}

const AUDIT_TRIGGERS = ['audit_log_no_update', 'audit_log_no_delete'];

/** The actions an erasure writes: its own entry, and one per money record it anonymised. */
export const ERASURE_ACTIONS = ['erase', 'anonymise'] as const;

export const UNKEYED_NOTE =
  'its audit trail is not keyed: it was written before Stipple keyed the trail with the database key, so an edit made together with recomputed hashes would not show';

/** Recomputes every entry's hash from its content and the entry before it, with the chain's rule. */
export function checkAuditChain(
  sqlite: Database.Database,
  onProgress?: OnProgress,
  guards: readonly string[] = AUDIT_TRIGGERS,
): AuditCheck & { head: ChainHead | null } {
  const total = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const progress = countedStep(onProgress, 'Checking the audit trail', total, 1000);
  const keyed = isChainKeyed(sqlite);
  const secret = auditSecretOf(sqlite);
  if (keyed && secret === null) {
    progress.end();
    return {
      ok: false,
      entries: 0,
      keyed,
      head: null,
      problem: 'the audit trail is keyed but the file is not encrypted: it was decrypted outside Stipple',
    };
  }
  const check = walkAuditChain(sqlite, keyed ? secret : null, progress.tick, guards);
  progress.end(); // also when it stopped at a bad entry: the check is over
  return { ...check, keyed };
}

function walkAuditChain(
  sqlite: Database.Database,
  secret: AuditSecret | null,
  tick: (entries: number) => void,
  guards: readonly string[],
): AuditCheck & { head: ChainHead | null } {
  const chain = checkAuditRows(auditRowsOf(sqlite), secret, tick);
  const { entries } = chain;
  const head = chain.last ? { id: chain.last.id, hash: chain.last.hash, at: chain.last.at } : null;
  if (!chain.ok) return { ok: false, entries, problem: chain.problem, head };
  const lastId = chain.last?.id ?? 0;
  // AUTOINCREMENT remembers the highest id ever committed, so cutting entries off the end shows.
  const seq = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() as number | undefined;
  if (seq !== undefined && seq > lastId) {
    return { ok: false, entries, head, problem: `the newest audit entries (after ${lastId}, up to ${seq}) were removed` };
  }
  const triggers = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`)
    .pluck()
    .all() as string[];
  const missing = guards.filter((t) => !triggers.includes(t));
  if (missing.length > 0) {
    return { ok: false, entries, head, problem: `the audit log's protection was removed (${missing.join(', ')} missing)` };
  }
  return { ok: true, entries, problem: null, head };
}

/** Whether every entry after `id` is an erasure's own (a client erased from this backup too: api/erasure-backups.ts). */
function onlyErasuresAfter(sqlite: Database.Database, id: number): boolean {
  const other = sqlite
    .prepare(`SELECT 1 FROM audit_log WHERE id > ? AND action NOT IN (${ERASURE_ACTIONS.map(() => '?').join(', ')}) LIMIT 1`)
    .get(id, ...ERASURE_ACTIONS);
  return other === undefined;
}

/** A backup's own head file against its trail: entries cut off its end, or changed, show. */
function checkOwnHead(file: string, sqlite: Database.Database, secret: AuditSecret, last: ChainHead | null): string | null {
  const read = readHeadFile(file, secret);
  if (read.status === 'absent') return null;
  if (read.status === 'invalid')
    return `the head file beside it (${file}.head) does not match it: the head was changed, or belongs to another database`;
  const head = read.head;
  const lastId = last?.id ?? 0;
  if (lastId < head.id)
    return `the newest audit entries (after ${lastId}, up to ${head.id}) were removed: the head written beside the backup records entry ${head.id}`;
  if (!holdsHead(sqlite, head)) return `audit entry ${head.id} is not the one recorded in the head written beside the backup`;
  if (lastId > head.id && !onlyErasuresAfter(sqlite, head.id)) return `audit entries after ${head.id} were added after the backup was made`;
  return null;
}

/**
 * The live database against its newest backup's head: that entry must still be in the trail, the
 * same. Backups made before the last restore belong to the trail the restore replaced and are skipped.
 */
function checkNewestBackupHead(file: string, sqlite: Database.Database, secret: AuditSecret): string | null {
  const folders = [backupFolderFor(file)];
  const second = secondFolder(sqlite);
  if (second) folders.push(second);
  // A restore replaced the trail; a re-chain to the content rule rewrote its hashes.
  const restoredAt = sqlite
    .prepare("SELECT max(at) FROM audit_log WHERE entity = 'database' AND entity_id = 'main' AND action IN ('restore', 'audit_rechain')")
    .pluck()
    .get() as string | null;
  const backups = folders.flatMap((f) => listBackups(f)).sort((a, b) => b.at.getTime() - a.at.getTime());
  for (const backup of backups) {
    if (restoredAt !== null && backup.at.toISOString() <= restoredAt) return null;
    const read = readHeadFile(backup.file, secret);
    if (read.status !== 'ok') continue; // none, or another database's: not this trail's
    if (restoredAt !== null && read.head.at !== null && read.head.at <= restoredAt) return null;
    if (holdsHead(sqlite, read.head)) return null;
    return `audit entry ${read.head.id}, in the trail when the backup ${backup.file} was made, is missing or changed: entries were removed or rewritten`;
  }
  return null;
}

/** About how many records the row comparison visits, for its progress. */
function rowsToCompare(counts: Record<string, number>): number {
  return AUDITED_TABLES.reduce((n, t) => n + (counts[t.table] ?? 0), 0) + (counts.sessions ?? 0);
}

function secondFolder(sqlite: Database.Database): string | null {
  try {
    const raw = sqlite.prepare("SELECT value FROM settings WHERE key = 'backupFolder'").pluck().get() as string | undefined;
    const value = raw === undefined ? null : (JSON.parse(raw) as unknown);
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Opens `file` read-only and reports on it. Never throws for a bad file: the report says why.
 * `key`: the database key, which opens the database and its backups; a plain file (a backup from
 * before encryption) is read without it.
 */
export function verifyDatabaseFile(
  file: string,
  migrationsFolder: string,
  key: DatabaseKey,
  onProgress?: OnProgress,
  options: { nativeBinding?: string } = {},
): VerifyReport {
  const report = uncheckedReport(file);
  if (!fs.existsSync(file)) {
    report.problems.push(`${file} does not exist.`);
    return report;
  }
  if (fs.statSync(file).isDirectory()) {
    report.problems.push(`${file} is a folder, not a database file.`);
    return report;
  }
  const plain = hasPlainHeader(file);
  if (!plain && !couldBeEncrypted(fs.statSync(file).size)) {
    report.problems.push(`${file} is not a Stipple database (it is not a SQLite file at all).`);
    return report;
  }

  // Read-only, defensive, trusted_schema off, query_only (db/foreign-open.ts): the file is not trusted.
  let sqlite: Database.Database;
  try {
    sqlite = openForeignFile(file, key, options); // the key is tried on its first read
  } catch (error) {
    report.problems.push(unopenable(file, error));
    return report;
  }
  try {
    if (sqlite.pragma('application_id', { simple: true }) !== STIPPLE_APPLICATION_ID) {
      report.problems.push(`${file} is a database of another program, not a Stipple chart database.`);
      return report;
    }
    // Its schema against ours before any of its SQL runs (the integrity check evaluates CHECK and
    // index expressions; a view or trigger could run anything); its tables by our names only.
    const migrations = readMigrations(migrationsFolder);
    const schema = singleStep(onProgress, 'Checking the file holds only what Stipple puts in it', () =>
      checkForeignSchema(sqlite, file, migrations, knownSchemas(migrations, options)),
    );
    if (schema.state) {
      const s = schema.state;
      report.schema = { applied: s.applied, known: migrations.length, pending: s.pending.length, newerThanApp: s.newerThanApp };
    }
    if (schema.problem || !schema.state) {
      report.problems.push(schema.problem ?? `${file} could not be checked.`);
      return report;
    }
    const state = schema.state;
    // A newer or unrecognised history: its schema is not one we know, so nothing more of it is read.
    if (state.newerThanApp) report.problems.push(`${file} was written by a newer version of Stipple; update Stipple to use it.`);
    if (state.unrecognised) report.problems.push(`${file} has database updates that this version of Stipple does not recognise.`);
    if (report.problems.length > 0) return report;
    const integrity = singleStep(onProgress, 'Checking the file is intact', () =>
      (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
    );
    report.integrity = integrity.join('; ');
    if (integrity[0] !== 'ok') {
      report.problems.push(`${file} is damaged: ${integrity[0]}.`);
      return report;
    }
    const oversized = singleStep(onProgress, 'Checking the size of its records', () => checkRecordSizes(sqlite, file));
    if (oversized) {
      report.problems.push(oversized);
      return report;
    }
    const broken = singleStep(
      onProgress,
      'Checking the links between records',
      () => sqlite.pragma('foreign_key_check') as { table: string; parent: string }[],
    );
    if (broken.length > 0)
      report.problems.push(
        `${broken.length} record(s) point at records that do not exist (first in ${broken[0]!.table} → ${broken[0]!.parent}).`,
      );
    report.counts = singleStep(onProgress, 'Counting the records', () => countTables(sqlite, schema.tables));
    // The guards a file at its schema level has: a backup from before them is not missing them.
    const guards = AUDIT_TRIGGERS.filter((t) => schema.triggers.includes(t));
    const { head, ...audit } = checkAuditChain(sqlite, onProgress, guards);
    report.audit = audit;
    const secret = auditSecretOf(sqlite);
    if (audit.ok && secret !== null) {
      // Only a file opened with the key can hold a keyed trail; an encrypted one that is up to date
      // has been opened by a Stipple that keys it, so an unkeyed trail there was rewritten.
      if (!audit.keyed && !plain && state.pending.length === 0 && state.applied > 0) {
        audit.ok = false;
        audit.problem =
          'the audit trail is not keyed with the database key although Stipple keyed it when it last opened the file: it was rewritten';
      } else {
        audit.problem = checkOwnHead(file, sqlite, secret, head) ?? checkNewestBackupHead(file, sqlite, secret);
        if (audit.problem !== null) audit.ok = false;
      }
    }
    if (audit.ok && !audit.keyed && audit.entries > 0) audit.note = `This file's trail was checked with the old rule: ${UNKEYED_NOTE}.`;
    // Edits outside Stipple: restore refuses them unless an owner overrides (db/restore.ts).
    const tampered = (problem: string) => {
      report.problems.push(problem);
      report.tampered.push(problem);
    };
    if (!audit.ok) tampered(`The audit trail is broken: ${audit.problem}. The database was edited outside Stipple.`);
    // The records of a file from an older schema are compared once it is brought up to date (a
    // restore does that); its columns and its entries' records may differ from today's.
    if (state.pending.length === 0) {
      const rowsProgress = countedStep(onProgress, 'Comparing the records with the audit trail', rowsToCompare(report.counts), 1000);
      let compared = 0;
      report.rows = checkRowsAgainstTrail(sqlite, () => rowsProgress.tick(++compared));
      rowsProgress.end();
      for (const p of report.rows.problems) tampered(p.charAt(0).toUpperCase() + p.slice(1));
      const more = rowsSummary(report.rows);
      if (more) tampered(more);
      report.photos = singleStep(onProgress, 'Checking the photos', () => checkPhotoFiles(sqlite, photosFolderFor(file), key));
      report.problems.push(...report.photos.problems);
      report.documents = singleStep(onProgress, 'Checking the signed documents', () =>
        checkDocumentFiles(sqlite, documentsFolderFor(file), key),
      );
      report.problems.push(...report.documents.problems);
      for (const p of report.documents.tampered) tampered(p);
    }
  } catch (error) {
    report.problems.push(unreadable(file, error));
  } finally {
    sqlite.close();
  }
  report.ok = report.problems.length === 0;
  return report;
}

/** A report that has checked nothing yet (and says so, if it is returned as it is). */
export function uncheckedReport(file: string): VerifyReport {
  return {
    file,
    ok: false,
    problems: [],
    tampered: [],
    integrity: 'not checked',
    schema: { applied: 0, known: 0, pending: 0, newerThanApp: false },
    counts: {},
    audit: { ok: false, entries: 0, problem: 'not checked' },
  };
}

const isCorrupt = (error: unknown) => /^SQLITE_CORRUPT/.test((error as { code?: string } | null)?.code ?? '');
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function unopenable(file: string, error: unknown): string {
  if (isNotADatabase(error))
    return `${file} cannot be opened with this database's key: it is encrypted with another key, or it is not a Stipple database.`;
  if (isCorrupt(error)) return `${file} is damaged: its list of tables cannot be read (${messageOf(error)}).`;
  return `${file} cannot be opened: ${messageOf(error)}`;
}

function unreadable(file: string, error: unknown): string {
  if (isCorrupt(error)) return `${file} is damaged: ${messageOf(error)}.`;
  return `${file} could not be checked: ${messageOf(error)}`;
}
