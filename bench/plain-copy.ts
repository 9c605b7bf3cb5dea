// The bench's plain twin of an encrypted demo clinic: the same pages, decrypted, so each hot path
// can be timed on both in the same run and the cost of encryption read off as a ratio. The app is
// never given a plain database (openDatabase encrypts one), so the bench builds its OpenDatabase
// by hand here, with the same pragmas, statement cache and schema as db/open.ts.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import fs from 'node:fs';
import { openKeyed, rememberKey, type DatabaseKey } from '../db/cipher';
import type { OpenDatabase } from '../db/open';
import * as schema from '../db/schema';
import { withStatementCache } from '../db/statement-cache';

/** Writes `plainFile`: a decrypted copy of the encrypted `file` (VACUUM INTO, then rekey to no key). */
export function makePlainCopy(file: string, key: DatabaseKey, plainFile: string): void {
  for (const f of [plainFile, `${plainFile}-wal`, `${plainFile}-shm`]) fs.rmSync(f, { force: true });
  const source = openKeyed(file, key, { readonly: true });
  try {
    source.prepare('VACUUM INTO ?').run(plainFile);
  } finally {
    source.close();
  }
  const copy = openKeyed(plainFile, key);
  try {
    copy.pragma('journal_mode = DELETE'); // rekey is refused in WAL mode
    copy.pragma("rekey = ''");
  } finally {
    copy.close();
  }
}

/** A plain connection with the app's pragmas. */
export function openPlain(file: string): Database.Database {
  const sqlite = new Database(file);
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

/** What openDatabase() returns, on the plain copy, for createApi(). */
export function openPlainForApi(file: string, key: DatabaseKey): OpenDatabase {
  const sqlite = openPlain(file);
  // The audit chain's secret is derived from the database key (db/audit-chain.ts), and the copy's
  // chain was made with it: without the key on the connection no change could be audited.
  rememberKey(sqlite, key);
  if (!(sqlite.prepare('SELECT count(*) FROM clients').pluck().get() as number)) throw new Error(`${file} has no clients to bench`);
  return {
    file,
    sqlite,
    db: drizzle(withStatementCache(sqlite), { schema }),
    preMigrationBackup: null,
    integrity: { status: 'ok', message: null, ensure: () => 'ok' },
    key, // unused on a plain file; tasks are not benched here
    encryptedFromPlain: null,
    close: () => sqlite.close(),
  };
}
