import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFileOf } from '../db/app-lock';
import { MIGRATIONS_FOLDER, tempDir } from '../db/testing';
import { startBrowserHost, type BrowserHost } from './server';
import { DEFAULT_MAX_BODY_BYTES } from './api-route';
import { CONTENT_SECURITY_POLICY } from '../core/csp';

let dir: string;
let rendererDir: string;
let host: BrowserHost;
let cookie: string;
const logged: string[] = [];

/** Opens the printed address as a browser context would: the token buys a session cookie. */
async function openPrintedAddress(url: string): Promise<string> {
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status).toBe(303);
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0]!;
}

beforeAll(async () => {
  dir = tempDir('stipple-host-test-');
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Stipple</title><div id="root"></div>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'chunk.mjs'), 'export {}');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'inter.woff2'), Buffer.from('wOF2'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'inter.ttf'), Buffer.from([0, 1, 0, 0]));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'pdf.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'data.json'), '{"a":1}');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'TOP SECRET');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));

  host = await startBrowserHost({
    dbFile: path.join(dir, 'chart.sqlite'),
    rendererDir,
    migrationsFolder: MIGRATIONS_FOLDER,
    checkOutputs: true,
    log: (message) => logged.push(message),
  });
  cookie = await openPrintedAddress(host.url);
});

afterAll(async () => {
  await host?.close();
});

/** A raw request, so the path reaches the server exactly as written (fetch would normalize it). */
function raw(
  requestPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port: host.port,
        path: requestPath,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function callApi(channel: string, body: unknown, session: string | null = cookie) {
  return fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(session === null ? {} : { Cookie: session }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('startBrowserHost', () => {
  it('listens on 127.0.0.1 only and prints a tokened address', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.port).toBeGreaterThan(0);

    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === 'IPv4');
    const targets = ['::1', ...(external ? [external.address] : [])];
    for (const address of targets) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: host.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      expect(reached, `reachable on ${address}`).toBe(false);
    }
  });

  it('makes a new random token each run', async () => {
    const other = await startBrowserHost({ dbFile: path.join(dir, 'other.sqlite'), rendererDir, migrationsFolder: MIGRATIONS_FOLDER });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
      // It holds the one-writer lock while it runs (the command line's restore refuses) and drops it on close.
      expect(JSON.parse(fs.readFileSync(lockFileOf(other.database.file), 'utf8'))).toMatchObject({
        pid: process.pid,
        app: 'the Stipple browser host',
      });
      expect(fs.statSync(lockFileOf(other.database.file)).mode & 0o777).toBe(0o600);
    } finally {
      await other.close();
    }
    expect(fs.existsSync(lockFileOf(other.database.file))).toBe(false);
  });
});

describe('the API', () => {
  it('passes a change key from the Stipple-Change-Key header: sent twice, applied once', async () => {
    const key = crypto.randomUUID();
    const send = (k: string) =>
      fetch(`${host.origin}/api/clients.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Stipple-Change-Key': k },
        body: JSON.stringify({ firstName: 'Once', lastName: 'Only' }),
      }).then((r) => r.json() as Promise<{ ok: boolean; data?: { id: number }; error?: { message: string } }>);
    const first = await send(key);
    const again = await send(key);
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    const found = (await (await callApi('clients.search', { query: 'Only' })).json()) as { data: { total: number } };
    expect(found.data.total).toBe(1);
    const bad = await send('not-a-uuid');
    expect(bad.error?.message).toMatch(/key is not valid/);
  });

  it('answers 401 with a forbidden envelope without a session cookie or with an unknown one', async () => {
    const name = cookie.split('=')[0]!;
    const sessions = [
      null,
      '',
      `${name}=`,
      `${name}=wrong`,
      `${cookie}x`,
      `stipple_session_1=${cookie.split('=')[1]}`,
      `X-Stipple-Token=${host.token}`,
    ];
    for (const session of sessions) {
      const res = await callApi('clients.search', {}, session);
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(typeof body.error.message).toBe('string');
    }
  });

  it('answers a good call with an envelope, no-store', async () => {
    const created = await callApi('clients.create', { firstName: 'Dana', lastName: 'Okafor', phone: '07700 900123' });
    expect(created.status).toBe(200);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await created.json();
    expect(body).toMatchObject({ ok: true, data: { firstName: 'Dana', lastName: 'Okafor' } });

    const found = await (await callApi('clients.search', { query: 'okaf' })).json();
    expect(found.ok).toBe(true);
    expect(found.data.rows.map((r: { lastName: string }) => r.lastName)).toContain('Okafor');
  });

  it('answers bad input with invalid_input and field messages, still HTTP 200', async () => {
    const res = await callApi('clients.create', {});
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.fields).toHaveProperty('firstName');
    expect(body.error.fields).toHaveProperty('lastName');
  });

  it('treats an empty body as empty input', async () => {
    const res = await callApi('clients.search', '');
    expect(await res.json()).toMatchObject({ ok: true, data: { rows: expect.any(Array) } });
  });

  it('answers an unknown channel with unknown_channel', async () => {
    const body = await (await callApi('clients.dropAll', {})).json();
    expect(body).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    const proto = await (await callApi('__proto__', {})).json();
    expect(proto).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('answers invalid JSON with a plain envelope', async () => {
    const res = await callApi('clients.create', '{"firstName": ');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(body.error.message).toMatch(/not valid JSON/);
    expect(JSON.stringify(body)).not.toMatch(/SyntaxError|at JSON\.parse/);
  });

  it('refuses an oversized body with a plain envelope and keeps serving', async () => {
    const big = JSON.stringify({ firstName: 'A', lastName: 'B', notes: 'x'.repeat(DEFAULT_MAX_BODY_BYTES + 1024 * 1024) });
    const res = await callApi('clients.create', big);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(body.error.message).toMatch(/too large/);

    // Chunked, with no Content-Length to trust.
    const chunked = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/clients.create',
          method: 'POST',
          headers: { Cookie: cookie, 'Transfer-Encoding': 'chunked' },
        },
        (r) => {
          let text = '';
          r.on('data', (c) => (text += c));
          r.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 7; i++) req.write(Buffer.alloc(1024 * 1024, 0x20));
      req.end();
    });
    expect(JSON.parse(chunked)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const after = await callApi('clients.search', {});
    expect((await after.json()).ok).toBe(true);
  });

  it('accepts only POST', async () => {
    const res = await raw('/api/clients.search', { headers: { Cookie: cookie } });
    expect(res.status).toBe(405);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false });
  });

  it('refuses calls from another origin even with the session cookie', async () => {
    const res = await raw('/api/clients.search', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await raw('/', { headers: { Host: `evil.example:${host.port}` } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('Stipple');
  });
});

describe('a session per browser context', () => {
  it('exchanges the printed token for an HttpOnly, SameSite=Strict cookie and takes the token out of the address', async () => {
    const res = await fetch(`${host.url}&keep=1`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?keep=1');
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(new RegExp(`^stipple_session_${host.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    expect(set).not.toContain(host.token);
    // The printed address keeps working for further windows; one that has a session keeps it.
    const again = await fetch(host.url, { redirect: 'manual', headers: { Cookie: cookie } });
    expect(again.headers.get('set-cookie')!.split(';')[0]).toBe(cookie);
  });

  it('refuses a wrong token with a plain page and no cookie', async () => {
    const res = await fetch(`${host.origin}/?token=${host.token.slice(1)}x`, { redirect: 'manual' });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toMatch(/Open the address Stipple printed/);
  });

  it('keeps two contexts apart: each signed in as itself, and each hears the other’s changes as events', async () => {
    const other = await startBrowserHost({ dbFile: path.join(dir, 'two.sqlite'), rendererDir, migrationsFolder: MIGRATIONS_FOLDER });
    try {
      const a = await openPrintedAddress(other.url);
      const b = await openPrintedAddress(other.url);
      expect(a).not.toBe(b);
      const call = async (session: string, channel: string, input: unknown) => {
        const res = await fetch(`${other.origin}/api/${channel}`, {
          method: 'POST',
          headers: { Cookie: session, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return (await res.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };
      };
      const owner = await call(a, 'auth.setupOwner', { name: 'Olu Owner', pin: '1111', confirmPin: '1111' });
      expect(owner.ok).toBe(true);
      expect((await call(a, 'auth.status', {})).data?.actor).toMatchObject({ name: 'Olu Owner' });
      expect((await call(b, 'auth.status', {})).data?.actor).toBeNull();
      expect((await call(b, 'clients.search', {})).error?.code).toBe('signed_out');

      // B listens; A's change reaches B as a stale event, never A's own stream.
      const events = (session: string) => {
        const controller = new AbortController();
        const received: string[] = [];
        const ready = fetch(`${other.origin}/api/events`, { headers: { Cookie: session }, signal: controller.signal }).then(async (res) => {
          expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
          const reader = res.body!.getReader();
          void (async () => {
            for (;;) {
              const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
              if (done) return;
              received.push(new TextDecoder().decode(value));
            }
          })();
        });
        return { ready, received, stop: () => controller.abort() };
      };
      const toB = events(b);
      const toA = events(a);
      await Promise.all([toB.ready, toA.ready]);
      expect((await call(a, 'clients.create', { firstName: 'Łukasz', lastName: 'Wójcik' })).ok).toBe(true);
      await expect.poll(() => toB.received.join('')).toMatch(/data: \{"type":"stale","channels":/);
      expect(toA.received.join('')).not.toContain('"stale"');
      toB.stop();
      toA.stop();

      const refused = await fetch(`${other.origin}/api/events`, { headers: { Cookie: 'nope=1' } });
      expect(refused.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('static files', () => {
  it('serves index.html with the security headers', async () => {
    const res = await fetch(`${host.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const part of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "worker-src 'self' blob:",
      "connect-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(part);
    }
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(await res.text()).toContain('<div id="root">');
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/chunk.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/logo.png', 'image/png'],
    ['/assets/inter.woff2', 'font/woff2'],
    ['/assets/inter.ttf', 'font/ttf'],
    ['/assets/pdf.wasm', 'application/wasm'],
    ['/assets/data.json', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const res = await fetch(`${host.origin}${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeNull();
  });

  it('falls back to index.html for page routes, 404 for missing assets', async () => {
    const page = await fetch(`${host.origin}/clients/12`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<div id="root">');

    const asset = await fetch(`${host.origin}/assets/missing.js`);
    expect(asset.status).toBe(404);
  });

  it("answers the browser's own favicon probe with 204 when the renderer has no icon", async () => {
    const res = await raw('/favicon.ico', { headers: { Accept: 'image/*' } });
    expect(res.status).toBe(204);
    expect(res.body).toBe('');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await raw('/assets/app.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const put = await raw('/assets/app.js', { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    '/assets/link.txt',
    '/%00/etc/passwd',
    '/%E0%A4%A',
    `/${'..%2f'.repeat(12)}etc%2fpasswd`,
  ])('refuses to leave the renderer folder: %s', async (attempt) => {
    const res = await raw(attempt, { headers: { Accept: '*/*' } });
    expect(res.body).not.toContain('TOP SECRET');
    expect(res.body).not.toMatch(/root:/);
    expect(res.status).not.toBe(500);
  });

  it('refuses absolute-form and odd request targets', async () => {
    const res = await raw(`http://127.0.0.1:${host.port}/../secret.txt`);
    expect(res.body).not.toContain('TOP SECRET');
  });
});

describe('close', () => {
  it('stops the server and closes the database', async () => {
    const other = await startBrowserHost({ dbFile: path.join(dir, 'closing.sqlite'), rendererDir, migrationsFolder: MIGRATIONS_FOLDER });
    // A keep-alive connection must not hold close() open.
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) =>
      http.get({ host: '127.0.0.1', port: other.port, path: '/', agent }, (r) => r.resume().on('end', resolve)),
    );
    await other.close();
    await other.close(); // idempotent
    expect(other.database.sqlite.open).toBe(false);
    await expect(fetch(`${other.origin}/`)).rejects.toThrow();
    agent.destroy();
  });

  it('refuses to start on a port in use and leaves the database closed', async () => {
    await expect(
      startBrowserHost({ dbFile: path.join(dir, 'busy.sqlite'), port: host.port, rendererDir, migrationsFolder: MIGRATIONS_FOLDER }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('logged no unexpected errors', () => {
    expect(logged).toEqual([]);
  });
});
