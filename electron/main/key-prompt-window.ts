// The start-up key prompt as a window: one small hardened window per question, showing
// key-prompt-page.ts, resolving with what was typed or null when it is closed. Electron is passed
// in; the decisions (what to ask, what an answer means) are in key-store.ts.
import type { KeyPrompt } from './key-store';
import { KEY_PROMPT_CHANNEL, keyPromptUrl } from './key-prompt-page';

interface PromptContents {
  id: number;
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}
interface PromptWindow {
  webContents: PromptContents;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show' | 'closed', listener: () => void): unknown;
  show(): void;
  close(): void;
  isDestroyed(): boolean;
}

export interface KeyPromptDeps {
  BrowserWindow: new (options: Record<string, unknown>) => PromptWindow;
  ipcMain: {
    on(channel: string, listener: (event: { sender: { id: number } }, text: unknown) => void): unknown;
    removeListener(channel: string, listener: (event: { sender: { id: number } }, text: unknown) => void): unknown;
  };
  preloadPath: string;
  /** The page's language: the system's (electron/main/system-locale.ts); default English. */
  locale?: string;
}

export function windowKeyPrompt(deps: KeyPromptDeps): KeyPrompt {
  return (request) =>
    new Promise((resolve) => {
      const win = new deps.BrowserWindow({
        title: 'Stipple',
        width: 640,
        height: request.mode === 'create-passphrase' ? 560 : 480,
        resizable: false,
        show: false,
        backgroundColor: '#f4f1ec',
        webPreferences: {
          preload: deps.preloadPath,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          spellcheck: false,
          safeDialogs: true,
          disableBlinkFeatures: 'Auxclick',
          devTools: false,
        },
      });
      let settled = false;
      const done = (answer: string | null) => {
        if (settled) return;
        settled = true;
        deps.ipcMain.removeListener(KEY_PROMPT_CHANNEL, onAnswer);
        if (!win.isDestroyed()) win.close();
        resolve(answer);
      };
      const onAnswer = (event: { sender: { id: number } }, text: unknown) => {
        if (event.sender.id !== win.webContents.id) return; // only this window's page may answer
        done(typeof text === 'string' ? text : null);
      };
      deps.ipcMain.on(KEY_PROMPT_CHANNEL, onAnswer);
      win.webContents.on('will-navigate', (event) => event.preventDefault());
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      win.once('ready-to-show', () => win.show());
      win.once('closed', () => done(null));
      void win.loadURL(keyPromptUrl(request, deps.locale));
    });
}
