// Photo files beside the database: photos/<sha256>.enc, each one the image's bytes (metadata
// already stripped, db/photo-image.ts) sealed with AES-256-GCM under a key derived from the
// database key by HKDF, so whoever can open the database can see its photos and nobody else can.
// The SHA-256 of the plain bytes names the file and is the associated data of its seal: a file
// renamed or swapped for another fails to open. Files 600, the folder 700.
//
// A sealed photo: MAGIC (8 bytes) | nonce (12) | ciphertext | GCM tag (16).
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseKey } from './cipher';

export const PHOTO_MAGIC = Buffer.from('STPPHOT1', 'ascii');
export const PHOTO_SUFFIX = '.enc';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HASH = /^[0-9a-f]{64}$/;

/** The photos of the database at `databaseFile`: photos/ beside it (as backups/ is). */
export function photosFolderFor(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), 'photos');
}

/** Photos copied with a backup: photos/ inside the backup folder, shared by its backups. */
export function backupPhotosFolder(backupFolder: string): string {
  return path.join(backupFolder, 'photos');
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function isPhotoHash(value: string): boolean {
  return HASH.test(value);
}

export function photoFile(folder: string, hash: string): string {
  if (!isPhotoHash(hash)) throw new Error('A photo is named by its SHA-256.');
  return path.join(folder, `${hash}${PHOTO_SUFFIX}`);
}

/** The key that seals photos, derived from the database key (never the database key itself). */
export function photoKey(databaseKey: DatabaseKey): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(databaseKey, 'hex'), Buffer.alloc(0), 'stipple-photos file key', 32));
}

export function sealPhoto(plain: Buffer, key: Buffer, hash: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(hash, 'ascii'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([PHOTO_MAGIC, nonce, body, cipher.getAuthTag()]);
}

/** The plain bytes, checked whole; null when the file was changed, renamed or sealed with another key. */
export function openPhoto(sealed: Buffer, key: Buffer, hash: string): Buffer | null {
  if (sealed.length < PHOTO_MAGIC.length + NONCE_BYTES + TAG_BYTES || !sealed.subarray(0, PHOTO_MAGIC.length).equals(PHOTO_MAGIC))
    return null;
  const nonce = sealed.subarray(PHOTO_MAGIC.length, PHOTO_MAGIC.length + NONCE_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(hash, 'ascii'));
  decipher.setAuthTag(tag);
  try {
    const plain = Buffer.concat([
      decipher.update(sealed.subarray(PHOTO_MAGIC.length + NONCE_BYTES, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return sha256(plain) === hash ? plain : null;
  } catch {
    return null;
  }
}

export function ensurePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(folder, 0o700);
}

/** Writes the sealed photo under its hash (600), unless it is there already; returns its hash. */
export function storePhoto(folder: string, plain: Buffer, key: Buffer): string {
  const hash = sha256(plain);
  const file = photoFile(folder, hash);
  if (fs.existsSync(file)) return hash;
  ensurePrivateFolder(folder);
  writePrivateFile(file, sealPhoto(plain, key, hash));
  return hash;
}

/** Written as file.partial, synced, then renamed: a crash never leaves half a photo under its name. */
export function writePrivateFile(file: string, bytes: Buffer): void {
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}

/** The plain bytes of a stored photo, or null when it is missing or was altered. */
export function readPhoto(folder: string, hash: string, key: Buffer): Buffer | null {
  let sealed: Buffer;
  try {
    sealed = fs.readFileSync(photoFile(folder, hash));
  } catch {
    return null;
  }
  return openPhoto(sealed, key, hash);
}

export function removePhotoFile(folder: string, hash: string): void {
  fs.rmSync(photoFile(folder, hash), { force: true });
}

/**
 * Copies the sealed files named in `hashes` from one folder to another, only those the target lacks
 * (a backup copies only photos not yet in it). The files stay sealed: no key is needed. Returns how
 * many were copied and the hashes missing from the source.
 */
export function copyMissingPhotos(from: string, to: string, hashes: Iterable<string>): { copied: number; missing: string[] } {
  let copied = 0;
  const missing: string[] = [];
  for (const hash of new Set(hashes)) {
    const target = photoFile(to, hash);
    if (fs.existsSync(target)) continue;
    const source = photoFile(from, hash);
    if (!fs.existsSync(source)) {
      missing.push(hash);
      continue;
    }
    ensurePrivateFolder(to);
    writePrivateFile(target, fs.readFileSync(source));
    copied++;
  }
  return { copied, missing };
}

/**
 * The photos beside a backup from another computer, sealed again with this database's key (a
 * restore with the recovery key rewrites the backup itself with this key: db/rekey-copy.ts). A file
 * the old key does not open is left out; verify names it after the restore. Returns how many.
 */
export function resealPhotos(
  from: string,
  fromKey: DatabaseKey,
  to: string,
  toKey: DatabaseKey,
  /** How the sealing key comes from the database key: photos' own, or signed documents' (db/document-store.ts). */
  deriveKey: (key: DatabaseKey) => Buffer = photoKey,
): { resealed: number; unreadable: number } {
  let names: string[];
  try {
    names = fs.readdirSync(from);
  } catch {
    return { resealed: 0, unreadable: 0 };
  }
  const oldKey = deriveKey(fromKey);
  const newKey = deriveKey(toKey);
  let resealed = 0;
  let unreadable = 0;
  for (const name of names) {
    const hash = name.endsWith(PHOTO_SUFFIX) ? name.slice(0, -PHOTO_SUFFIX.length) : '';
    if (!isPhotoHash(hash)) continue;
    const plain = readPhoto(from, hash, oldKey);
    if (!plain) {
      unreadable++;
      continue;
    }
    storePhoto(to, plain, newKey);
    resealed++;
  }
  return { resealed, unreadable };
}
