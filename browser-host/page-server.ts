// The browser host's page server: the built renderer, the per-run token exchanged for a session
// cookie per browser context, POST /api/<channel> and GET /api/events behind that cookie. It serves
// any API that answers calls for caller sessions: the local one (browser-host/server.ts) or a
// workstation's, whose calls go on to the clinic's hub (scripts/workstation-window.ts). Binds
// 127.0.0.1 only. node:http only.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { StippleApi } from '../api/dispatch';
import { DEFAULT_MAX_BODY_BYTES, handleApi, NO_SESSION_MESSAGE, sendEnvelope } from './api-route';
import { eventStreams } from './events-route';
import { COMMON_HEADERS, isOwnHost, isOwnOrigin, newToken, tokenMatches } from './security';
import { sessionCookie, sessionFromCookie, tokenInQuery } from './session-cookie';
import { sendPlain, serveStatic } from './static';

/** What the page server needs of an API: calls for a session, and the sessions with their events. */
export type PageApi = Pick<StippleApi, 'call' | 'sessions'>;

export interface PageServerOptions {
  api: PageApi;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  /** Fixed token, for tests; absent: 32 random bytes for this run. */
  token?: string;
  maxBodyBytes?: number;
  log: (message: string, error?: unknown) => void;
}

export interface PageServer {
  /** http://127.0.0.1:PORT/?token=TOKEN */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  token: string;
  /** Stops the server, ending event streams and dropping open connections. */
  close(): Promise<void>;
}

export async function startPageServer(options: PageServerOptions): Promise<PageServer> {
  const { api, log } = options;
  const token = options.token ?? newToken();
  const rendererDir = realDir(options.rendererDir);
  const streams = eventStreams(api.sessions);

  let port = 0;
  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      log(`unexpected error answering ${req.method} ${req.url}`, error);
      if (isApiPath(req.url)) {
        sendEnvelope(res, 500, { ok: false, error: { code: 'internal', message: 'Something went wrong. Nothing was saved; try again.' } });
      } else {
        sendPlain(res, 500, 'Something went wrong.');
      }
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 is not us.
    if (!isOwnHost(req.headers.host, port)) {
      sendPlain(res, 403, 'Forbidden');
      return;
    }
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith('/')) {
      sendPlain(res, 400, 'Bad request');
      return;
    }
    const url = new URL(rawUrl, 'http://127.0.0.1');
    const pathname = url.pathname;
    const fromCookie = sessionFromCookie(req.headers.cookie, port);
    const sessionId = fromCookie !== null && api.sessions.get(fromCookie) ? fromCookie : null;
    if (pathname === '/api/events' && req.method === 'GET') {
      if (sessionId === null || !isOwnOrigin(req.headers.origin, port)) {
        sendEnvelope(res, 401, { ok: false, error: { code: 'forbidden', message: NO_SESSION_MESSAGE } });
        return;
      }
      streams.open(sessionId, req, res);
      return;
    }
    if (isApiPath(pathname)) {
      const channel = pathname.slice('/api/'.length);
      await handleApi({ api, port, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }, req, res, channel, sessionId);
      return;
    }
    const given = tokenInQuery(req);
    if (given !== null) {
      if (!tokenMatches(token, given)) {
        sendPlain(res, 403, 'This address is out of date. Open the address Stipple printed when it started.');
        return;
      }
      // The token buys this browser context a session of its own (one it already has is kept);
      // the redirect takes the token out of the address bar. The #route survives the redirect.
      url.searchParams.delete('token');
      res.writeHead(303, {
        ...COMMON_HEADERS,
        Location: `${pathname}${url.search}`,
        'Set-Cookie': sessionCookie(port, sessionId ?? api.sessions.open()),
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    await serveStatic(rendererDir, req, res, pathname);
  }

  port = await listen(server, options.port ?? 0);
  const origin = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    port,
    token,
    close() {
      closing ??= new Promise<void>((resolve) => {
        streams.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function isApiPath(url: string | undefined): boolean {
  return url === '/api' || (url ?? '').startsWith('/api/');
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** The renderer folder as a real path, so symlink checks compare like with like. */
function realDir(dir: string): string {
  const absolute = path.resolve(dir);
  try {
    return fs.realpathSync(absolute);
  } catch {
    return absolute; // not built yet: pages answer 503 until it is
  }
}
