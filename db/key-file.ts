// Where the command line and the browser host get the database key (the desktop app wraps its key
// with the OS keychain instead: electron/main/key-store.ts). In order:
//   1. STIPPLE_DB_KEY: the key itself, 64 hex digits (for IT scripts that fetch it from a vault);
//   2. STIPPLE_DB_KEY_FILE, or --key-file: a file holding it;
//   3. otherwise <database>.key beside the database.
// A key file must be the owner's alone (600): one readable by others is refused, not used. A new
// database (or a plain one about to be encrypted) gets a new key file, created 600.
import fs from 'node:fs';
import path from 'node:path';
import { couldBeEncrypted, hasPlainHeader, isDatabaseKey, newDatabaseKey, type DatabaseKey } from './cipher';
import { DatabaseOpenError } from './errors';

export const KEY_ENV = 'STIPPLE_DB_KEY';
export const KEY_FILE_ENV = 'STIPPLE_DB_KEY_FILE';

export function keyFileFor(databaseFile: string): string {
  return `${databaseFile}.key`;
}

export interface KeyRequest {
  databaseFile: string;
  env: Record<string, string | undefined>;
  /** --key-file on the command line; wins over STIPPLE_DB_KEY_FILE. */
  keyFile?: string | null;
  /**
   * Make a key file when there is none and the database is new or plain (it is about to be created
   * or encrypted). Commands that only read a plain database need no key and make none.
   */
  create: boolean;
  platform?: NodeJS.Platform;
}

export interface ResolvedKey {
  key: DatabaseKey;
  /** Where it came from, for messages: the variable's name or the file. null: no key was needed. */
  from: string | null;
  /** A key file made just now. */
  created: boolean;
}

export function resolveDatabaseKey(request: KeyRequest): ResolvedKey {
  const { env } = request;
  const fromEnv = env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isDatabaseKey(fromEnv.trim()))
      throw unavailable(`${KEY_ENV} is set but is not a database key (64 hexadecimal digits). Nothing was opened.`);
    return { key: fromEnv.trim().toLowerCase(), from: KEY_ENV, created: false };
  }
  const file = keyFilePathFor(request);
  if (fs.existsSync(file)) return { key: readKeyFile(file, request.platform ?? process.platform), from: file, created: false };

  const database = path.resolve(request.databaseFile);
  const size = fs.existsSync(database) ? fs.statSync(database).size : 0;
  // Not a database at all (a text file, a photo): no key is made for it; opening it says what it is.
  if (size > 0 && !hasPlainHeader(database) && !couldBeEncrypted(size)) return { key: newDatabaseKey(), from: null, created: false };
  if (size > 0 && !hasPlainHeader(database)) {
    throw unavailable(
      `${database} is encrypted, and there is no key for it: ${file} does not exist and ${KEY_ENV} is not set. ` +
        `Give the key with --key-file or ${KEY_ENV} (the desktop app keeps its own key in this computer's keychain). Nothing was opened.`,
    );
  }
  // A plain database that is only read needs no key: a throwaway one, never stored, encrypts nothing.
  if (!request.create) return { key: newDatabaseKey(), from: null, created: false };
  return { key: createKeyFile(file), from: file, created: true };
}

/** The key file a request reads (or would create): --key-file, STIPPLE_DB_KEY_FILE, or <database>.key. */
export function keyFilePathFor(request: Pick<KeyRequest, 'databaseFile' | 'env' | 'keyFile'>): string {
  return path.resolve(request.keyFile || request.env[KEY_FILE_ENV] || keyFileFor(path.resolve(request.databaseFile)));
}

/** Whether a key is given for the request at all (a variable or an existing key file), without reading it. */
export function hasGivenKey(request: Pick<KeyRequest, 'databaseFile' | 'env' | 'keyFile'>): boolean {
  const fromEnv = request.env[KEY_ENV];
  return (fromEnv !== undefined && fromEnv !== '') || fs.existsSync(keyFilePathFor(request));
}

/** Reads a key file, refusing one that others could read (or that holds anything but a key). */
export function readKeyFile(file: string, platform: NodeJS.Platform = process.platform): DatabaseKey {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw unavailable(`${file} is not a key file (it is a folder). Nothing was opened.`);
  // Windows has no mode bits worth the name: its user folders are private by their access lists.
  if (platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw unavailable(
      `${file} can be read by other users of this computer, so it does not keep the chart database's key secret. ` +
        `Make it private (chmod 600 "${file}") and try again. Nothing was opened.`,
    );
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!isDatabaseKey(text)) throw unavailable(`${file} does not hold a database key (64 hexadecimal digits). Nothing was opened.`);
  return text.toLowerCase();
}

/** A new random key in a new file (600, its folder 700); never overwrites one. */
export function createKeyFile(file: string): DatabaseKey {
  return writeKeyFile(file, newDatabaseKey());
}

/** A given key (one read from a recovery key) in a new file (600, its folder 700); never overwrites one. */
export function writeKeyFile(file: string, key: DatabaseKey): DatabaseKey {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${key}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return key;
}

function unavailable(message: string): DatabaseOpenError {
  return new DatabaseOpenError('key_unavailable', message);
}
