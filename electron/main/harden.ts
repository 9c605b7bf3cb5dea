// The one window-hardening function. Every Stipple window is built here so the security settings
// cannot drift: sandboxed isolated renderer, strict CSP, no navigation away, no new windows, no
// permissions, and no network. Electron is passed in, so this runs under Node in unit tests.
// The webPreferences stay a literal object so Electronegativity can read them.
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import type { AppUrlPolicy } from './app-url';
import { grantsPermission, type CaptureGate, type MediaRequestDetails } from './camera-permission';

export interface HardenableWebContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  session: HardenableSession;
}

export interface HardenableSession {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details?: MediaRequestDetails) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin?: string, details?: MediaRequestDetails) => boolean,
  ): void;
}

export interface WindowOptions {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  backgroundColor: string;
  icon?: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    webviewTag: false;
    navigateOnDragDrop: false;
    spellcheck: false;
    safeDialogs: true;
    disableBlinkFeatures: 'Auxclick';
    devTools: boolean;
  };
}

export interface HardenDeps<W extends { webContents: HardenableWebContents }> {
  BrowserWindow: new (options: WindowOptions) => W;
  shell: { openExternal(url: string): Promise<void> };
  policy: AppUrlPolicy;
  preloadPath: string;
  /** A packaged app opens no DevTools (nothing of a client can be read out through them). */
  devTools: boolean;
  icon?: string;
  /** Told about each cancelled request, so a blocked resource is visible while developing. */
  onBlockedRequest?: (url: string) => void;
  /** Open while the page's capture view is; absent: the camera is never granted. */
  captureGate?: Pick<CaptureGate, 'open'>;
}

/**
 * Permissions the renderer always has. Empty: charting needs no location or notifications; the camera
 * is granted only while the capture view is open (electron/main/camera-permission.ts).
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function createHardenedWindow<W extends { webContents: HardenableWebContents }>(deps: HardenDeps<W>): W {
  const { BrowserWindow, policy } = deps;
  const win = new BrowserWindow({
    title: 'Stipple',
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false, // shown on ready-to-show, so the clinic never sees a white flash
    backgroundColor: '#ffffff',
    ...(deps.icon ? { icon: deps.icon } : {}),
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
      spellcheck: false, // Chromium would download dictionaries; the app makes no network request
      safeDialogs: true,
      // Middle-click on a link is another way to open a window; turn the feature off at the source.
      disableBlinkFeatures: 'Auxclick',
      devTools: deps.devTools,
    },
  });

  const contents = win.webContents;
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!policy.isAppPage(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web (a supplier's site, a maps link) open in the user's browser, never in-app.
    if (isWebLink(url)) void deps.shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });

  const session = contents.session;
  const camera = { policy, gate: deps.captureGate ?? { open: false } };
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(ALLOWED_PERMISSIONS.has(permission) || grantsPermission(camera, permission, details?.requestingUrl, details)),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, origin, details) =>
      ALLOWED_PERMISSIONS.has(permission) || grantsPermission(camera, permission, details?.requestingUrl ?? origin, details),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = policy.isAllowedRequest(details.url);
    if (!allowed) deps.onBlockedRequest?.(details.url);
    callback({ cancel: !allowed });
  });
  // Also a <meta> tag in the built index.html: Chromium has no response headers for file://, so this
  // header covers the dev server and any other response that has them. One policy: core/csp.ts.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withPolicy(details.responseHeaders) });
  });

  return win;
}

/** A response's headers plus the app's CSP (scripts/electronegativity.mjs hands the policy to the scan). */
function withPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  return { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/** Only http(s) may be handed to the OS: file:, smb: or custom schemes could run programs. */
export function isWebLink(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
