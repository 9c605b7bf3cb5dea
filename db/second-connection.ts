// A second connection to a database the app has already opened and migrated: for a long task on its
// own thread (api/tasks/). WAL lets it read, and write in turn, while the app's connection works.
// Opening checks and migrations are not repeated: the app's openDatabase() already did them.
import type Database from 'better-sqlite3';
import { openForReading, type DatabaseKey } from './cipher';

export interface SecondConnectionOptions {
  /** The database key the app's connection was opened with. */
  key: DatabaseKey;
  /** better-sqlite3 native binding, for runtimes other than Node (the Electron app). */
  nativeBinding?: string;
  /** For tasks that only read (a backup or an export from the command line). */
  readonly?: boolean;
}

export function openSecondConnection(file: string, options: SecondConnectionOptions): Database.Database {
  // Keyed; a plain file is only ever a database from before encryption that the command line reads
  // before the app has encrypted it (openDatabase() encrypts any plain file it opens).
  const sqlite = openForReading(file, options.key, {
    fileMustExist: true,
    readonly: options.readonly === true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // The same per-connection settings as openDatabase(); journal_mode = WAL is kept by the file.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    if (!options.readonly) sqlite.pragma('synchronous = FULL');
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
