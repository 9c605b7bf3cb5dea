// Opening a database file that came from elsewhere (a backup on a USB stick, a file to restore or
// import): it may have been made to attack Stipple, so it is opened the way SQLite's "untrusted
// database files" advice says (sqlite.org/security.html), and nothing is written to it.
import type Database from 'better-sqlite3';
import { openForReading, type DatabaseKey } from './cipher';

export interface ForeignOpenOptions {
  /** better-sqlite3 native binding, for runtimes other than Node (the Electron app). */
  nativeBinding?: string;
}

/**
 * Read-only, keyed (or plain, for a file from before encryption), with:
 * - SQLITE_DBCONFIG_DEFENSIVE: better-sqlite3 turns it on for every connection it opens and off only
 *   in unsafeMode(); it is proved here (defensive mode refuses writable_schema), so a change of
 *   driver or a stray unsafeMode() cannot drop it quietly;
 * - trusted_schema off: the file's views and triggers may not call functions with side effects;
 * - query_only: no statement may write, whatever the file's schema says;
 * - cell_size_check and no memory-mapped I/O: a malformed page is an error, never a wild read.
 * The first read (its schema is parsed here; its SQL is not run) proves the key: a wrong one
 * throws SQLITE_NOTADB, a schema that cannot be parsed SQLITE_CORRUPT. Throws; closes on failure.
 */
export function openForeignFile(file: string, key: DatabaseKey, options: ForeignOpenOptions = {}): Database.Database {
  const sqlite = openForReading(file, key, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    sqlite.pragma('writable_schema = ON');
    if (sqlite.pragma('writable_schema', { simple: true }) !== 0) {
      throw new Error('SQLite’s defensive mode is off, so a file from elsewhere is not opened.');
    }
    sqlite.pragma('trusted_schema = OFF');
    sqlite.pragma('query_only = ON');
    sqlite.pragma('cell_size_check = ON');
    sqlite.pragma('mmap_size = 0');
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
