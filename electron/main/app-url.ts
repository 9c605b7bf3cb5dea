// Which URLs are "the app": the one place that decides what the window may show, which requests may
// leave the renderer, and which IPC senders are trusted. Pure, so it is tested under Node.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

export interface AppUrlPolicy {
  /** What the window loads: file:// of the built renderer, or the dev server in development. */
  readonly appUrl: string;
  /** The app's own page (any hash or query): may be navigated to and may call the API. */
  isAppPage(url: string): boolean;
  /** A request the renderer may make. Everything else is cancelled: the app is offline by design. */
  isAllowedRequest(url: string): boolean;
}

export interface AppUrlOptions {
  /** Absolute path of the built renderer's index.html. */
  rendererIndexFile: string;
  /** Vite dev server URL (electron-vite dev sets ELECTRON_RENDERER_URL); only outside packaged builds. */
  devServerUrl?: string | undefined;
  /** Windows paths are case-insensitive, and Chromium may change the drive letter's case. */
  caseInsensitivePaths?: boolean;
}

// Local-only schemes: devtools for debugging, data:/blob: are in-memory (images, the pdf worker).
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

export function createAppUrlPolicy(options: AppUrlOptions): AppUrlPolicy {
  const fold = (s: string) => (options.caseInsensitivePaths ? s.toLowerCase() : s);
  const indexUrl = pathToFileURL(options.rendererIndexFile);
  const indexPath = fold(indexUrl.pathname);
  // Trailing separator so /out/renderer-evil/ does not pass as /out/renderer/.
  const rendererDir = fold(pathToFileURL(path.dirname(options.rendererIndexFile) + path.sep).pathname);
  const dev = options.devServerUrl ? new URL(options.devServerUrl) : null;

  const isDevServer = (url: URL) =>
    dev !== null && url.host === dev.host && (url.protocol === dev.protocol || (url.protocol === 'ws:' && dev.protocol === 'http:'));

  return {
    appUrl: dev ? dev.href : indexUrl.href,
    isAppPage(raw) {
      const url = parse(raw);
      if (!url) return false;
      if (dev) return url.protocol === dev.protocol && url.host === dev.host;
      return url.protocol === 'file:' && url.host === '' && fold(url.pathname) === indexPath;
    },
    isAllowedRequest(raw) {
      const url = parse(raw);
      if (!url) return false;
      if (LOCAL_SCHEMES.has(url.protocol)) return true;
      if (url.protocol === 'file:') return url.host === '' && fold(url.pathname).startsWith(rendererDir);
      return isDevServer(url);
    },
  };
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
