// Encryption at rest: every connection to a chart database (or a backup of one) is opened here with
// the database key, SQLCipher 4's format through better-sqlite3-multiple-ciphers. The key must be
// given before the first read; SQLite then answers SQLITE_NOTADB for a wrong key.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';

/** A 256-bit database key as 64 hex digits (plain data: it crosses to workers and processes). */
export type DatabaseKey = string;

const KEY_PATTERN = /^[0-9a-f]{64}$/i;
const SQLITE_HEADER = 'SQLite format 3\0';

export function newDatabaseKey(): DatabaseKey {
  return crypto.randomBytes(32).toString('hex');
}

export function isDatabaseKey(value: unknown): value is DatabaseKey {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}

/** Keys a connection that has not read anything yet. A raw key: no passphrase derivation per open. */
export function applyKey(sqlite: Database.Database, key: DatabaseKey): void {
  if (!isDatabaseKey(key)) throw new Error('A database key is 64 hexadecimal digits.');
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key}'"`);
}

/** new Database(file, options) keyed with `key`. The first read will fail with SQLITE_NOTADB if the key is wrong. */
export function openKeyed(file: string, key: DatabaseKey, options: Database.Options = {}): Database.Database {
  const sqlite = new Database(file, options);
  try {
    applyKey(sqlite, key);
    rememberKey(sqlite, key);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * A file made before encryption (or by another program): its first 16 bytes are SQLite's plain
 * header. An encrypted file's first bytes are random; an empty or missing file is neither.
 */
export function hasPlainHeader(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    return read === 16 && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether a file's size could be an encrypted database's: whole pages of at least 512 bytes. */
export function couldBeEncrypted(bytes: number): boolean {
  return bytes >= 512 && bytes % 512 === 0;
}

/** Opens a file to read it: a plain one (an old backup) plain, anything else with the key. */
export function openForReading(file: string, key: DatabaseKey, options: Database.Options = {}): Database.Database {
  return hasPlainHeader(file) ? new Database(file, options) : openKeyed(file, key, options);
}

/** The sentence for a file the key does not open: wrong key, missing key, or not ours at all. */
export function wrongKeyMessage(file: string): string {
  return `${file} is encrypted, and the key Stipple was given does not open it (or it is not a Stipple database at all). It was left untouched.`;
}

export function isNotADatabase(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'SQLITE_NOTADB';
}

// The key travels with the connection it opened, so code handed a connection (a backup, a
// restore's safety copy) writes and checks its copies with the same key without being told it.
const keys = new WeakMap<Database.Database, DatabaseKey>();

export function rememberKey(sqlite: Database.Database, key: DatabaseKey): void {
  keys.set(sqlite, key);
}

/** The key a connection was opened with by openKeyed(), or null for a plain one. */
export function keyOf(sqlite: Database.Database): DatabaseKey | null {
  return keys.get(sqlite) ?? null;
}
