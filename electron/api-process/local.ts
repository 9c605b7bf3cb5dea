// The API process's own database: opened, with the API, the app lock and the backup schedule,
// unless this computer is a workstation of the clinic's hub (network/join-hub.ts decides).
import { createApi } from '../../api/dispatch';
import { readSettings } from '../../api/handlers/settings';
import { startBackupSchedule } from '../../api/safety/backup-schedule';
import { workerTaskRunner } from '../../api/tasks/runner';
import { holdAppLock } from '../../db/app-lock';
import { openDatabase } from '../../db/open';
import type { LocalStipple } from '../../network/join-hub';
import { hubApiOptions, hubFollowingSettings, type HubFollower } from '../../network/serve-as-hub';
import type { ApiProcessArgs, ToApiProcess } from './protocol';

export interface LocalChart extends LocalStipple {
  /** The integrity check at open found the file damaged: the message for the clinic. */
  damaged: string | null;
  /** The clinic's locale setting (null when the file is damaged and cannot be read). */
  locale: string | null;
}

export async function openLocalChart(
  args: ApiProcessArgs,
  start: Extract<ToApiProcess, { kind: 'start' }>,
  onDamaged: (message: string) => void,
): Promise<LocalChart> {
  // quick_check runs about a second after start (or before the first write, which waits for it).
  const database = await openDatabase(args.databaseFile, {
    migrationsFolder: args.migrationsFolder,
    key: start.databaseKey,
    deferIntegrityCheck: true,
    ...(args.nativeBinding ? { nativeBinding: args.nativeBinding } : {}),
  });
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
      onDamaged(message);
    },
  });
  const damaged = database.integrity.status === 'damaged' ? (database.integrity.message ?? '') : null;
  if (damaged === null) backups = startBackupSchedule({ sqlite: database.sqlite, databaseFile: database.file, tasks });
  hub = hubFollowingSettings({ api, database, log: (m, e) => console.error(`[stipple hub] ${m}`, ...(e === undefined ? [] : [e])) });
  const serving = hub;

  return {
    api,
    damaged,
    locale: damaged === null ? readSettings(database).locale : null,
    async close() {
      await serving.close(); // workstations are told the hub is gone before the file closes
      const schedule = backups;
      backups = null;
      schedule?.stop();
      try {
        // Also once joined: the first backup may still be reading the file about to be removed.
        await schedule?.backupIfChanged();
      } catch (error) {
        console.error('[stipple api] the backup on quit failed', error);
      }
      database.close(); // PRAGMA optimize, then close; SQLite checkpoints the WAL on close
      appLock.release();
    },
  };
}
