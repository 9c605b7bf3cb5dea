// The desktop app's database key: 256 random bits, wrapped with Electron's safeStorage (the OS
// keychain: Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux) and kept
// wrapped beside the database. Only the main process can unwrap it; it hands the key to the API
// process in that process's first message. safeStorage is passed in, so this is tested under Node.
import fs from 'node:fs';
import path from 'node:path';
import { couldBeEncrypted, hasPlainHeader, isDatabaseKey, newDatabaseKey, type DatabaseKey } from '../../db/cipher';
import { DatabaseOpenError } from '../../db/errors';

/** The parts of Electron's safeStorage used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only in Electron. */
  getSelectedStorageBackend?(): string;
}

/**
 * 'keychain': wrapped by the OS's own secret store. 'basic_text': Linux with no keyring running, where
 * Electron wraps with a key built into Chromium: no protection at all, and Settings must say so.
 */
export type KeyProtection = 'keychain' | 'basic_text';

export interface StoredKey {
  key: DatabaseKey;
  protection: KeyProtection;
  /** The key was made just now (a new database, or a plain one about to be encrypted). */
  created: boolean;
}

export function wrappedKeyFileFor(databaseFile: string): string {
  return `${databaseFile}.wrapped-key`;
}

export function keyProtection(safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeyProtection {
  if (platform !== 'linux' || !safeStorage.getSelectedStorageBackend) return 'keychain';
  return safeStorage.getSelectedStorageBackend() === 'basic_text' ? 'basic_text' : 'keychain';
}

/** Unwraps the database's key, or makes one for a new or plain database. Throws a DatabaseOpenError with a plain sentence. */
export function loadDatabaseKey(
  safeStorage: SafeStorageLike,
  databaseFile: string,
  platform: NodeJS.Platform = process.platform,
): StoredKey {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new DatabaseOpenError(
      'key_unavailable',
      'This computer offers Stipple no way to keep the chart database’s key secret (its keychain is not available), so the database was not opened.',
    );
  }
  const protection = keyProtection(safeStorage, platform);
  const file = wrappedKeyFileFor(databaseFile);
  if (fs.existsSync(file)) {
    let key: string;
    try {
      key = safeStorage.decryptString(fs.readFileSync(file));
    } catch {
      throw new DatabaseOpenError(
        'key_unavailable',
        `The chart database’s key in ${file} could not be unlocked with this computer’s keychain (was the database copied from another computer or user account?). The database was left untouched.`,
      );
    }
    if (!isDatabaseKey(key))
      throw new DatabaseOpenError('key_unavailable', `${file} does not hold a database key. The database was left untouched.`);
    return { key, protection, created: false };
  }

  const size = fs.existsSync(databaseFile) ? fs.statSync(databaseFile).size : 0;
  // Not a database at all: no key is stored for it; opening it says what it is.
  if (size > 0 && !hasPlainHeader(databaseFile) && !couldBeEncrypted(size)) return { key: newDatabaseKey(), protection, created: false };
  if (size > 0 && !hasPlainHeader(databaseFile)) {
    throw new DatabaseOpenError(
      'key_unavailable',
      `${databaseFile} is encrypted, but its key (${file}) is missing, so it cannot be opened. Put the key file back from where it was copied. The database was left untouched.`,
    );
  }
  // Written (and on disk) before the database is created or encrypted with it.
  const key = newDatabaseKey();
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeSync(fd, safeStorage.encryptString(key));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return { key, protection, created: true };
}
