// The harness itself: it finds a browser or fails loudly, and its request log catches a page that
// strays from the browser host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium, isLocalRequest, startApp, VIEWPORT, type StippleApp } from './harness';

describe('findChromium', () => {
  const only =
    (...present: string[]) =>
    (file: string) =>
      present.includes(file);

  it('prefers STIPPLE_CHROMIUM, then the usual paths in order', () => {
    expect(findChromium({ STIPPLE_CHROMIUM: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome/chrome',
    );
    expect(findChromium({}, only(...CHROMIUM_CANDIDATES))).toBe('/usr/bin/chromium');
    expect(findChromium({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('throws a clear error when there is no browser, so the suite fails instead of skipping', () => {
    expect(() => findChromium({}, only())).toThrow(
      "No Chromium or Chrome found: install Debian's chromium package or set STIPPLE_CHROMIUM",
    );
    expect(() => findChromium({ STIPPLE_CHROMIUM: '/nowhere/chrome' }, only('/usr/bin/chromium'))).toThrow(/STIPPLE_CHROMIUM/);
  });
});

describe('isLocalRequest', () => {
  const origin = 'http://127.0.0.1:4321';
  it.each([
    ['http://127.0.0.1:4321/assets/index.js', true],
    ['http://127.0.0.1:4321/api/clients.search', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:http://127.0.0.1:4321/5d1e', true],
    ['http://127.0.0.1:9999/', false],
    ['http://localhost:4321/', false],
    ['https://fonts.googleapis.com/css2', false],
    ['not a url', false],
  ])('%s → %s', (url, local) => {
    expect(isLocalRequest(url, origin)).toBe(local);
  });
});

describe('startApp', () => {
  let app: StippleApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('opens the app at 1280×800 with the token, and records requests that leave the host', async () => {
    await app.gotoApp('/clients');
    expect(app.page.viewportSize()).toEqual(VIEWPORT);
    expect(new URL(app.page.url()).hash).toBe('#/clients');
    expect(app.requests[0]).toBe(`${app.host.origin}/?token=${app.host.token}`);
    await expect.poll(() => app.requests.some((url) => url.startsWith(`${app.host.origin}/api/`))).toBe(true);
    expect(app.nonLocalRequests()).toEqual([]);

    // Same machine, other name: not the host the app was given, so it must be flagged.
    const stray = `http://localhost:${app.host.port}/`;
    await app.page.goto(stray);
    expect(app.nonLocalRequests()).toContain(stray);
    expect(app.nonLocalRequests().every((url) => url.startsWith(stray))).toBe(true);
  });
});
