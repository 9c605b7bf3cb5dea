// Where the computer has no keychain (Linux with no Secret Service or KWallet, where Electron's
// safeStorage falls back to 'basic_text', a key built into Chromium that protects nothing), the
// database key is wrapped with a key derived from a passphrase the owner chooses: scrypt (a random
// salt per file; N = 2^17, r = 8, p = 1: about a third of a second and 128 MB per try, so guessing is
// slow) and AES-256-GCM, whose tag tells a wrong passphrase from a right one. The file holds only
// the salt, the cost, the nonce, the tag and the wrapped key; the passphrase is asked at every start.
import crypto from 'node:crypto';
import { isDatabaseKey, type DatabaseKey } from '../../db/cipher';

export interface PassphraseWrapped {
  v: 1;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
const AAD = Buffer.from('stipple database key v1');
export const MIN_PASSPHRASE = 10;

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r + 16 * 1024 * 1024 });
}

/** Why a new passphrase is not good enough, or null. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.trim().length < MIN_PASSPHRASE)
    return `Choose a passphrase of at least ${MIN_PASSPHRASE} characters: a few words you will remember are best.`;
  return null;
}

export function wrapWithPassphrase(key: DatabaseKey, passphrase: string, cost: { N: number; r: number; p: number } = SCRYPT_COST): string {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derive(passphrase, salt, cost), iv);
  cipher.setAAD(AAD);
  const data = Buffer.concat([cipher.update(Buffer.from(key, 'hex')), cipher.final()]);
  const wrapped: PassphraseWrapped = {
    v: 1,
    kdf: 'scrypt',
    ...cost,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return `${JSON.stringify(wrapped)}\n`;
}

export class NotAWrappedKey extends Error {}

/** The database key, or null when the passphrase is not the one it was wrapped with. */
export function unwrapWithPassphrase(text: string, passphrase: string): DatabaseKey | null {
  let w: PassphraseWrapped;
  try {
    w = JSON.parse(text) as PassphraseWrapped;
  } catch {
    throw new NotAWrappedKey('not JSON');
  }
  if (w?.v !== 1 || w.kdf !== 'scrypt' || ![w.N, w.r, w.p].every((n) => Number.isInteger(n) && n > 0) || w.N > 2 ** 20)
    throw new NotAWrappedKey('not a wrapped key');
  const decipher = crypto.createDecipheriv(
    'aes-256-gcm',
    derive(passphrase, Buffer.from(w.salt, 'base64'), w),
    Buffer.from(w.iv, 'base64'),
  );
  decipher.setAAD(AAD);
  decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
  let key: string;
  try {
    key = Buffer.concat([decipher.update(Buffer.from(w.data, 'base64')), decipher.final()]).toString('hex');
  } catch {
    return null; // the tag does not match: a wrong passphrase (or an edited file)
  }
  if (!isDatabaseKey(key)) throw new NotAWrappedKey('not a database key');
  return key;
}
