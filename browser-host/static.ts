// Serving the built renderer: files under one folder, never outside it, with the right types.
// Unknown page paths get index.html so client-side routes survive a reload.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { COMMON_HEADERS, HTML_HEADERS } from './security';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Resolved =
  | { kind: 'file'; file: string }
  | { kind: 'fallback' } // no such file: index.html for a page route, 404 for an asset
  | { kind: 'refused' }; // outside the folder, or a malformed path

/**
 * Maps a URL path to a file inside `root` (an absolute, real path). Decodes once, refuses NUL
 * bytes, backslashes and anything that resolves outside root — including through symlinks.
 */
export function resolveStatic(root: string, urlPath: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return { kind: 'refused' };

  const candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (!isInside(root, candidate)) return { kind: 'refused' };

  let file = candidate;
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const real = fs.realpathSync(file);
    if (!isInside(root, real)) return { kind: 'refused' };
    if (!fs.statSync(real).isFile()) return { kind: 'fallback' };
    return { kind: 'file', file: real };
  } catch {
    return { kind: 'fallback' };
  }
}

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** A route like /clients/12 (no extension) or a request that asks for HTML gets the app's page. */
function wantsPage(urlPath: string, accept: string | undefined): boolean {
  return path.posix.extname(urlPath) === '' || (accept ?? '').includes('text/html');
}

export async function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse, urlPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendPlain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const resolved = resolveStatic(root, urlPath);
  if (resolved.kind === 'refused') {
    sendPlain(res, 404, 'Not found');
    return;
  }
  let file: string;
  if (resolved.kind === 'file') {
    file = resolved.file;
  } else if (urlPath === '/favicon.ico') {
    // Chromium asks for this on its own; Electron never does. No icon rather than a 404 in the console.
    res.writeHead(204, { ...COMMON_HEADERS, 'Cache-Control': 'no-cache' });
    res.end();
    return;
  } else if (wantsPage(urlPath, req.headers.accept)) {
    file = path.join(root, 'index.html');
    if (!fs.existsSync(file)) {
      sendPlain(res, 503, 'The renderer has not been built yet: run `npx electron-vite build`.');
      return;
    }
  } else {
    sendPlain(res, 404, 'Not found');
    return;
  }
  await sendFile(req, res, file);
}

async function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string): Promise<void> {
  let body: Buffer;
  try {
    body = await fs.promises.readFile(file);
  } catch {
    sendPlain(res, 404, 'Not found');
    return;
  }
  const type = contentTypeFor(file);
  res.writeHead(200, {
    ...COMMON_HEADERS,
    ...(type.startsWith('text/html') ? HTML_HEADERS : {}),
    'Content-Type': type,
    'Content-Length': String(body.length),
    // A development and test host: always revalidate, so a rebuild is seen on reload.
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function sendPlain(res: http.ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = Buffer.from(message + '\n', 'utf8');
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
