// The browser host's guards: the per-run token, which Host/Origin headers count as "us", and the
// headers every response carries. Pure, so they are tested without a server.
import crypto from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../core/csp';

export { COMMON_HEADERS } from '../api/http/headers';

/** Sent with HTML pages, on top of the common headers. */
export const HTML_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The camera for the page itself (the capture view), never for a frame of another origin.
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()',
};

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Constant-time comparison: hash both sides so the lengths match and nothing leaks by timing. */
export function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = crypto.createHash('sha256').update(expected).digest();
  const b = crypto.createHash('sha256').update(given).digest();
  return crypto.timingSafeEqual(a, b);
}

/** Host headers the host answers to: loopback by address or name, on its own port (no DNS rebinding). */
export function isOwnHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** A browser sends Origin on cross-site and POST requests; when present it must be our own. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
