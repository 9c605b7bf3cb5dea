// The browser host: the same API the Electron window uses, over loopback HTTP, plus the built
// renderer. For end-to-end tests in real Chromium and for development without Electron.
// Binds 127.0.0.1 only. Each browser context that opens the printed address (with the per-run
// token) gets a session of its own (browser-host/session-cookie.ts); every API call and the event
// stream need it. node:http only.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApi, type ApiClient, type StippleApi } from '../api/dispatch';
import { startBackupSchedule } from '../api/safety/backup-schedule';
import { workerTaskRunner } from '../api/tasks/runner';
import { holdAppLock } from '../db/app-lock';
import type { DatabaseKey } from '../db/cipher';
import { resolveDatabaseKey } from '../db/key-file';
import { openDatabase, type OpenDatabase } from '../db/open';
import { DEFAULT_MAX_BODY_BYTES, handleApi, NO_SESSION_MESSAGE, sendEnvelope } from './api-route';
import { eventStreams } from './events-route';
import { COMMON_HEADERS, isOwnHost, isOwnOrigin, newToken, tokenMatches } from './security';
import { sessionCookie, sessionFromCookie, tokenInQuery } from './session-cookie';
import { sendPlain, serveStatic } from './static';

export interface BrowserHostOptions {
  /** The chart database; created (and migrated) if it does not exist. */
  dbFile: string;
  /** Its key; absent: as the command line finds it (db/key-file.ts: STIPPLE_DB_KEY, or the key file beside the database). */
  databaseKey?: DatabaseKey;
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  migrationsFolder: string;
  /** Fixed token, for tests; absent: 32 random bytes for this run. */
  token?: string;
  maxBodyBytes?: number;
  /** Parse every API output against its schema (on in tests). */
  checkOutputs?: boolean;
  /** Where unexpected errors are logged; defaults to console.error. Never shown to the page. */
  log?: (message: string, error?: unknown) => void;
}

export interface BrowserHost {
  /** The address to open: http://127.0.0.1:PORT/?token=TOKEN (each browser context that opens it signs in for itself). */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  token: string;
  /** A caller of the host's own (not any browser's), for seeding data in tests and the demo generator. */
  api: ApiClient;
  /** The API itself: every browser context's session is in `root.sessions`. */
  root: StippleApi;
  database: OpenDatabase;
  /** Stops the server (dropping open connections) and closes the database (PRAGMA optimize). */
  close(): Promise<void>;
}

const defaultLog = (message: string, error?: unknown) => {
  console.error(`[stipple browser-host] ${message}`, ...(error === undefined ? [] : [error]));
};

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const log = options.log ?? defaultLog;
  const token = options.token ?? newToken();
  const rendererDir = realDir(options.rendererDir);

  // As in the desktop app: PRAGMA quick_check runs a second after start or before the first write,
  // which waits for it. If it finds damage, every call answers 'unavailable' with a plain message.
  const key = options.databaseKey ?? resolveDatabaseKey({ databaseFile: options.dbFile, env: process.env, create: true }).key;
  const database = await openDatabase(options.dbFile, { migrationsFolder: options.migrationsFolder, key, deferIntegrityCheck: true });
  // One runner for the API's tasks and the scheduled backups, so they take turns on its worker.
  const tasks = workerTaskRunner({
    database: database.file,
    key: database.key,
    ...(database.nativeBinding ? { nativeBinding: database.nativeBinding } : {}),
  });
  const root = createApi(database, {
    tasks,
    checkOutputs: options.checkOutputs ?? false,
    migrationsFolder: options.migrationsFolder,
    onInternalError: (channel, error) => log(`unexpected error in ${channel}`, error),
    onDatabaseDamaged: (message) => log(message),
  });
  const streams = eventStreams(root.sessions);
  // While the host runs, the command line's restore and import refuse (db/app-lock.ts).
  const appLock = holdAppLock(database.file, 'the Stipple browser host');

  // Backups every few hours and on close, as in the desktop app.
  const backups = startBackupSchedule({ sqlite: database.sqlite, databaseFile: database.file, tasks, log: (m) => log(m) });

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
    const sessionId = fromCookie !== null && root.sessions.get(fromCookie) ? fromCookie : null;
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
      await handleApi({ api: root, port, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }, req, res, channel, sessionId);
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
        'Set-Cookie': sessionCookie(port, sessionId ?? root.sessions.open()),
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    await serveStatic(rendererDir, req, res, pathname);
  }

  try {
    port = await listen(server, options.port ?? 0);
  } catch (error) {
    backups.stop();
    database.close();
    appLock.release();
    throw error;
  }

  const origin = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    port,
    token,
    api: root.client(),
    root,
    database,
    close() {
      closing ??= new Promise<void>((resolve) => {
        streams.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      })
        .then(() => {
          backups.stop();
          return backups.backupIfChanged().then(
            () => undefined,
            (error: unknown) => log('the backup on close failed', error),
          );
        })
        .finally(() => {
          database.close();
          appLock.release();
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
