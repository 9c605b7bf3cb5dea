// Encryption of a clinic export (db/export.ts) with a passphrase the owner chooses.
//
// Key: scrypt(passphrase, a random 32-byte salt, N = 2^17, r = 8, p = 1) gives a 256-bit master key
// (about 0.3 s and 128 MB once per export or import: each guess at the passphrase costs an attacker
// the same). HKDF-SHA256 derives from it the key that seals the files and a check value kept in the
// export's plain header, so a wrong passphrase is told apart before any file is read.
//
// Files: each file of the export is sealed on its own with AES-256-GCM (a random 96-bit nonce per
// file; the file's path inside the export as associated data, so files cannot be swapped or renamed
// unnoticed), rather than one container file for the whole export, because
//   - writing stays streaming and synchronous: a chart is sealed as it is written, nothing is held;
//   - GCM checks its tag only at the end of what it sealed: per file, import reads a file and checks
//     it before it parses a byte of it, where one container would hand out unchecked data while
//     streaming (or need a chunked framing of its own);
//   - the layout, the README and import stay those of a plain export.
// What it leaves visible: how many files there are and their sizes (about how many clients and how
// much each chart holds). File names carry no names (charts/<id>.json.enc). An encrypted manifest
// lists every file, so a file removed from the export is noticed too.
//
// A sealed file: MAGIC (8 bytes) | nonce (12) | ciphertext | GCM tag (16).
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scryptSync,
  timingSafeEqual,
  type CipherGCM,
} from 'node:crypto';
import fs from 'node:fs';
import { MIN_PASSPHRASE_LENGTH, PASSPHRASE_TOO_SHORT } from '../core/export-passphrase';
import { inEnglish, says, type Says } from '../core/i18n/says';

export const SEALED_MAGIC = Buffer.from('STPXENC1', 'ascii');
export const SEALED_SUFFIX = '.enc';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const CHECK_LABEL = 'stipple-export passphrase check';

export interface KdfParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
}

/** What the export's plain header says about its encryption. */
export interface ExportEncryption {
  cipher: 'aes-256-gcm';
  kdf: KdfParams;
  /** base64 HMAC of a fixed label under a key derived from the passphrase. */
  check: string;
}

export const STRONG_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

export interface ExportKeys {
  fileKey: Buffer;
  encryption: ExportEncryption;
}

function derive(passphrase: string, kdf: KdfParams): { fileKey: Buffer; check: Buffer } {
  const master = scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r + 1024 * 1024,
  });
  const fileKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'stipple-export file key', 32));
  const checkKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'stipple-export check key', 32));
  master.fill(0);
  return { fileKey, check: createHmac('sha256', checkKey).update(CHECK_LABEL).digest() };
}

/** New keys for a new export: a fresh salt every time, so two exports never share a key. */
export function newExportKeys(passphrase: string, params: { N: number; r: number; p: number } = STRONG_SCRYPT): ExportKeys {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(PASSPHRASE_TOO_SHORT);
  const kdf: KdfParams = { name: 'scrypt', ...params, salt: randomBytes(32).toString('base64') };
  const { fileKey, check } = derive(passphrase, kdf);
  return { fileKey, encryption: { cipher: 'aes-256-gcm', kdf, check: check.toString('base64') } };
}

/** Limits on what a header may ask for: an edited header must not make scrypt run for hours. */
function plausible(e: ExportEncryption | undefined): e is ExportEncryption {
  const k = e?.kdf;
  return (
    e?.cipher === 'aes-256-gcm' &&
    k?.name === 'scrypt' &&
    Number.isInteger(k.N) &&
    k.N >= 2 ** 14 &&
    k.N <= 2 ** 20 &&
    (k.N & (k.N - 1)) === 0 &&
    Number.isInteger(k.r) &&
    k.r >= 1 &&
    k.r <= 16 &&
    Number.isInteger(k.p) &&
    k.p >= 1 &&
    k.p <= 4 &&
    typeof k.salt === 'string' &&
    typeof e.check === 'string'
  );
}

/** `message` in English; `says` the same by message id. */
export class ExportKeyError extends Error {
  constructor(readonly says: Says) {
    super(inEnglish(says));
    this.name = 'ExportKeyError';
  }
}

/** The file key for an existing export, or ExportKeyError with one plain sentence. */
export function openExportKeys(passphrase: string, encryption: ExportEncryption | undefined): Buffer {
  if (!plausible(encryption)) throw new ExportKeyError(says('dataErrors.export.headerDamaged'));
  const { fileKey, check } = derive(passphrase, encryption.kdf);
  const want = Buffer.from(encryption.check, 'base64');
  if (want.length !== check.length || !timingSafeEqual(want, check)) throw new ExportKeyError(says('dataErrors.export.wrongPassphrase'));
  return fileKey;
}

/** Writes one file, buffered; sealed when the writer is encrypted. Always close it. */
export interface ExportFileWriter {
  write(text: string): void;
  close(): void;
}

const FLUSH_AT = 64 * 1024;

/** A file written in pieces, flushed every 64 KB: sealed with `fileKey` under `aad`, or plain. */
export function openExportFile(file: string, mode: number, seal: { fileKey: Buffer; aad: string } | null): ExportFileWriter {
  const fd = fs.openSync(file, 'w', mode);
  let cipher: CipherGCM | null = null;
  if (seal) {
    const nonce = randomBytes(NONCE_BYTES);
    cipher = createCipheriv('aes-256-gcm', seal.fileKey, nonce);
    cipher.setAAD(Buffer.from(seal.aad, 'utf8'));
    fs.writeSync(fd, Buffer.concat([SEALED_MAGIC, nonce]));
  }
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    size = 0;
    fs.writeSync(fd, cipher ? cipher.update(bytes) : bytes);
  };
  let closed = false;
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) flush();
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        flush();
        if (cipher) fs.writeSync(fd, Buffer.concat([cipher.final(), cipher.getAuthTag()]));
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/** A whole binary file (a photo), sealed like any other file of the export, or plain. */
export function writeExportBytes(file: string, mode: number, bytes: Buffer, seal: { fileKey: Buffer; aad: string } | null): void {
  let out = bytes;
  if (seal) {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', seal.fileKey, nonce);
    cipher.setAAD(Buffer.from(seal.aad, 'utf8'));
    out = Buffer.concat([SEALED_MAGIC, nonce, cipher.update(bytes), cipher.final(), cipher.getAuthTag()]);
  }
  fs.writeFileSync(file, out, { mode });
}

/** Reads a sealed file and checks it whole before giving back any of it; null when it was changed. */
export function openSealed(bytes: Buffer, fileKey: Buffer, aad: string): Buffer | null {
  if (bytes.length < SEALED_MAGIC.length + NONCE_BYTES + TAG_BYTES || !bytes.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC))
    return null;
  const nonce = bytes.subarray(SEALED_MAGIC.length, SEALED_MAGIC.length + NONCE_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const body = bytes.subarray(SEALED_MAGIC.length + NONCE_BYTES, bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', fileKey, nonce);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
}
