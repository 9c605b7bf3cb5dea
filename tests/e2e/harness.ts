// The end-to-end harness: the real renderer in real Chromium, talking to the real API over the
// browser host on a fresh temp database. Every request the page makes is recorded, so a scenario
// can prove the app stayed on 127.0.0.1. Reuse it in every *.e2e.ts:
//
//   const app = await startApp();          // in beforeAll
//   await app.gotoApp('/clients');         // a hash route of the app
//   ... app.page.getByRole(...) ...
//   expect(app.nonLocalRequests()).toEqual([]);
//   await app.stop();                      // in afterAll
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { MIGRATIONS_DIR, RENDERER_OUT_DIR, REPO_ROOT } from '../../browser-host/build-renderer';
import { startBrowserHost, type BrowserHost } from '../../browser-host/server';

/** Where screenshots go (git-ignored). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * The browser to drive: $STIPPLE_CHROMIUM, else the first installed of the usual paths. Throws when
 * there is none — an e2e suite that cannot run must fail, never pass by skipping.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = fs.existsSync): string {
  const fromEnv = env.STIPPLE_CHROMIUM?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`STIPPLE_CHROMIUM is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((file) => exists(file));
  if (!found) throw new Error("No Chromium or Chrome found: install Debian's chromium package or set STIPPLE_CHROMIUM");
  return found;
}

export interface StartAppOptions {
  /** An existing chart to open (never deleted by stop()); default: a fresh one in a temp folder. */
  dbFile?: string;
  /** Set STIPPLE_E2E_HEADED=1 to watch; default headless. */
  headless?: boolean;
  /**
   * Default true: the owner account E2E_OWNER is created (or an existing owner used) and signed in
   * before the page loads, so scenarios start in the app. false: the first-run screen shows.
   */
  signIn?: boolean;
  /** Let the page save files, for scenarios that catch them with Playwright's download event. */
  acceptDownloads?: boolean;
  /** More Chromium switches (the capture scenario's fake camera). */
  chromiumArgs?: string[];
}

/** The owner every scenario is signed in as, unless it asks for signIn: false. */
export const E2E_OWNER = { name: 'Test Owner', pin: '1234' } as const;

/** Creates the owner account on a new chart (or picks the existing owner); the host's own caller acts as them. */
export async function signInOwner(host: BrowserHost): Promise<number> {
  const status = await host.api.call('auth.status', {});
  if (!status.ok) throw new Error(`auth.status failed: ${status.error.message}`);
  const data = status.data as { needsOwner: boolean; staff: { id: number; role: string }[] };
  if (data.needsOwner) {
    const created = await host.api.call('auth.setupOwner', { name: E2E_OWNER.name, pin: E2E_OWNER.pin, confirmPin: E2E_OWNER.pin });
    if (!created.ok) throw new Error(`auth.setupOwner failed: ${created.error.message}`);
    return (created.data as { id: number }).id;
  }
  const owner = data.staff.find((s) => s.role === 'owner');
  if (!owner) throw new Error('The chart has staff with PINs but no owner to sign in as.');
  host.api.actAs(owner.id);
  return owner.id;
}

/**
 * Signs a browser context in as a person would: it opens the printed address (the token buys the
 * context its own session cookie), then signs in with the PIN. Shares the context's cookie jar.
 */
export async function signInContext(context: BrowserContext, host: BrowserHost, staffId: number, pin: string): Promise<void> {
  const opened = await context.request.get(host.url, { maxRedirects: 0 });
  if (opened.status() !== 303) throw new Error(`opening the printed address answered ${opened.status()}`);
  const r = await context.request.post(`${host.origin}/api/auth.signIn`, { data: { staffId, pin }, headers: { Origin: host.origin } });
  const body = (await r.json()) as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`signing the browser in failed: ${body.error?.message ?? r.status()}`);
}

export interface StippleApp {
  host: BrowserHost;
  context: BrowserContext;
  page: Page;
  /** Every request URL the page (and its workers) made, in order. */
  requests: string[];
  /** Console errors and uncaught page errors, for a scenario to assert on. */
  pageErrors: string[];
  /** Opens a hash route of the app ('/clients', '/clients/12') through the printed address (token, then its redirect). */
  gotoApp(route?: string): Promise<void>;
  /** Saves a full-page screenshot to test-results/<name>.png and returns the path. */
  screenshot(name: string): Promise<string>;
  /** The recorded requests that did not go to this host on 127.0.0.1 (data:/blob: count as local). */
  nonLocalRequests(): string[];
  /** Closes the browser, the host and the database, and removes the temp folder. Safe to call twice. */
  stop(): Promise<void>;
}

export function isLocalRequest(url: string, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return parsed.origin === origin && parsed.hostname === '127.0.0.1';
}

export async function startApp(options: StartAppOptions = {}): Promise<StippleApp> {
  const executablePath = findChromium();
  if (!fs.existsSync(path.join(RENDERER_OUT_DIR, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run the e2e suite with `npm run test:e2e`, which builds it.');
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-'));
  const cleanups: (() => Promise<void> | void)[] = [() => fs.rmSync(workDir, { recursive: true, force: true })];
  const runCleanups = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error('[e2e harness] cleanup failed:', error);
      }
    }
  };

  try {
    const host = await startBrowserHost({
      dbFile: options.dbFile ?? path.join(workDir, 'chart.sqlite'),
      rendererDir: RENDERER_OUT_DIR,
      migrationsFolder: MIGRATIONS_DIR,
      checkOutputs: true,
    });
    cleanups.push(() => host.close());
    const ownerId = options.signIn !== false ? await signInOwner(host) : null;

    const context = await chromium.launchPersistentContext(path.join(workDir, 'profile'), {
      executablePath,
      headless: options.headless ?? process.env.STIPPLE_E2E_HEADED !== '1',
      args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])],
      viewport: VIEWPORT,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      serviceWorkers: 'block',
      acceptDownloads: options.acceptDownloads ?? false,
    });
    cleanups.push(() => context.close());
    if (ownerId !== null) await signInContext(context, host, ownerId, E2E_OWNER.pin);

    const requests: string[] = [];
    const pageErrors: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const watch = (page: Page) => {
      page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const where = message.location().url;
        pageErrors.push(`console: ${message.text()}${where ? ` (${where})` : ''}`);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    const page = context.pages()[0] ?? (await context.newPage());

    return {
      host,
      context,
      page,
      requests,
      pageErrors,
      async gotoApp(route = '/') {
        const hash = route.startsWith('#') ? route : `#${route.startsWith('/') ? route : `/${route}`}`;
        await page.goto(`${host.origin}/?token=${encodeURIComponent(host.token)}${hash}`, { waitUntil: 'load' });
      },
      async screenshot(name) {
        fs.mkdirSync(RESULTS_DIR, { recursive: true });
        const file = path.join(RESULTS_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
        await page.screenshot({ path: file, fullPage: true });
        return file;
      },
      nonLocalRequests() {
        return requests.filter((url) => !isLocalRequest(url, host.origin));
      },
      stop: runCleanups,
    };
  } catch (error) {
    await runCleanups();
    throw error;
  }
}

/** Calls the API as the page itself (its own session cookie), as the renderer would. */
export async function callAsPage(
  page: Page,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ([c, i]) => {
      const res = await fetch(`/api/${encodeURIComponent(c)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(i),
      });
      return (await res.json()) as { ok: boolean };
    },
    [channel, input] as const,
  );
}

// Locators for the app's stable landmarks (the renderer keeps these names and labels).

/** A main navigation link: "Clients", "Reception", "Aftercare", "Settings". */
export function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation').getByRole('link', { name, exact: true });
}

/** The "New client" control on the client list: a button or a link styled as one. */
export function newClientControl(page: Page): Locator {
  return page.getByRole('button', { name: 'New client', exact: true }).or(page.getByRole('link', { name: 'New client', exact: true }));
}

/** A client's row in the list: the link or button with their name, which opens the chart. Pass
 *  "First Last"; the client list writes it surname first ("Last, First"), as it sorts. */
export function clientRow(page: Page, fullName: string): Locator {
  const [first, ...rest] = fullName.split(' ');
  const listed = rest.length ? `${rest.join(' ')}, ${first}` : fullName;
  return page
    .getByRole('link', { name: listed, exact: true })
    .or(page.getByRole('link', { name: fullName, exact: true }))
    .or(page.getByRole('button', { name: fullName, exact: true }));
}

/** Signs in at the sign-in panel as a person would: their name from the list, then their PIN and Enter. */
export async function signInAtPanel(page: Page, name: string, pin: string): Promise<void> {
  const panel = page.getByRole('dialog');
  await panel.waitFor({ state: 'visible' });
  await panel.getByRole('radio', { name: new RegExp(`^${name}\\b`) }).check();
  const field = panel.getByLabel('PIN', { exact: true });
  await field.fill(pin);
  await field.press('Enter');
  await panel.waitFor({ state: 'hidden' });
}
