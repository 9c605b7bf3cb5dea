// The main process: lifecycle only. Everything with a decision in it lives in a small module beside
// this one and is unit-tested with fakes; this file wires the real Electron objects into them.
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../../api/contract';
import { createApi } from '../../api/dispatch';
import { startBackupSchedule, type BackupSchedule } from '../../api/safety/backup-schedule';
import { openDatabase, type OpenDatabase } from '../../db/open';
import { createAppUrlPolicy } from './app-url';
import { createHardenedWindow } from './harden';
import { bindApi, trustAppMainFrame } from './ipc';
import { explainDamagedChart, openChartOrExplain } from './open-chart';
import { resolveAppPaths } from './paths';

let database: OpenDatabase | null = null;
let unbindApi: (() => void) | null = null;
let mainWindow: BrowserWindow | null = null;
let backups: BackupSchedule | null = null;
let backedUpForQuit = false;

// One Stipple per user: a second launch hands focus to the first and leaves, so two processes
// never write the same chart.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // A single-window data app: closing the window ends it on every platform, closing the database.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', backupBeforeQuit);
  app.on('will-quit', closeDatabase);
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  const paths = resolveAppPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
    mainDir: path.dirname(fileURLToPath(import.meta.url)),
    env: process.env,
  });

  const explain = { openDatabase, showError: (title: string, message: string) => dialog.showErrorBox(title, message), log: console.error };
  // PRAGMA quick_check runs about a second after start (or before the first write, which waits for
  // it) rather than before the window: it reads the whole file. Damage found then ends the app.
  const open = await openChartOrExplain(explain, paths.databaseFile, {
    migrationsFolder: paths.migrationsFolder,
    deferIntegrityCheck: true,
    ...(paths.nativeBinding ? { nativeBinding: paths.nativeBinding } : {}),
  });
  if (!open) {
    app.quit();
    return;
  }
  database = open;

  const policy = createAppUrlPolicy({
    rendererIndexFile: paths.rendererIndexFile,
    devServerUrl: paths.devServerUrl,
    caseInsensitivePaths: process.platform === 'win32',
  });
  const api = createApi(open, { migrationsFolder: paths.migrationsFolder, onDatabaseDamaged: quitOnDamage });
  if (open.integrity.status === 'damaged') return; // found while starting the API; already quitting
  unbindApi = bindApi({
    ipcMain,
    api,
    channels: CHANNELS,
    isTrustedSender: trustAppMainFrame(policy),
    onRefused: (reason, detail) => console.warn(`[stipple] refused IPC call (${reason})`, detail),
  });

  backups = startBackupSchedule({ sqlite: open.sqlite, databaseFile: open.file });

  const win = createHardenedWindow({
    BrowserWindow,
    shell,
    policy,
    preloadPath: paths.preloadFile,
    onBlockedRequest: (url) => console.warn(`[stipple] blocked a request leaving the app: ${url}`),
  });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  await win.loadURL(policy.appUrl);
}

/** The deferred check found the file damaged: say so plainly and quit without writing or backing up. */
function quitOnDamage(message: string): void {
  backups?.stop();
  backups = null; // no backup on quit: a damaged copy would fail its own check anyway
  explainDamagedChart({ showError: (title, text) => dialog.showErrorBox(title, text), log: console.error }, message);
  app.quit();
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Holds the quit until the last backup is written (the backup API is asynchronous), then quits. */
function backupBeforeQuit(event: { preventDefault(): void }): void {
  if (backedUpForQuit || !backups) return;
  backedUpForQuit = true;
  event.preventDefault();
  const schedule = backups;
  schedule.stop();
  // A slow or stuck drive must not keep Stipple from quitting: give up waiting after 30 seconds.
  const patience = new Promise((resolve) => setTimeout(resolve, 30_000).unref());
  Promise.race([schedule.backupIfChanged(), patience])
    .catch((error: unknown) => console.error('[stipple] the backup on quit failed', error))
    .finally(() => app.quit());
}

function closeDatabase(): void {
  unbindApi?.();
  unbindApi = null;
  backups?.stop();
  backups = null;
  try {
    database?.close(); // runs PRAGMA optimize, then closes; WAL is checkpointed by SQLite on close
  } catch (error) {
    console.error('[stipple] closing the database failed', error);
  } finally {
    database = null;
  }
}

function failToStart(error: unknown): void {
  console.error(error);
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  dialog.showErrorBox('Stipple could not start', `Something unexpected stopped Stipple from starting: ${first}`);
  app.quit();
}
