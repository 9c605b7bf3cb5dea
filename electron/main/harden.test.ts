import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createAppUrlPolicy } from './app-url';
import { createHardenedWindow, isWebLink, type HardenableWebContents, type WindowOptions } from './harden';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';

type Listener = (...args: never[]) => unknown;

/** A stand-in for Electron's webContents + session that records what was registered. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  const handlers: Record<string, Listener> = {};
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: Listener) {
      handlers['windowOpen'] = handler;
    },
    session: {
      webRequest: {
        onBeforeRequest(listener: Listener) {
          handlers['beforeRequest'] = listener;
        },
        onHeadersReceived(listener: Listener) {
          handlers['headersReceived'] = listener;
        },
      },
      setPermissionRequestHandler(handler: Listener) {
        handlers['permissionRequest'] = handler;
      },
      setPermissionCheckHandler(handler: Listener) {
        handlers['permissionCheck'] = handler;
      },
    },
  };
  return { contents: contents as unknown as HardenableWebContents, listeners, handlers };
}

const rendererIndex = path.resolve('/app/out/renderer/index.html');
const appUrl = pathToFileURL(rendererIndex).href;

function setup({ devTools = false, captureGate }: { devTools?: boolean; captureGate?: { open: boolean } } = {}) {
  const fake = fakeContents();
  const created: WindowOptions[] = [];
  class BrowserWindow {
    webContents = fake.contents;
    constructor(options: WindowOptions) {
      created.push(options);
    }
  }
  const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
  const onBlockedRequest = vi.fn();
  const win = createHardenedWindow({
    BrowserWindow,
    shell,
    policy: createAppUrlPolicy({ rendererIndexFile: rendererIndex }),
    preloadPath: '/app/out/preload/index.cjs',
    devTools,
    onBlockedRequest,
    ...(captureGate ? { captureGate } : {}),
  });
  const call = <T>(name: string, ...args: unknown[]) => (fake.handlers[name] as unknown as (...a: unknown[]) => T)(...args);
  const emit = (event: string, ...args: unknown[]) => (fake.listeners.get(event) as unknown as (...a: unknown[]) => void)(...args);
  return { win, created, shell, onBlockedRequest, call, emit, fake };
}

const navigationEvent = () => ({ preventDefault: vi.fn() });

describe('createHardenedWindow: web preferences', () => {
  it('opens no DevTools in the packaged app, and allows them while developing', () => {
    expect(setup().created[0]?.webPreferences.devTools).toBe(false);
    expect(setup({ devTools: true }).created[0]?.webPreferences.devTools).toBe(true);
  });

  it('builds a sandboxed, isolated window with no Node and web security on', () => {
    const { created } = setup();
    expect(created).toHaveLength(1);
    expect(created[0]?.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(created[0]?.show).toBe(false);
  });
});

describe('createHardenedWindow: navigation and new windows', () => {
  it('lets the window move within the app page', () => {
    const { emit } = setup();
    for (const event of ['will-navigate', 'will-redirect']) {
      const e = navigationEvent();
      emit(event, e, `${appUrl}#/clients/3`);
      expect(e.preventDefault, event).not.toHaveBeenCalled();
    }
  });

  it('stops navigation and redirects anywhere else', () => {
    const { emit, shell } = setup();
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
        const e = navigationEvent();
        emit(event, e, url);
        expect(e.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses webviews', () => {
    const { emit } = setup();
    const e = navigationEvent();
    emit('will-attach-webview', e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and hands only http(s) links to the browser', () => {
    const { call, shell } = setup();
    expect(call('windowOpen', { url: 'https://supplier.example/pigments' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://supplier.example/pigments');

    shell.openExternal.mockClear();
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'smb://server/share', 'ms-settings:', appUrl, 'javascript:1']) {
      expect(call('windowOpen', { url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('createHardenedWindow: session', () => {
  it('grants no permission, by request or by check', () => {
    const { call } = setup();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'unknown']) {
      const callback = vi.fn();
      call('permissionRequest', {}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(call('permissionCheck', {}, permission), permission).toBe(false);
    }
  });

  it('grants the camera to the app’s page only while the capture view is open, by request and by check', () => {
    const gate = { open: false };
    const { call } = setup({ captureGate: gate });
    const ask = (url: string, mediaTypes: string[]) => {
      const callback = vi.fn();
      call('permissionRequest', {}, 'media', callback, { requestingUrl: url, mediaTypes });
      return callback.mock.calls[0]![0] as boolean;
    };
    expect(ask(appUrl, ['video'])).toBe(false);
    gate.open = true;
    expect(ask(appUrl, ['video'])).toBe(true);
    expect(call('permissionCheck', {}, 'media', 'file:///', { requestingUrl: appUrl, mediaType: 'video' })).toBe(true);
    expect(ask(appUrl, ['audio'])).toBe(false);
    expect(ask('https://example.com/', ['video'])).toBe(false);
    const geo = vi.fn();
    call('permissionRequest', {}, 'geolocation', geo, { requestingUrl: appUrl });
    expect(geo).toHaveBeenCalledWith(false);
    gate.open = false;
    expect(ask(appUrl, ['video'])).toBe(false);
  });

  it('cancels every request that would leave the app, and lets the app load its own files', () => {
    const { call, onBlockedRequest } = setup();
    const decide = (url: string) => {
      const callback = vi.fn();
      call('beforeRequest', { url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide(pathToFileURL(path.resolve('/app/out/renderer/assets/index.js')).href)).toEqual({ cancel: false });
    expect(decide('https://cdn.example.com/pdf.worker.js')).toEqual({ cancel: true });
    expect(decide('http://192.168.1.10/')).toEqual({ cancel: true });
    expect(onBlockedRequest).toHaveBeenCalledTimes(2);
  });

  it('adds the strict Content-Security-Policy to responses, keeping their other headers', () => {
    const { call } = setup();
    const callback = vi.fn();
    call('headersReceived', { responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    const headers = callback.mock.calls[0]?.[0].responseHeaders;
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]); // its directives: core/csp.test.ts
  });
});

describe('isWebLink', () => {
  it('accepts only http and https URLs with a host', () => {
    expect(isWebLink('https://example.com')).toBe(true);
    expect(isWebLink('http://example.com/a?b=c')).toBe(true);
    expect(isWebLink('https://')).toBe(false);
    expect(isWebLink('mailto:a@b.c')).toBe(false);
    expect(isWebLink('file:///etc/passwd')).toBe(false);
    expect(isWebLink('not a url')).toBe(false);
  });
});
