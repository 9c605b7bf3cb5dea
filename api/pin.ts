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

/** Wrong PINs: after 5 in a row a staff member is locked out for 30 s, doubling up to 15 minutes. */
export class PinAttempts {
  private readonly failures = new Map<number, { count: number; lockedUntil: number }>();

  /** Seconds left before another try is allowed, or 0. */
  waitSeconds(staffId: number, now: number): number {
    const f = this.failures.get(staffId);
    return f && f.lockedUntil > now ? Math.ceil((f.lockedUntil - now) / 1000) : 0;
  }

  fail(staffId: number, now: number): void {
    const f = this.failures.get(staffId) ?? { count: 0, lockedUntil: 0 };
    f.count++;
    if (f.count >= 5) f.lockedUntil = now + Math.min(30_000 * 2 ** (f.count - 5), 15 * 60_000);
    this.failures.set(staffId, f);
  }

  succeed(staffId: number): void {
    this.failures.delete(staffId);
  }
}
