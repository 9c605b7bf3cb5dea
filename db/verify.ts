// Checks a Stipple database file without changing it: is it ours, intact, are its links whole, which
// schema version, and is the audit trail unbroken (hash chain, no tail cut off, guards in place).
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { AUDIT_GENESIS, auditHash, type AuditRow } from './audit-chain';
import { rowCounts } from './backup';
import { couldBeEncrypted, hasPlainHeader, isNotADatabase, openForReading, type DatabaseKey } from './cipher';
import { migrationState, readMigrations } from './migrate';
import { STIPPLE_APPLICATION_ID } from './open';
import { countedStep, singleStep, type OnProgress } from './progress';

export interface AuditCheck {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, with why. */
  problem: string | null;
}

export interface VerifyReport {
  file: string;
  ok: boolean;
  /** Plain sentences, one per problem found; empty when ok. */
  problems: string[];
  integrity: string;
  schema: { applied: number; known: number; pending: number; newerThanApp: boolean };
  counts: Record<string, number>;
  audit: AuditCheck;
}

const AUDIT_TRIGGERS = ['audit_log_no_update', 'audit_log_no_delete'];

/** Recomputes every entry's hash from its content and the entry before it. */
export function checkAuditChain(sqlite: Database.Database, onProgress?: OnProgress): AuditCheck {
  const total = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const progress = countedStep(onProgress, 'Checking the audit trail', total, 1000);
  const check = walkAuditChain(sqlite, progress.tick);
  progress.end(); // also when it stopped at a bad entry: the check is over
  return check;
}

function walkAuditChain(sqlite: Database.Database, tick: (entries: number) => void): AuditCheck {
  const rows = sqlite
    .prepare(
      `SELECT id, at, staff_id AS staffId, entity, entity_id AS entityId, action, before, after, reason,
              prev_hash AS prevHash, hash FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<AuditRow>;
  let prev = AUDIT_GENESIS;
  let entries = 0;
  let lastId = 0;
  for (const row of rows) {
    entries++;
    tick(entries);
    if (row.prevHash !== prev) {
      return { ok: false, entries, problem: `audit entry ${row.id} does not follow the entry before it (an entry was removed or changed)` };
    }
    const { id: _id, prevHash, hash, ...body } = row;
    if (auditHash(prevHash, body) !== hash) {
      return { ok: false, entries, problem: `audit entry ${row.id} was changed after it was written` };
    }
    prev = hash;
    lastId = row.id;
  }
  // AUTOINCREMENT remembers the highest id ever committed, so cutting entries off the end shows.
  const seq = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() as number | undefined;
  if (seq !== undefined && seq > lastId) {
    return { ok: false, entries, problem: `the newest audit entries (after ${lastId}, up to ${seq}) were removed` };
  }
  const triggers = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`)
    .pluck()
    .all() as string[];
  const missing = AUDIT_TRIGGERS.filter((t) => !triggers.includes(t));
  if (missing.length > 0) {
    return { ok: false, entries, problem: `the audit log's protection was removed (${missing.join(', ')} missing)` };
  }
  return { ok: true, entries, problem: null };
}

/**
 * Opens `file` read-only and reports on it. Never throws for a bad file: the report says why.
 * `key`: the database key, which opens the database and its backups; a plain file (a backup from
 * before encryption) is read without it.
 */
export function verifyDatabaseFile(file: string, migrationsFolder: string, key: DatabaseKey, onProgress?: OnProgress): VerifyReport {
  const report: VerifyReport = {
    file,
    ok: false,
    problems: [],
    integrity: 'not checked',
    schema: { applied: 0, known: 0, pending: 0, newerThanApp: false },
    counts: {},
    audit: { ok: false, entries: 0, problem: 'not checked' },
  };
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

  let sqlite: Database.Database;
  try {
    sqlite = openForReading(file, key, { readonly: true, fileMustExist: true });
  } catch (error) {
    report.problems.push(`${file} cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
    return report;
  }
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // the key is tried on the first read
  } catch (error) {
    sqlite.close();
    if (isNotADatabase(error)) {
      report.problems.push(
        `${file} cannot be opened with this database's key: it is encrypted with another key, or it is not a Stipple database.`,
      );
      return report;
    }
    report.problems.push(`${file} cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
    return report;
  }
  try {
    const integrity = singleStep(onProgress, 'Checking the file is intact', () =>
      (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
    );
    report.integrity = integrity.join('; ');
    if (integrity[0] !== 'ok') {
      report.problems.push(`${file} is damaged: ${integrity[0]}.`);
      return report;
    }
    if (sqlite.pragma('application_id', { simple: true }) !== STIPPLE_APPLICATION_ID) {
      report.problems.push(`${file} is a database of another program, not a Stipple chart database.`);
      return report;
    }
    const migrations = readMigrations(migrationsFolder);
    const state = migrationState(sqlite, migrations);
    report.schema = { applied: state.applied, known: migrations.length, pending: state.pending.length, newerThanApp: state.newerThanApp };
    if (state.newerThanApp) report.problems.push(`${file} was written by a newer version of Stipple; update Stipple to use it.`);
    if (state.unrecognised) report.problems.push(`${file} has database updates that this version of Stipple does not recognise.`);
    const broken = singleStep(
      onProgress,
      'Checking the links between records',
      () => sqlite.pragma('foreign_key_check') as { table: string; parent: string }[],
    );
    if (broken.length > 0)
      report.problems.push(
        `${broken.length} record(s) point at records that do not exist (first in ${broken[0]!.table} → ${broken[0]!.parent}).`,
      );
    report.counts = singleStep(onProgress, 'Counting the records', () => rowCounts(sqlite));
    report.audit = checkAuditChain(sqlite, onProgress);
    if (!report.audit.ok)
      report.problems.push(`The audit trail is broken: ${report.audit.problem}. The database was edited outside Stipple.`);
  } catch (error) {
    report.problems.push(`${file} could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    sqlite.close();
  }
  report.ok = report.problems.length === 0;
  return report;
}
