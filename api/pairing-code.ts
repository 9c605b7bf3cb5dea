// One-time pairing codes for the clinic network, and what a workstation proves with one.
//
// A code reads XXXX-XXXX-PPPP: eight random characters (40 bits) and four that are the start of the
// hub's certificate fingerprint. The workstation checks PPPP against the certificate the hub shows
// before it sends anything, and it never sends the code itself: it sends a proof, scrypt of the
// eight secret characters salted with the FULL fingerprint it saw. The hub keeps only a SHA-256 of
// the proof it expects. So a man in the middle (another certificate) cannot use what it receives:
// its proof is bound to its own certificate, not the hub's, and finding the code from it costs one
// scrypt per guess against 2^40 codes that expire in ten minutes.
import crypto from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so nothing is misread at the desk. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SECRET_LENGTH = 8;
const PREFIX_LENGTH = 4;
export const PAIRING_CODE_MINUTES = 10;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

/** SHA-256 fingerprint as Node prints it (`fingerprint256`): AB:CD:…, 32 pairs. */
export function fingerprintOf(der: Buffer): string {
  return crypto.createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':');
}

const fingerprintHex = (fingerprint: string) => fingerprint.replace(/:/g, '').toLowerCase();

function base32(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** The four characters of a code that name the hub's certificate. */
export function fingerprintPrefix(fingerprint: string): string {
  return base32(Buffer.from(fingerprintHex(fingerprint), 'hex'), PREFIX_LENGTH);
}

export interface NewPairingCode {
  /** What the owner reads out: XXXX-XXXX-PPPP. */
  code: string;
  /** SHA-256 (hex) of the proof a workstation holding this code will send. */
  codeHash: string;
}

export function newPairingCode(fingerprint: string, random: (n: number) => Buffer = crypto.randomBytes): NewPairingCode {
  // Rejection-free: 5 bytes give exactly 40 bits, eight base32 characters.
  const secret = base32(random(5), SECRET_LENGTH);
  const code = `${secret.slice(0, 4)}-${secret.slice(4)}-${fingerprintPrefix(fingerprint)}`;
  return { code, codeHash: hashProof(pairingProof(secret, fingerprint)) };
}

export interface ParsedCode {
  secret: string;
  prefix: string;
}

/** Reads a code as typed (any case, with or without dashes or spaces, O for 0, I or L for 1); null if it is not one. */
export function parsePairingCode(typed: string): ParsedCode | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== SECRET_LENGTH + PREFIX_LENGTH) return null;
  if (![...plain].every((c) => ALPHABET.includes(c))) return null;
  return { secret: plain.slice(0, SECRET_LENGTH), prefix: plain.slice(SECRET_LENGTH) };
}

/** What the workstation sends: scrypt of the secret, salted with the certificate it saw (base64url). */
export function pairingProof(secret: string, fingerprint: string): string {
  const salt = `stipple-pairing:${fingerprintHex(fingerprint)}`;
  return crypto.scryptSync(secret, salt, 32, SCRYPT).toString('base64url');
}

export function hashProof(proof: string): string {
  return crypto.createHash('sha256').update(proof).digest('hex');
}

/** A device credential: 256 random bits, sent with every request; the hub keeps its SHA-256. */
export function newDeviceCredential(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashCredential(credential: string): string {
  return crypto.createHash('sha256').update(credential).digest('hex');
}
