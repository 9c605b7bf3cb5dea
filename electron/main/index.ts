// The main process: lifecycle only. Everything with a decision in it lives in a small module beside
// this one and is unit-tested with fakes; this file wires the real Electron objects into them.
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, shell, utilityProcess, webContents } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../../api/contract';
import { translate } from '../../core/i18n/translate';
import { encodeArgs } from '../api-process/protocol';
import { STIPPLE_EVENT_CHANNEL } from '../shared/ipc-channel';
import { connectApiProcess, type ApiProcessClient, type UtilityProcessLike } from './api-process-client';
import { appMenuTemplate } from './app-menu';
import { localeFileIn, rememberedLocale, rememberLocale } from './app-locale';
import { createAppUrlPolicy } from './app-url';
import { bindCaptureGate, captureGate } from './camera-permission';
import { createHardenedWindow } from './harden';
import { bindApi, trustAppMainFrame } from './ipc';
import { unlockDatabaseKey } from './key-store';
import { windowKeyPrompt } from './key-prompt-window';
import { explainDamagedChart, openFailedTitle, plainOpenMessage } from './open-chart';
import { resolveAppPaths } from './paths';
import { systemLocale } from './system-locale';

let apiProcess: ApiProcessClient | null = null;
let unbindApi: (() => void) | null = null;
let mainWindow: BrowserWindow | null = null;
const camera = captureGate();
let closedForQuit = false;

// The app's language from the clinic's locale setting, as the database reported it at the last
// start: Electron reads --lang only before ready, and the database opens after (app-locale.ts).
const localeFile = localeFileIn(app.getPath('userData'));
const appLocale = rememberedLocale(localeFile, fs);
if (appLocale) app.commandLine.appendSwitch('lang', appLocale);
// The language of what the main process says itself: the clinic's once known, else the system's.
let readerLocale: string | null = appLocale;
const speaks = () => readerLocale ?? systemLocale(app);

// One Stipple per user: a second launch hands focus to the first and leaves, so two processes
// never write the same chart.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // Closing the last window ends the app on every platform, closing the database.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', closeApiBeforeQuit);
  app.on('will-quit', unbind);
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

  // The key first (it is written beside the database before the database is created with it).
  // With no keychain, a passphrase is asked here (a small window), before the API opens the database.
  let stored;
  try {
    const prompt = windowKeyPrompt({
      BrowserWindow,
      ipcMain,
      locale: speaks(),
      preloadPath: path.join(path.dirname(paths.preloadFile), 'key-prompt.cjs'),
    });
    stored = await unlockDatabaseKey(safeStorage, paths.databaseFile, { prompt });
  } catch (error) {
    dialog.showErrorBox(openFailedTitle(speaks()), plainOpenMessage(error, speaks()));
    app.quit();
    return;
  }

  // The database, the API and the backups live in their own process: a long export or the
  // integrity check never holds up the windows.
  const child = utilityProcess.fork(
    paths.apiProcessFile,
    encodeArgs({
      databaseFile: paths.databaseFile,
      migrationsFolder: paths.migrationsFolder,
      ...(paths.nativeBinding ? { nativeBinding: paths.nativeBinding } : {}),
    }),
    { serviceName: 'Stipple data service' },
  ) as unknown as UtilityProcessLike;
  child.postMessage({ kind: 'start', databaseKey: stored.key, keyProtection: stored.protection, locale: speaks() });
  const api = connectApiProcess(child);
  apiProcess = api;
  api.onDamaged(quitOnDamage);
  const started = await api.started;
  if (!started.ok) {
    console.error('[stipple] the chart database could not be opened:', started.message);
    dialog.showErrorBox(openFailedTitle(speaks()), started.message);
    app.quit();
    return;
  }
  if (started.locale) {
    rememberLocale(localeFile, started.locale, appLocale, fs);
    readerLocale = started.locale;
  }
  api.onExit((code) => {
    if (closedForQuit) return;
    console.error(`[stipple] the data service stopped unexpectedly (exit ${code})`);
    dialog.showErrorBox(translate(speaks(), 'startup.stopped.title'), translate(speaks(), 'startup.stopped.text'));
  });

  const policy = createAppUrlPolicy({
    rendererIndexFile: paths.rendererIndexFile,
    devServerUrl: paths.devServerUrl,
    caseInsensitivePaths: process.platform === 'win32',
  });
  unbindApi = bindApi({
    ipcMain,
    api,
    channels: CHANNELS,
    isTrustedSender: trustAppMainFrame(policy),
    onRefused: (reason, detail) => console.warn(`[stipple] refused IPC call (${reason})`, detail),
    locale: speaks,
  });
  // The camera, only while the page's capture view is open (electron/main/camera-permission.ts).
  const unbindCapture = bindCaptureGate({ ipcMain, gate: camera, isTrustedSender: trustAppMainFrame(policy) });
  const unbindBoth = unbindApi;
  unbindApi = () => {
    unbindBoth();
    unbindCapture();
  };
  // Each window hears only its own session's events (stale queries, progress, signed out).
  api.onEvent((window, event) => {
    const contents = webContents.fromId(window);
    if (contents && !contents.isDestroyed()) contents.send(STIPPLE_EVENT_CHANNEL, event);
  });

  // A packaged app has no reload and no DevTools; development keeps Electron's default menu.
  if (app.isPackaged) Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform)));
  const win = createHardenedWindow({
    BrowserWindow,
    shell,
    policy,
    preloadPath: paths.preloadFile,
    devTools: !app.isPackaged,
    onBlockedRequest: (url) => console.warn(`[stipple] blocked a request leaving the app: ${url}`),
    captureGate: camera,
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
  explainDamagedChart({ showError: (title, text) => dialog.showErrorBox(title, text), log: console.error }, message);
  app.quit();
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Holds the quit until the API process has made its last backup and closed the database. */
function closeApiBeforeQuit(event: { preventDefault(): void }): void {
  if (closedForQuit || !apiProcess) return;
  closedForQuit = true;
  event.preventDefault();
  apiProcess
    .quit()
    .catch((error: unknown) => console.error('[stipple] closing the data service failed', error))
    .finally(() => app.quit());
}

function unbind(): void {
  unbindApi?.();
  unbindApi = null;
}

function failToStart(error: unknown): void {
  console.error(error);
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  dialog.showErrorBox(translate(speaks(), 'startup.failed.title'), translate(speaks(), 'startup.failed.text', { detail: first ?? '' }));
  app.quit();
}
