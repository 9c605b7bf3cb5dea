// The browser host: the same API the Electron window uses, over loopback HTTP, plus the built
// renderer. For end-to-end tests in real Chromium and for development without Electron.
// Binds 127.0.0.1 only. Each browser context that opens the printed address (with the per-run
// token) gets a session of its own (browser-host/session-cookie.ts); every API call and the event
// stream need it. The page server itself is browser-host/page-server.ts. node:http only.
import { createApi, type ApiClient, type StippleApi } from '../api/dispatch';
import { startBackupSchedule } from '../api/safety/backup-schedule';
import { workerTaskRunner } from '../api/tasks/runner';
import { holdAppLock } from '../db/app-lock';
import type { DatabaseKey } from '../db/cipher';
import { KEY_ENV, resolveDatabaseKey } from '../db/key-file';
import { openDatabase, type OpenDatabase } from '../db/open';
import { hubApiOptions, hubFollowingSettings, type HubFollower } from '../network/serve-as-hub';
import { startPageServer, type PageApi, type PageServer } from './page-server';

export interface BrowserHostOptions {
  /** The chart database; created (and migrated) if it does not exist. */
  dbFile: string;
  /** Its key; absent: as the command line finds it (db/key-file.ts: STIPPLE_DB_KEY, or the key file beside the database). */
  databaseKey?: DatabaseKey;
  /** Where that key came from (a key file, or STIPPLE_DB_KEY), for Settings' line about it. */
  keyFrom?: string | null;
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
  /** The clinic's hub on this computer, serving while the owner's setting says so. */
  hub: HubFollower;
  /** Stops the server (dropping open connections) and closes the database (PRAGMA optimize). */
  close(): Promise<void>;
}

const defaultLog = (message: string, error?: unknown) => {
  console.error(`[stipple browser-host] ${message}`, ...(error === undefined ? [] : [error]));
};

/** The database, its API, the backup schedule and the app lock: a Stipple that holds its own data. */
export interface LocalHost {
  root: StippleApi;
  database: OpenDatabase;
  /** The clinic's hub on this computer, serving while the owner's setting says so. */
  hub: HubFollower;
  /** Stops the backups (making one if anything changed), closes the database and releases its lock. */
  close(): Promise<void>;
}

export async function openLocalHost(options: BrowserHostOptions): Promise<LocalHost> {
  const log = options.log ?? defaultLog;

  // As in the desktop app: PRAGMA quick_check runs a second after start or before the first write,
  // which waits for it. If it finds damage, every call answers 'unavailable' with a plain message.
  const resolved = options.databaseKey
    ? { key: options.databaseKey, from: options.keyFrom ?? null }
    : resolveDatabaseKey({ databaseFile: options.dbFile, env: process.env, create: true });
  const key = resolved.key;
  const keyProtection =
    resolved.from === KEY_ENV
      ? { kind: 'variable' as const }
      : resolved.from
        ? { kind: 'key_file' as const, where: resolved.from }
        : undefined;
  const database = await openDatabase(options.dbFile, { migrationsFolder: options.migrationsFolder, key, deferIntegrityCheck: true });
  // One runner for the API's tasks and the scheduled backups, so they take turns on its worker.
  const tasks = workerTaskRunner({
    database: database.file,
    key: database.key,
    ...(database.nativeBinding ? { nativeBinding: database.nativeBinding } : {}),
  });
  // A hub with its own window: it serves workstations while Settings → Workstations says so.
  let hub: HubFollower | null = null;
  const root = createApi(database, {
    tasks,
    ...hubApiOptions(() => hub),
    checkOutputs: options.checkOutputs ?? false,
    migrationsFolder: options.migrationsFolder,
    ...(keyProtection ? { keyProtection } : {}),
    onInternalError: (channel, error) => log(`unexpected error in ${channel}`, error),
    onDatabaseDamaged: (message) => log(message),
  });
  // While the host runs, the command line's restore and import refuse (db/app-lock.ts).
  const appLock = holdAppLock(database.file, 'the Stipple browser host');

  // Backups every few hours and on close, as in the desktop app.
  const backups = startBackupSchedule({ sqlite: database.sqlite, databaseFile: database.file, tasks, log: (m) => log(m) });

  hub = hubFollowingSettings({ api: root, database, log });
  const serving = hub;

  let closing: Promise<void> | null = null;
  return {
    root,
    database,
    hub: serving,
    close() {
      closing ??= serving
        .close()
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

function pageOptions(options: BrowserHostOptions, log: (message: string, error?: unknown) => void) {
  return {
    rendererDir: options.rendererDir,
    log,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  };
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const log = options.log ?? defaultLog;
  const local = await openLocalHost(options);
  let pages: PageServer;
  try {
    pages = await startPageServer({ api: local.root, ...pageOptions(options, log) });
  } catch (error) {
    await local.close();
    throw error;
  }
  let closing: Promise<void> | null = null;
  return {
    url: pages.url,
    origin: pages.origin,
    port: pages.port,
    token: pages.token,
    api: local.root.client(),
    root: local.root,
    database: local.database,
    hub: local.hub,
    close() {
      closing ??= pages.close().finally(() => local.close());
      return closing;
    },
  };
}

/** An API put in front of the local one, which it opens only if it needs it. */
export type ServedApi = PageApi & { close(): Promise<void> };

export interface ServedHostOptions extends BrowserHostOptions {
  /**
   * What the pages talk to: given by scripts/browser.ts (the clinic network's join, network/join-hub.ts,
   * as transports do not import each other). `openLocal` opens the database and its API.
   */
  serve: (openLocal: () => Promise<LocalHost>) => Promise<ServedApi>;
}

export interface ServedHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The local database, if the served API opened it (null: this computer is a workstation of a hub). */
  database: OpenDatabase | null;
  close(): Promise<void>;
}

export async function startServedHost(options: ServedHostOptions): Promise<ServedHost> {
  const log = options.log ?? defaultLog;
  let database: OpenDatabase | null = null;
  const api = await options.serve(async () => {
    const local = await openLocalHost(options);
    database = local.database;
    return local;
  });
  let pages: PageServer;
  try {
    pages = await startPageServer({ api, ...pageOptions(options, log) });
  } catch (error) {
    await api.close();
    throw error;
  }
  let closing: Promise<void> | null = null;
  return {
    url: pages.url,
    origin: pages.origin,
    port: pages.port,
    token: pages.token,
    database,
    close() {
      closing ??= pages.close().finally(() => api.close());
      return closing;
    },
  };
}
