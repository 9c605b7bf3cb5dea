// Each browser context signs in for itself: opening the printed address (with its per-run token)
// exchanges the token for a session of its own, held in an HttpOnly, SameSite=Strict cookie, and
// redirects to the same page without the token. The printed address keeps working for further
// windows while the host runs. Cookies ignore ports, so the name carries the port: two hosts on one
// machine (tests) never overwrite each other's.
import type http from 'node:http';

export const cookieName = (port: number) => `stipple_session_${port}`;

/** The session id the request's cookie names, or null. */
export function sessionFromCookie(header: string | undefined, port: number): string | null {
  if (!header) return null;
  const name = cookieName(port);
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

export function sessionCookie(port: number, sessionId: string): string {
  return `${cookieName(port)}=${sessionId}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The token from a page request's query string (`/?token=…`), or null. */
export function tokenInQuery(req: http.IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  return url.searchParams.get('token');
}
