// A new computer joins the clinic's hub from its first-run screen, in real Chromium: the browser
// host on a fresh database, served through network/join-hub.ts as `npm run browser` does, and a
// real hub on 127.0.0.1 (TLS, its own certificate). Keyboard only: "Join the clinic's hub instead",
// a wrong code shown beside the code field (axe clean, a 1280×800 screenshot), the right code, and
// the hub's staff at the sign-in; the empty database is gone, and a second window signs in too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAIRING_REFUSED } from '../../api/pair-workstation';
import { MIGRATIONS_DIR, RENDERER_OUT_DIR } from '../../browser-host/build-renderer';
import { startServedHost, type ServedHost } from '../../browser-host/server';
import { TEST_KEY } from '../../db/testing';
import { startHub, type RunningHub } from '../../network/hub';
import { startStipple, workstationFolderBeside } from '../../network/join-hub';
import { loadWorkstation } from '../../network/workstation-store';
import { CHROMIUM_ARGS, E2E_OWNER, findChromium, RESULTS_DIR, VIEWPORT } from './harness';

const NEW_COMPUTER_KEY = '4d'.repeat(32);
let hub: RunningHub;
let host: ServedHost;
let browser: Browser;
/** The owner at the hub's own window (signed in by setting up the owner). */
let desk: ReturnType<RunningHub['root']['client']>;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-join-'));
const dbFile = path.join(folder, 'new-computer', 'stipple.sqlite');

async function pairingCode(): Promise<string> {
  const r = (await desk.call('workstations.pairingCode', {})) as { ok: true; data: { code: string } };
  return r.data.code;
}

beforeAll(async () => {
  hub = await startHub({
    dbFile: path.join(folder, 'hub.sqlite'),
    databaseKey: TEST_KEY,
    migrationsFolder: MIGRATIONS_DIR,
    host: '127.0.0.1',
    port: 0,
    checkOutputs: true,
    log: () => {},
  });
  desk = hub.root.client();
  await desk.call('auth.setupOwner', { name: E2E_OWNER.name, pin: E2E_OWNER.pin, confirmPin: E2E_OWNER.pin });
  await desk.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  host = await startServedHost({
    dbFile,
    databaseKey: NEW_COMPUTER_KEY,
    rendererDir: RENDERER_OUT_DIR,
    migrationsFolder: MIGRATIONS_DIR,
    checkOutputs: true,
    log: () => {},
    serve: (openLocal) =>
      startStipple({
        databaseFile: dbFile,
        key: NEW_COMPUTER_KEY,
        openLocal: async () => {
          const local = await openLocal();
          return { api: local.root, close: () => local.close() };
        },
      }),
  });
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await hub?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('joining the clinic’s hub from the first-run screen', () => {
  it('joins by keyboard, shows a wrong code beside its field, then the hub’s sign-in', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Welcome to Stipple' }).waitFor();

    await page.getByRole('button', { name: 'Join the clinic’s hub instead' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Join the clinic’s hub' });
    await form.waitFor();
    // Back to setting up a clinic, and in again: the keyboard stays on the way in.
    await form.getByRole('button', { name: 'Back: set up a new clinic instead' }).focus();
    await page.keyboard.press('Enter');
    const joinLink = page.getByRole('button', { name: 'Join the clinic’s hub instead' });
    await expect.poll(() => joinLink.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const address = form.getByLabel('The hub’s address');
    await expect.poll(() => address.evaluate((el) => el === document.activeElement)).toBe(true);

    // Right certificate prefix, wrong secret: the hub refuses the code, and says so beside it.
    const good = await pairingCode();
    const wrong = `${good[0] === 'A' ? 'B' : 'A'}${good.slice(1)}`;
    await page.keyboard.type(hub.server.address);
    await page.keyboard.press('Tab');
    await page.keyboard.type(wrong.toLowerCase());
    await page.keyboard.press('Tab');
    await page.keyboard.type('Room 2 laptop');
    await page.keyboard.press('Enter');
    const code = form.getByLabel('Pairing code');
    await form.getByText(PAIRING_REFUSED.wrong).waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await code.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toBe(PAIRING_REFUSED.wrong);
    expect(await address.getAttribute('aria-invalid')).toBe('false');
    expect(fs.existsSync(workstationFolderBeside(dbFile))).toBe(false);
    expect(fs.existsSync(dbFile)).toBe(true);
    expect(hub.database.sqlite.prepare('SELECT count(*) FROM workstations').pluck().get()).toBe(0);

    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'join-hub-wrong-code.png') });
    expect(await seriousViolations(page, '.join-hub-form')).toEqual([]);

    // The right code: the sign-in that follows lists the hub's staff.
    await code.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(good);
    await page.keyboard.press('Enter');
    const signIn = page.getByRole('dialog');
    await signIn.getByText(E2E_OWNER.name).first().waitFor();
    await expect.poll(() => form.count()).toBe(0);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'join-hub-signed-in-view.png') });
    expect(await seriousViolations(page, '.lock-panel')).toEqual([]);
    const pin = signIn.getByLabel(/PIN/);
    await pin.fill(E2E_OWNER.pin);
    await pin.press('Enter');
    await signIn.waitFor({ state: 'hidden' });

    // This computer keeps no clinic of its own now: the hub lists it, and the pairing is sealed beside where the database was.
    expect(fs.existsSync(dbFile)).toBe(false);
    expect(loadWorkstation(workstationFolderBeside(dbFile), NEW_COMPUTER_KEY)).toMatchObject({ name: 'Room 2 laptop' });
    expect(hub.database.sqlite.prepare('SELECT name FROM workstations').pluck().all()).toEqual(['Room 2 laptop']);

    // A second window of this computer opens on the hub's sign-in, not the first-run screen.
    const second = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
    const other = await second.newPage();
    await other.goto(host.url);
    await other.getByRole('dialog').getByText(E2E_OWNER.name).first().waitFor();
    expect(await other.getByRole('heading', { name: 'Welcome to Stipple' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await second.close();
    await context.close();
  });
});
