// The desktop app's database key: 256 random bits, wrapped with Electron's safeStorage (the OS
// keychain: Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux) and kept
// wrapped beside the database. Only the main process can unwrap it; it hands the key to the API
// process in that process's first message. safeStorage is passed in, so this is tested under Node.
// Where there is no keychain (basic_text), unlockDatabaseKey() wraps the key with a passphrase
// instead (./passphrase-key.ts), asked through `prompt` before the API opens the database; and a
// database that arrives with no key at all (copied from another computer) is opened with its
// recovery key, typed into the same prompt.
import fs from 'node:fs';
import path from 'node:path';
import { parseRecoveryKey } from '../../core/recovery-key';
import {
  couldBeEncrypted,
  hasPlainHeader,
  isDatabaseKey,
  isNotADatabase,
  newDatabaseKey,
  openKeyed,
  type DatabaseKey,
} from '../../db/cipher';
import type { MessageId } from '../../core/i18n/translate';
import { DatabaseOpenError } from '../../db/errors';
import type { PromptProblem } from './key-prompt-page';
import { NotAWrappedKey, passphraseProblem, unwrapWithPassphrase, wrapWithPassphrase } from './passphrase-key';

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

/** The key wrapped with the owner's passphrase, where there is no keychain. */
export function passphraseKeyFileFor(databaseFile: string): string {
  return `${databaseFile}.passphrase-key`;
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
    throw DatabaseOpenError.says('key_unavailable', 'startup.key.noKeychain', {});
  }
  const protection = keyProtection(safeStorage, platform);
  const file = wrappedKeyFileFor(databaseFile);
  if (fs.existsSync(file)) {
    let key: string;
    try {
      key = safeStorage.decryptString(fs.readFileSync(file));
    } catch {
      throw DatabaseOpenError.says('key_unavailable', 'startup.key.notUnlocked', { file });
    }
    if (!isDatabaseKey(key)) throw DatabaseOpenError.says('key_unavailable', 'startup.key.notAKey', { file });
    return { key, protection, created: false };
  }

  const size = fs.existsSync(databaseFile) ? fs.statSync(databaseFile).size : 0;
  // Not a database at all: no key is stored for it; opening it says what it is.
  if (size > 0 && !hasPlainHeader(databaseFile) && !couldBeEncrypted(size)) return { key: newDatabaseKey(), protection, created: false };
  if (size > 0 && !hasPlainHeader(databaseFile)) {
    throw DatabaseOpenError.says('key_unavailable', 'startup.key.missing', { database: databaseFile, file });
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

/** What the start-up prompt asks; `problem` says why it asks again (a wrong passphrase, a typo). */
export type KeyPromptRequest =
  | { mode: 'create-passphrase'; problem: PromptProblem | null }
  | { mode: 'enter-passphrase'; problem: PromptProblem | null }
  | { mode: 'recovery-key'; problem: PromptProblem | null; file: string };

/** Shows the prompt and resolves with what was typed, or null when the person closed it. */
export type KeyPrompt = (request: KeyPromptRequest) => Promise<string | null>;

export interface UnlockedKey {
  key: DatabaseKey;
  protection: 'keychain' | 'passphrase';
  created: boolean;
}

export interface UnlockOptions {
  platform?: NodeJS.Platform;
  prompt: KeyPrompt;
}

/** The key was not had: the chart database was not opened (each message says so, after why). */
const notOpened = (id: MessageId, values: Record<string, string> = {}) => DatabaseOpenError.says('key_unavailable', id, values);

/**
 * The database key for the desktop app: from the keychain, or (no keychain) from the passphrase file
 * with the passphrase asked through `prompt`, set at the first start. An encrypted database with no
 * key beside it asks for its recovery key. Throws a DatabaseOpenError with a plain sentence.
 */
export async function unlockDatabaseKey(safeStorage: SafeStorageLike, databaseFile: string, options: UnlockOptions): Promise<UnlockedKey> {
  const platform = options.platform ?? process.platform;
  const { prompt } = options;
  const keychain = safeStorage.isEncryptionAvailable() && keyProtection(safeStorage, platform) === 'keychain';
  const passphraseFile = passphraseKeyFileFor(databaseFile);

  if (keychain && !fs.existsSync(passphraseFile)) {
    if (needsRecoveryKey(databaseFile, wrappedKeyFileFor(databaseFile))) {
      const key = await askRecoveryKey(databaseFile, prompt);
      writeNew(wrappedKeyFileFor(databaseFile), safeStorage.encryptString(key));
      return { key, protection: 'keychain', created: false };
    }
    const stored = loadDatabaseKey(safeStorage, databaseFile, platform);
    return { key: stored.key, protection: 'keychain', created: stored.created };
  }

  if (fs.existsSync(passphraseFile)) {
    const text = fs.readFileSync(passphraseFile, 'utf8');
    let problem: PromptProblem | null = null;
    for (;;) {
      const passphrase = await prompt({ mode: 'enter-passphrase', problem });
      if (passphrase === null) throw notOpened('startup.notOpened.needsPassphrase');
      let key: DatabaseKey | null;
      try {
        key = unwrapWithPassphrase(text, passphrase);
      } catch (error) {
        if (error instanceof NotAWrappedKey) throw notOpened('startup.notOpened.notWrapped', { file: passphraseFile });
        throw error;
      }
      if (key) return { key, protection: 'passphrase', created: false };
      problem = { id: 'startup.prompt.wrongPassphrase' };
    }
  }

  // No keychain and no passphrase yet: the key comes from the old basic_text file, the recovery
  // key, or is new; then it is wrapped with a passphrase chosen now.
  const oldWrapped = wrappedKeyFileFor(databaseFile);
  let key: DatabaseKey;
  let created = false;
  if (fs.existsSync(oldWrapped) && safeStorage.isEncryptionAvailable()) {
    key = loadDatabaseKey(safeStorage, databaseFile, platform).key;
  } else if (needsRecoveryKey(databaseFile, oldWrapped)) {
    key = await askRecoveryKey(databaseFile, prompt);
  } else {
    const size = fs.existsSync(databaseFile) ? fs.statSync(databaseFile).size : 0;
    // Not a database at all: no key is stored for it; opening it says what it is.
    if (size > 0 && !hasPlainHeader(databaseFile) && !couldBeEncrypted(size))
      return { key: newDatabaseKey(), protection: 'passphrase', created: false };
    key = newDatabaseKey();
    created = true;
  }
  let problem: PromptProblem | null = null;
  for (;;) {
    const passphrase = await prompt({ mode: 'create-passphrase', problem });
    if (passphrase === null) throw notOpened('startup.notOpened.noKeychain');
    problem = passphraseProblem(passphrase);
    if (problem) continue;
    writeNew(passphraseFile, Buffer.from(wrapWithPassphrase(key, passphrase)));
    break;
  }
  // The basic_text copy protected nothing: once the passphrase file is on disk, it goes.
  fs.rmSync(oldWrapped, { force: true });
  return { key, protection: 'passphrase', created };
}

/** An encrypted database with no key stored for it: copied here from another computer. */
function needsRecoveryKey(databaseFile: string, keyFile: string): boolean {
  if (fs.existsSync(keyFile) || !fs.existsSync(databaseFile)) return false;
  const size = fs.statSync(databaseFile).size;
  return size > 0 && !hasPlainHeader(databaseFile) && couldBeEncrypted(size);
}

async function askRecoveryKey(databaseFile: string, prompt: KeyPrompt): Promise<DatabaseKey> {
  let problem: PromptProblem | null = null;
  for (;;) {
    const typed = await prompt({ mode: 'recovery-key', problem, file: databaseFile });
    if (typed === null) throw notOpened('startup.notOpened.needsRecoveryKey', { file: databaseFile });
    const read = parseRecoveryKey(typed);
    if (!read.ok) {
      problem = read.message;
      continue;
    }
    if (keyOpens(databaseFile, read.key)) return read.key;
    problem = { id: 'startup.prompt.wrongRecoveryKey' };
  }
}

function keyOpens(databaseFile: string, key: DatabaseKey): boolean {
  const sqlite = openKeyed(databaseFile, key, { readonly: true, fileMustExist: true });
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (error) {
    if (isNotADatabase(error)) return false;
    throw error;
  } finally {
    sqlite.close();
  }
}

function writeNew(file: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
