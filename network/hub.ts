// A headless hub (`npm run stipple -- hub --db <file> --host <address> --port <n>`): the chart
// database, its API, backups and the hub server, with no window. Pairing codes come from
// `npm run stipple -- pairing-code` or Settings → Workstations in an owner's workstation window.
import { createApi, type StippleApi } from '../api/dispatch';
import { startBackupSchedule } from '../api/safety/backup-schedule';
import { workerTaskRunner } from '../api/tasks/runner';
import { holdAppLock } from '../db/app-lock';
import type { DatabaseKey } from '../db/cipher';
import { openDatabase, type OpenDatabase } from '../db/open';
import { loadOrCreateHubCertificate } from './certificate';
import type { HubServer } from './hub-server';
import { hubAddressFileFor, serveAsHub } from './serve-as-hub';

export { hubAddressFileFor };

export interface HubOptions {
  dbFile: string;
  databaseKey: DatabaseKey;
  migrationsFolder: string;
  host: string;
  port: number;
  now?: () => Date;
  checkOutputs?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export interface RunningHub {
  server: HubServer;
  root: StippleApi;
  database: OpenDatabase;
  close(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<RunningHub> {
  const log = options.log ?? ((m: string, e?: unknown) => console.error(`[stipple hub] ${m}`, ...(e === undefined ? [] : [e])));
  // Checked before anything is served: the hub writes outside the dispatcher too (pairing, last seen).
  const database = await openDatabase(options.dbFile, { migrationsFolder: options.migrationsFolder, key: options.databaseKey });
  let server: HubServer | null = null;
  const certificate = (() => {
    try {
      return loadOrCreateHubCertificate(database.file, database.key);
    } catch (error) {
      database.close();
      throw error;
    }
  })();
  const tasks = workerTaskRunner({
    database: database.file,
    key: database.key,
    ...(database.nativeBinding ? { nativeBinding: database.nativeBinding } : {}),
  });
  const root = createApi(database, {
    tasks,
    checkOutputs: options.checkOutputs ?? false,
    migrationsFolder: options.migrationsFolder,
    ...(options.now ? { now: options.now } : {}),
    onInternalError: (channel, error) => log(`unexpected error in ${channel}`, error),
    onDatabaseDamaged: (message) => log(message),
    hub: () => (server ? { address: server.address, fingerprint: server.fingerprint } : null),
    // Served from the command line's address, whatever the Settings switch says.
    hubState: () =>
      server
        ? { state: 'serving', address: server.address, fingerprint: server.fingerprint, problem: null }
        : { state: 'starting', address: null, fingerprint: null, problem: null },
  });
  const appLock = holdAppLock(database.file, 'the Stipple hub');
  const backups = startBackupSchedule({ sqlite: database.sqlite, databaseFile: database.file, tasks, log: (m) => log(m) });
  try {
    server = await serveAsHub({
      api: root,
      database,
      certificate,
      host: options.host,
      port: options.port,
      log,
      ...(options.now ? { now: options.now } : {}),
    });
  } catch (error) {
    backups.stop();
    database.close();
    appLock.release();
    throw error;
  }
  const running = server;
  let closing: Promise<void> | null = null;
  return {
    server: running,
    root,
    database,
    close() {
      closing ??= running
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
