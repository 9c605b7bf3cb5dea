// The main process's lifecycle, run under Node with a fake 'electron' module: the real database
// code, migrations and API behind it, so startup, the IPC path and quitting are exercised end to end
// everywhere the Electron binary cannot be downloaded.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../api/result';
import { STIPPLE_IPC_CHANNEL } from '../shared/ipc-channel';

type Fn = (...args: unknown[]) => unknown;

/** The API process is a real process compiled by tsx on start: give it time on a loaded machine. */
const STARTS = { timeout: 20_000, interval: 20 };

function createFakeElectron(userData: string, { gotLock = true } = {}) {
  const appEvents = new Map<string, Fn>();
  const ipcHandlers = new Map<string, Fn>();
  const windows: FakeWindow[] = [];
  const children: ChildProcess[] = [];
  const sent: { window: number; channel: string; event: unknown }[] = [];
  let nextContentsId = 1;

  class FakeWindow {
    options: unknown;
    events = new Map<string, Fn>();
    shown = false;
    focused = false;
    loadedUrl: string | null = null;
    webContents = {
      id: nextContentsId++,
      send: (channel: string, event: unknown) => void sent.push({ window: this.webContents.id, channel, event }),
      isDestroyed: () => false,
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      session: {
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    };
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    once(event: string, fn: Fn) {
      this.events.set(event, fn);
    }
    on(event: string, fn: Fn) {
      this.events.set(event, fn);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    show() {
      this.shown = true;
    }
    focus() {
      this.focused = true;
    }
    isMinimized() {
      return false;
    }
    restore() {}
  }

  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => gotLock),
      quit: vi.fn(),
      on: vi.fn((event: string, fn: Fn) => void appEvents.set(event, fn)),
      whenReady: () => whenReady,
      getAppPath: () => path.resolve(import.meta.dirname, '../..'),
      getPath: (name: string) => (name === 'userData' ? userData : os.tmpdir()),
    },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, fn: Fn) => void ipcHandlers.set(channel, fn)),
      removeHandler: vi.fn((channel: string) => void ipcHandlers.delete(channel)),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    // A stand-in keychain: reversible, as the real one is for this user only.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(`wrapped:${text}`),
      decryptString: (data: Buffer) => data.toString().replace(/^wrapped:/, ''),
      getSelectedStorageBackend: () => 'gnome_libsecret',
    },
    webContents: { fromId: (id: number) => windows.find((w) => w.webContents.id === id)?.webContents },
    // A real separate process, as utilityProcess.fork makes: Node's fork of the API process's
    // source under tsx (the built api-process.js does not exist in a test run).
    utilityProcess: {
      fork: vi.fn((file: string, args: string[]) => {
        const source = fs.existsSync(file) ? file : path.resolve(import.meta.dirname, '../api-process/index.ts');
        const child = fork(source, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        children.push(child);
        return {
          postMessage: (message: unknown) => child.connected && child.send(message as never),
          on(event: string, listener: Fn) {
            child.on(event === 'message' ? 'message' : 'exit', (value: unknown) => listener(value));
            return this;
          },
          kill: () => child.kill(),
        };
      }),
    },
  };
  return { electron, ready, appEvents, ipcHandlers, windows, children, sent };
}

// The mock registry survives vi.resetModules, so 'electron' forwards to whichever fake is current.
const fake = vi.hoisted(() => ({ current: null as null | Record<string, unknown> }));
vi.mock('electron', () => ({
  get app() {
    return fake.current!['app'];
  },
  get BrowserWindow() {
    return fake.current!['BrowserWindow'];
  },
  get dialog() {
    return fake.current!['dialog'];
  },
  get ipcMain() {
    return fake.current!['ipcMain'];
  },
  get shell() {
    return fake.current!['shell'];
  },
  get safeStorage() {
    return fake.current!['safeStorage'];
  },
  get webContents() {
    return fake.current!['webContents'];
  },
  get Menu() {
    return fake.current!['Menu'];
  },
  get utilityProcess() {
    return fake.current!['utilityProcess'];
  },
}));

let userData: string;
beforeEach(() => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-main-'));
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
const launched: ReturnType<typeof createFakeElectron>[] = [];
afterEach(() => {
  for (const f of launched.splice(0)) for (const child of f.children) child.kill();
  vi.restoreAllMocks();
  fs.rmSync(userData, { recursive: true, force: true });
});

async function launch(options?: { gotLock?: boolean }) {
  const f = createFakeElectron(userData, options);
  launched.push(f);
  fake.current = f.electron;
  await import('./index');
  f.ready();
  return f;
}

describe('main process lifecycle', () => {
  it('opens the chart in userData, binds the API, and loads the app in a hardened window', async () => {
    const f = await launch();
    await vi.waitFor(() => expect(f.windows[0]?.loadedUrl).toMatch(/^file:.*\/renderer\/index\.html$/), STARTS);

    expect(fs.existsSync(path.join(userData, 'stipple.sqlite'))).toBe(true);
    expect(f.windows).toHaveLength(1);
    expect(f.windows[0]?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } });

    // The database lives in the API process, never in main.
    expect(f.electron.utilityProcess.fork).toHaveBeenCalledOnce();
    expect(f.children[0]!.pid).not.toBe(process.pid);
    // Encrypted with a key kept only wrapped beside it; the key reached the API process over its
    // port, never in its arguments (which any user of the computer can list).
    const key = fs.readFileSync(path.join(userData, 'stipple.sqlite.wrapped-key'), 'utf8').replace(/^wrapped:/, '');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(f.electron.utilityProcess.fork.mock.calls)).not.toContain(key);
    expect(fs.readFileSync(path.join(userData, 'stipple.sqlite')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

    // The renderer's page calls through IPC into the real API over the real database.
    const handler = f.ipcHandlers.get(STIPPLE_IPC_CHANNEL)!;
    const sender = { id: f.windows[0]!.webContents.id, once: vi.fn() };
    const trusted = { senderFrame: { url: f.windows[0]!.loadedUrl!, parent: null }, sender };
    const listed = (await handler(trusted, 'staff.list', {})) as ApiResult<unknown>;
    expect(listed).toEqual({ ok: true, data: [] });

    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender };
    expect(await handler(foreign, 'staff.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // Shown only once it has painted; a second launch brings it to the front.
    f.windows[0]!.events.get('ready-to-show')!();
    expect(f.windows[0]!.shown).toBe(true);
    f.appEvents.get('second-instance')!();
    expect(f.windows[0]!.focused).toBe(true);

    // Quitting waits for a verified backup beside the database, then quits for real.
    const quitting = { preventDefault: vi.fn() };
    f.appEvents.get('before-quit')!(quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(f.electron.app.quit).toHaveBeenCalled(), STARTS);
    expect(fs.readdirSync(path.join(userData, 'backups')).filter((n) => n.endsWith('.sqlite'))).toHaveLength(1);
    const again = { preventDefault: vi.fn() };
    f.appEvents.get('before-quit')!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();

    // Quitting unbinds the API; the API process closed the database cleanly (no WAL left behind).
    f.appEvents.get('will-quit')!();
    expect(f.ipcHandlers.size).toBe(0);
    await vi.waitFor(() => expect(f.children[0]!.exitCode !== null || f.children[0]!.signalCode !== null).toBe(true), STARTS);
    expect(fs.existsSync(path.join(userData, 'stipple.sqlite-wal'))).toBe(false);
  });

  it('tells the clinic plainly why the chart cannot be opened, then quits without a window', async () => {
    fs.writeFileSync(path.join(userData, 'stipple.sqlite'), 'these are not the charts you are looking for');
    const f = await launch();
    await vi.waitFor(() => expect(f.electron.app.quit).toHaveBeenCalled(), STARTS);

    expect(f.electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, message] = f.electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Stipple cannot open its chart database');
    expect(message).toContain('is not a Stipple database');
    expect(message).not.toMatch(/\n\s+at /);
    expect(f.windows).toHaveLength(0);
    expect(f.ipcHandlers.size).toBe(0);
  });

  it('a second launch leaves at once, without opening the database', async () => {
    const f = await launch({ gotLock: false });
    expect(f.electron.app.quit).toHaveBeenCalled();
    expect(f.electron.app.on).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(path.join(userData, 'stipple.sqlite'))).toBe(false);
  });
});
