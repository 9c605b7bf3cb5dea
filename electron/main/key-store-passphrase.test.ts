// Where safeStorage is only basic_text (no keychain), the key is wrapped with a passphrase asked at
// start; a database with no key beside it is opened with its recovery key. Real files, a fake
// safeStorage, and a scripted prompt standing in for the start-up window.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, recoveryKeyGroups } from '../../core/recovery-key';
import { openKeyed } from '../../db/cipher';
import { DatabaseOpenError } from '../../db/errors';
import { openDatabase } from '../../db/open';
import { MIGRATIONS_FOLDER } from '../../db/testing';
import { passphraseKeyFileFor, unlockDatabaseKey, wrappedKeyFileFor, type KeyPromptRequest, type SafeStorageLike } from './key-store';

function fakeSafeStorage(backend: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(`basic:${text}`),
    decryptString: (data) => data.toString().replace(/^basic:/, ''),
    getSelectedStorageBackend: () => backend,
  };
}

/** Answers each prompt in turn, recording what was asked. */
function scripted(...answers: (string | null)[]) {
  const asked: KeyPromptRequest[] = [];
  const prompt = async (request: KeyPromptRequest) => {
    asked.push(request);
    if (answers.length === 0) throw new Error(`asked once too often: ${JSON.stringify(request)}`);
    return answers.shift()!;
  };
  return { asked, prompt };
}

const dbIn = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-pass-')), 'stipple.sqlite');
const basic = fakeSafeStorage('basic_text');

describe('unlockDatabaseKey with no keychain (basic_text)', () => {
  it('sets a passphrase at the first start, keeps the key only wrapped with it (600), and asks for it at the next', async () => {
    const db = dbIn();
    const first = scripted('short', 'correct horse battery');
    const made = await unlockDatabaseKey(basic, db, { platform: 'linux', prompt: first.prompt });
    expect(made).toMatchObject({ protection: 'passphrase', created: true });
    expect(first.asked).toEqual([
      { mode: 'create-passphrase', problem: null },
      { mode: 'create-passphrase', problem: expect.stringMatching(/at least 10 characters/) },
    ]);
    const file = passphraseKeyFileFor(db);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain(made.key);
    expect(JSON.parse(text)).toMatchObject({ v: 1, kdf: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(fs.existsSync(wrappedKeyFileFor(db))).toBe(false);
    // The database made with it opens with it.
    (await openDatabase(db, { migrationsFolder: MIGRATIONS_FOLDER, key: made.key })).close();

    const next = scripted('wrong passphrase', 'correct horse battery');
    const again = await unlockDatabaseKey(basic, db, { platform: 'linux', prompt: next.prompt });
    expect(again).toEqual({ key: made.key, protection: 'passphrase', created: false });
    expect(next.asked).toEqual([
      { mode: 'enter-passphrase', problem: null },
      { mode: 'enter-passphrase', problem: { id: 'startup.prompt.wrongPassphrase' } },
    ]);
  });

  it('refuses with one sentence when the prompt is closed, and changes nothing', async () => {
    const db = dbIn();
    await expect(unlockDatabaseKey(basic, db, { platform: 'linux', prompt: scripted(null).prompt })).rejects.toThrow(
      new DatabaseOpenError(
        'key_unavailable',
        'This computer has no keychain, so Stipple needs a passphrase to protect the chart database’s key. The chart database was not opened, and nothing was changed.',
        { id: 'startup.notOpened.noKeychain', values: {} },
      ),
    );
    expect(fs.readdirSync(path.dirname(db))).toEqual([]);
  });

  it('moves a key an older Stipple kept with basic_text under a passphrase, and removes the basic_text copy', async () => {
    const db = dbIn();
    const key = 'ab'.repeat(32);
    fs.writeFileSync(wrappedKeyFileFor(db), basic.encryptString(key), { mode: 0o600 });
    const r = await unlockDatabaseKey(basic, db, { platform: 'linux', prompt: scripted('a long enough passphrase').prompt });
    expect(r).toEqual({ key, protection: 'passphrase', created: false });
    expect(fs.existsSync(wrappedKeyFileFor(db))).toBe(false);
    expect(fs.existsSync(passphraseKeyFileFor(db))).toBe(true);
  });

  it('is not used where there is a keychain', async () => {
    const db = dbIn();
    const r = await unlockDatabaseKey(fakeSafeStorage('gnome_libsecret'), db, { platform: 'linux', prompt: scripted().prompt });
    expect(r).toMatchObject({ protection: 'keychain', created: true });
    expect(fs.existsSync(passphraseKeyFileFor(db))).toBe(false);
  });
});

describe('a database copied from another computer, with no key here', () => {
  it('asks for its recovery key (a typo names its group), then keeps it in this computer’s keychain', async () => {
    const db = dbIn();
    const key = 'c3'.repeat(32);
    (await openDatabase(db, { migrationsFolder: MIGRATIONS_FOLDER, key })).close();
    const groups = recoveryKeyGroups(key);
    const typo = groups.map((g, i) => (i === 0 ? `${g[0] === 'Z' ? 'Y' : 'Z'}${g.slice(1)}` : g)).join('-');
    const other = formatRecoveryKey('d4'.repeat(32));
    const p = scripted(typo, other, groups.join('-'));
    const storage = fakeSafeStorage('gnome_libsecret');
    const r = await unlockDatabaseKey(storage, db, { platform: 'linux', prompt: p.prompt });
    expect(r).toEqual({ key, protection: 'keychain', created: false });
    expect(p.asked.map((a) => a.problem)).toEqual([
      null,
      expect.stringMatching(/^Group 1 \(.{5}\) has a typo/),
      { id: 'startup.prompt.wrongRecoveryKey' },
    ]);
    expect(storage.decryptString(fs.readFileSync(wrappedKeyFileFor(db)))).toBe(key);
    openKeyed(db, key, { readonly: true }).close();
  });

  it('with no keychain, takes the recovery key and then a new passphrase', async () => {
    const db = dbIn();
    const key = 'e5'.repeat(32);
    (await openDatabase(db, { migrationsFolder: MIGRATIONS_FOLDER, key })).close();
    const p = scripted(formatRecoveryKey(key), 'a passphrase for this laptop');
    const r = await unlockDatabaseKey(basic, db, { platform: 'linux', prompt: p.prompt });
    expect(r).toEqual({ key, protection: 'passphrase', created: false });
    expect(p.asked.map((a) => a.mode)).toEqual(['recovery-key', 'create-passphrase']);
  });
});
