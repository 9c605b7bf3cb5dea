// The desktop app's key store, with a stand-in for Electron's safeStorage: the key is kept only
// wrapped, beside the database, 600; a basic_text keyring is reported; failures are plain sentences.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../db/errors';
import { isDatabaseKey } from '../../db/cipher';
import { loadDatabaseKey, wrappedKeyFileFor, type SafeStorageLike } from './key-store';

/** Reversible, and different per "computer" (its secret), as the OS keychain is. */
function fakeSafeStorage(secret = 'this-computer', backend = 'gnome_libsecret'): SafeStorageLike & { wrapped: number } {
  const fake = {
    wrapped: 0,
    isEncryptionAvailable: () => true,
    encryptString(text: string) {
      fake.wrapped++;
      return Buffer.from(`${secret}:${Buffer.from(text).toString('base64')}`);
    },
    decryptString(data: Buffer) {
      const [who, body] = data.toString().split(':');
      if (who !== secret) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(body!, 'base64').toString();
    },
    getSelectedStorageBackend: () => backend,
  };
  return fake;
}

const dbIn = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-keys-')), 'stipple.sqlite');

describe('loadDatabaseKey', () => {
  it('makes a key for a new database, keeps it only wrapped (600), and unwraps the same one next time', () => {
    const db = dbIn();
    const storage = fakeSafeStorage();
    const first = loadDatabaseKey(storage, db, 'linux');
    expect(first).toMatchObject({ protection: 'keychain', created: true });
    expect(isDatabaseKey(first.key)).toBe(true);
    const file = wrappedKeyFileFor(db);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(fs.readFileSync(file).includes(Buffer.from(first.key))).toBe(false);
    expect(loadDatabaseKey(storage, db, 'linux')).toEqual({ key: first.key, protection: 'keychain', created: false });
    expect(storage.wrapped).toBe(1);
  });

  it('reports a Linux keyring that is only basic_text, so Settings can say the key is not protected', () => {
    expect(loadDatabaseKey(fakeSafeStorage('x', 'basic_text'), dbIn(), 'linux').protection).toBe('basic_text');
    // getSelectedStorageBackend is Linux-only: elsewhere the OS keychain is always there.
    expect(loadDatabaseKey(fakeSafeStorage('x', 'basic_text'), dbIn(), 'darwin').protection).toBe('keychain');
  });

  it('explains plainly a key wrapped on another computer, a missing key, and no keychain at all', () => {
    const db = dbIn();
    loadDatabaseKey(fakeSafeStorage('laptop-a'), db, 'linux');
    const plain = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(DatabaseOpenError);
        expect((error as Error).message).not.toMatch(/\n\s+at |decryptString/);
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(plain(() => loadDatabaseKey(fakeSafeStorage('laptop-b'), db, 'linux'))).toMatch(
      /could not be unlocked with this computer’s keychain/,
    );

    // An encrypted database whose wrapped key is gone: never a new key for it.
    fs.writeFileSync(db, Buffer.alloc(4096, 7));
    fs.rmSync(wrappedKeyFileFor(db));
    expect(plain(() => loadDatabaseKey(fakeSafeStorage(), db, 'linux'))).toMatch(/is encrypted, but its key .* is missing/);
    expect(fs.existsSync(wrappedKeyFileFor(db))).toBe(false);

    const none = { ...fakeSafeStorage(), isEncryptionAvailable: () => false };
    expect(plain(() => loadDatabaseKey(none, dbIn(), 'linux'))).toMatch(/no way to keep the chart database’s key secret/);
  });
});
