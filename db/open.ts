// Opening a Stipple database: refuse anything that is not ours, intact and writable, without ever
// touching it; then set the durability pragmas and bring the schema up to date. Every connection is
// keyed (db/cipher.ts); a plain file from before encryption is encrypted first (db/encrypt-plain.ts).
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { auditSecretOf, chainRuleOf, CONTENT_RULE } from './audit-chain';
import { rekeyAuditChain } from './audit-rekey';
import { writeVerifiedCopy } from './backup';
import { couldBeEncrypted, hasPlainHeader, openKeyed, type DatabaseKey } from './cipher';
import { encryptPlainDatabase, type EncryptStep } from './encrypt-plain';
import { DatabaseOpenError } from './errors';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { runMigrations, readMigrations, migrationState } from './migrate';
import { withStatementCache } from './statement-cache';

/** 'STPP': marks a SQLite file as a Stipple database. */
export const STIPPLE_APPLICATION_ID = 0x53545050;

export type Db = BetterSQLite3Database<typeof schema>;
export interface OpenDatabase {
  file: string;
  sqlite: Database.Database;
  db: Db;
  /** Where the pre-migration backup went, if one was made on this open. */
  preMigrationBackup: string | null;
  /** Whether PRAGMA quick_check has passed: 'ok' unless opened with `deferIntegrityCheck`. */
  integrity: IntegrityCheck;
  /** The native binding it was opened with, so a task's second connection can use the same. */
  nativeBinding?: string;
  /** The database key, for a task's second connection and for reading its backups. */
  key: DatabaseKey;
  /** Set when this open encrypted a plain database from before: the verified backup it made first. */
  encryptedFromPlain: { backup: string } | null;
  close(): void;
}

export type IntegrityStatus = 'unchecked' | 'ok' | 'damaged';

export interface IntegrityCheck {
  readonly status: IntegrityStatus;
  /** When damaged: a plain sentence for the clinic (the file, what is wrong, restore a backup). */
  readonly message: string | null;
  /** Runs PRAGMA quick_check on this connection if it has not run yet (synchronously), once. */
  ensure(): IntegrityStatus;
}

export interface OpenOptions {
  migrationsFolder: string;
  /** The 256-bit database key (db/key-file.ts for the command line, electron/main/key-store.ts in the app). */
  key: DatabaseKey;
  /** Tests: called after each step of encrypting a plain database. */
  onEncryptStep?: (step: EncryptStep) => void;
  /** Folder for the pre-migration backup; defaults to `backups/` beside the database. */
  backupFolder?: string;
  /** better-sqlite3 native binding, for runtimes other than Node (the Electron app). */
  nativeBinding?: string;
  /**
   * Run PRAGMA quick_check later (integrity.ensure()) instead of before returning: it reads the whole
   * file (about 300 ms at 50,000 clients). Only taken for a file that already holds a Stipple database
   * in WAL mode with no migrations pending, so opening writes nothing; anything else is checked now.
   * Whoever opens this way must call ensure() before the first write (api/integrity-gate.ts does).
   */
  deferIntegrityCheck?: boolean;
}

export async function openDatabase(file: string, options: OpenOptions): Promise<OpenDatabase> {
  const absolute = path.resolve(file);
  const kind = checkFileBeforeOpen(absolute);
  const migrations = readMigrations(options.migrationsFolder);
  const backupFolder = options.backupFolder ?? path.join(path.dirname(absolute), 'backups');

  let encryptedFromPlain: OpenDatabase['encryptedFromPlain'] = null;
  if (kind === 'plain') {
    try {
      const done = await encryptPlainDatabase(absolute, options.key, {
        backupFolder,
        check: (plain) => refuseIfNotOurs(plain, absolute, migrations, true),
        ...(options.onEncryptStep ? { afterStep: options.onEncryptStep } : {}),
      });
      encryptedFromPlain = { backup: done.backup };
    } catch (error) {
      throw DatabaseOpenError.from(error, absolute);
    }
  }

  let sqlite: Database.Database;
  try {
    // Folder 700 and file 600: it holds health records. SQLite gives its -wal and -shm the file's mode.
    fs.mkdirSync(path.dirname(absolute), { recursive: true, mode: 0o700 });
    if (kind === 'new') fs.closeSync(fs.openSync(absolute, 'a', 0o600));
    sqlite = openKeyed(absolute, options.key, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw DatabaseOpenError.from(error, absolute);
  }

  try {
    sqlite.pragma('busy_timeout = 5000');
    if (!options.deferIntegrityCheck) checkIntact(sqlite, absolute);
    const isEmpty = refuseIfNotOurs(sqlite, absolute, migrations, false);
    const state = migrationState(sqlite, migrations);

    // Deferring is safe only when nothing below writes to the file: no migrations (never migrate an
    // unchecked file), already in WAL mode (switching to WAL rewrites the header), and an audit
    // chain that needs no re-keying.
    const deferred =
      options.deferIntegrityCheck === true &&
      !isEmpty &&
      state.pending.length === 0 &&
      sqlite.pragma('journal_mode', { simple: true }) === 'wal' &&
      chainRuleOf(sqlite) === CONTENT_RULE;
    if (options.deferIntegrityCheck && !deferred) checkIntact(sqlite, absolute);
    const integrity = deferred ? deferredCheck(sqlite, absolute) : passedCheck();

    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');

    let preMigrationBackup: string | null = null;
    if (state.pending.length > 0) {
      if (!isEmpty) {
        fs.mkdirSync(backupFolder, { recursive: true, mode: 0o700 });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        preMigrationBackup = path.join(backupFolder, `pre-migration-${stamp}.sqlite`);
        await writeVerifiedCopy(sqlite, preMigrationBackup);
      }
      runMigrations(sqlite, state.pending);
      sqlite.pragma(`application_id = ${STIPPLE_APPLICATION_ID}`);
    }
    // A chain from before the trail was keyed is re-chained with the key if it checks out; a broken
    // one is left as it is, for verify to report.
    if (!deferred) rekeyAuditChain(sqlite, auditSecretOf(sqlite)!);

    const db = drizzle(withStatementCache(sqlite), { schema });
    return {
      file: absolute,
      sqlite,
      db,
      preMigrationBackup,
      integrity,
      key: options.key,
      encryptedFromPlain,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      close() {
        if (!sqlite.open) return;
        try {
          // optimize may write statistics: only into a file known to be intact.
          if (integrity.status === 'ok') sqlite.pragma('optimize');
        } finally {
          sqlite.close();
        }
      },
    };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw DatabaseOpenError.from(error, absolute);
  }
}

/**
 * Refuses another program's database and one from a newer or unknown Stipple; returns whether it is
 * empty (a new file). `plain`: the file before encryption, which must also be intact to be copied.
 */
function refuseIfNotOurs(sqlite: Database.Database, file: string, migrations: MigrationMeta[], plain: boolean): boolean {
  if (plain) checkIntact(sqlite, file);
  const state = migrationState(sqlite, migrations);
  const isEmpty = tableCount(sqlite) === 0;
  const appId = sqlite.pragma('application_id', { simple: true }) as number;
  if (!isEmpty && appId !== STIPPLE_APPLICATION_ID) {
    throw DatabaseOpenError.says('not_stipple', 'startup.open.otherProgram', { file });
  }
  if (state.newerThanApp) {
    throw DatabaseOpenError.says('newer_version', 'startup.open.newer', { file });
  }
  if (state.unrecognised) {
    throw DatabaseOpenError.says('unrecognised_updates', 'startup.open.unrecognised', { file });
  }
  return isEmpty;
}

/** 'new': missing or empty; 'plain': SQLite from before encryption; 'encrypted': anything else that could be ours. */
type FileKind = 'new' | 'plain' | 'encrypted';

function checkFileBeforeOpen(file: string): FileKind {
  if (!fs.existsSync(file)) return 'new';
  const stat = fs.statSync(file);
  if (stat.isDirectory()) {
    throw DatabaseOpenError.says('not_stipple', 'startup.open.folder', { file });
  }
  // Mode bits rather than access(): an administrator account can write a read-only file anyway,
  // and we must not.
  if ((stat.mode & 0o222) === 0) {
    throw DatabaseOpenError.says('read_only', 'startup.open.readOnlyFile', { file });
  }
  if (stat.size === 0) return 'new';
  if (hasPlainHeader(file)) return 'plain';
  // An encrypted file starts with random bytes and is whole pages; a text file or a photo is not.
  if (!couldBeEncrypted(stat.size)) {
    throw DatabaseOpenError.says('not_stipple', 'startup.open.notSqlite', { file });
  }
  return 'encrypted';
}

function checkIntact(sqlite: Database.Database, file: string): void {
  const problem = quickCheck(sqlite);
  if (problem !== null) throw DatabaseOpenError.says('corrupt', 'startup.open.damaged', { file, problem });
}

/**
 * The first problem PRAGMA quick_check reports, or null when the file is intact. One row can hold
 * many lines under a "*** in database main ***" heading: a person is told the first line only.
 */
function quickCheck(sqlite: Database.Database): string | null {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  const first = rows.map((r) => r.quick_check).find((r) => r !== 'ok');
  if (first === undefined) return null;
  const lines = first.split('\n').filter((l) => l.trim() !== '' && !/^\*\*\* in database /.test(l));
  return lines[0]?.trim() ?? first.trim();
}

function damagedMessage(file: string, problem: string): string {
  return `${file} is damaged (${problem}). It was left untouched; restore the latest backup.`;
}

function passedCheck(): IntegrityCheck {
  return { status: 'ok', message: null, ensure: () => 'ok' };
}

function deferredCheck(sqlite: Database.Database, file: string): IntegrityCheck {
  let status: IntegrityStatus = 'unchecked';
  let message: string | null = null;
  return {
    get status() {
      return status;
    },
    get message() {
      return message;
    },
    ensure() {
      if (status !== 'unchecked' || !sqlite.open) return status;
      let problem: string | null;
      try {
        problem = quickCheck(sqlite);
      } catch (error) {
        // SQLite may refuse to read a badly damaged file at all; anything else (closed, busy) leaves
        // the file unchecked, so writes stay refused until a check succeeds.
        const code = (error as { code?: string } | null)?.code ?? '';
        if (!code.startsWith('SQLITE_CORRUPT') && code !== 'SQLITE_NOTADB') throw error;
        problem = error instanceof Error ? error.message : code;
      }
      status = problem === null ? 'ok' : 'damaged';
      if (problem !== null) message = damagedMessage(file, problem);
      return status;
    },
  };
}

function tableCount(sqlite: Database.Database): number {
  const row = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  return row.n;
}
