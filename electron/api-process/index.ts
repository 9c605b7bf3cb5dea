// The API process: a utilityProcess that holds the chart database, the API and the backup
// schedule, so SQLite never runs on the main process that handles windows (as Actual Budget's
// backend runs apart from its window). The main process only forwards each window's calls.
import { createApi } from '../../api/dispatch';
import { startBackupSchedule } from '../../api/safety/backup-schedule';
import { workerTaskRunner } from '../../api/tasks/runner';
import { holdAppLock } from '../../db/app-lock';
import { openDatabase } from '../../db/open';
import { hubApiOptions, hubFollowingSettings, type HubFollower } from '../../network/serve-as-hub';
import { plainOpenMessage } from '../main/open-chart';
import { parentPortOf } from './parent-port';
import { decodeArgs, type FromApiProcess, type PortLike, type ToApiProcess } from './protocol';
import { serveApi } from './serve';

const port = parentPortOf(process);

async function main(): Promise<void> {
  const args = decodeArgs(process.argv);
  const start = await startMessage(port);
  let open;
  try {
    // quick_check runs about a second after start (or before the first write, which waits for it).
    open = await openDatabase(args.databaseFile, {
      migrationsFolder: args.migrationsFolder,
      key: start.databaseKey,
      deferIntegrityCheck: true,
      ...(args.nativeBinding ? { nativeBinding: args.nativeBinding } : {}),
    });
  } catch (error) {
    console.error(error);
    port.postMessage({ kind: 'failed', message: plainOpenMessage(error) });
    return;
  }
  const database = open;
  // While Stipple runs, the command line's restore and import refuse (db/app-lock.ts).
  const appLock = holdAppLock(database.file, 'Stipple');
  let backups: ReturnType<typeof startBackupSchedule> | null = null;
  // One runner for the API's tasks and the scheduled backups, so they take turns on its worker.
  const tasks = workerTaskRunner({
    database: database.file,
    key: database.key,
    ...(database.nativeBinding ? { nativeBinding: database.nativeBinding } : {}),
  });
  // Serves the clinic's workstations while Settings → Workstations says this computer is the hub.
  let hub: HubFollower | null = null;
  const api = createApi(database, {
    tasks,
    ...hubApiOptions(() => hub),
    migrationsFolder: args.migrationsFolder,
    keyProtection: { kind: start.keyProtection },
    onInternalError: (channel, error) => console.error(`[stipple api] unexpected error in ${channel}`, error),
    onDatabaseDamaged: (message) => {
      backups?.stop();
      backups = null; // no backup of a damaged file
      port.postMessage({ kind: 'damaged', message });
    },
  });
  if (database.integrity.status !== 'damaged')
    backups = startBackupSchedule({ sqlite: database.sqlite, databaseFile: database.file, tasks });
  hub = hubFollowingSettings({ api, database, log: (m, e) => console.error(`[stipple hub] ${m}`, ...(e === undefined ? [] : [e])) });
  const serving = hub;

  serveApi(port, api, async () => {
    await serving.close(); // workstations are told the hub is gone before the file closes
    const schedule = backups;
    backups = null;
    schedule?.stop();
    try {
      await schedule?.backupIfChanged();
    } catch (error) {
      console.error('[stipple api] the backup on quit failed', error);
    }
    database.close(); // PRAGMA optimize, then close; SQLite checkpoints the WAL on close
    appLock.release();
  });
  port.postMessage(
    database.integrity.status === 'damaged' ? { kind: 'damaged', message: database.integrity.message ?? '' } : { kind: 'ready' },
  );
}

/** The main process's first message, with the database key. */
function startMessage(from: PortLike<ToApiProcess, FromApiProcess>): Promise<Extract<ToApiProcess, { kind: 'start' }>> {
  return new Promise((resolve) => {
    let started = false;
    from.onMessage((message) => {
      if (message.kind !== 'start' || started) return;
      started = true;
      resolve(message);
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  port.postMessage({ kind: 'failed', message: plainOpenMessage(error) });
});
