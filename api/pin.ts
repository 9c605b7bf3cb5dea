// Staff PINs: scrypt with a per-staff random salt (a slow hash, so a copied database does not give
// the PINs away cheaply) and a constant-time comparison. Stored as scrypt$N$r$p$salt$hash.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_BYTES, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPin(pin: string, stored: string | null): boolean {
  if (!stored) return false;
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const got = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** Wrong PINs in a row before a lockout, and the first lockout: 30 s, doubling up to 15 minutes. */
export const FREE_TRIES = 5;

/** When the next try is allowed after `failures` wrong PINs in a row, the latest at `now` (ms). */
export function lockedUntilAfter(failures: number, now: number): number {
  return failures >= FREE_TRIES ? now + Math.min(30_000 * 2 ** (failures - FREE_TRIES), 15 * 60_000) : 0;
}

/** Seconds left before another try is allowed, or 0. */
export function secondsToWait(lockedUntil: number, now: number): number {
  return lockedUntil > now ? Math.ceil((lockedUntil - now) / 1000) : 0;
}
