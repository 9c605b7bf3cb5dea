// Settings → Workstations in real Chromium, in a workstation window of a real hub on 127.0.0.1
// (TLS, a pinned certificate): the owner adds a workstation (code, address, fingerprint), sees the
// list, revokes one; axe finds nothing serious; keyboard only; a 1280×800 screenshot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, RENDERER_OUT_DIR } from '../../browser-host/build-renderer';
import { startPageServer, type PageServer } from '../../browser-host/page-server';
import { TEST_KEY } from '../../db/testing';
import { startHub, type RunningHub } from '../../network/hub';
import { hubClient } from '../../network/hub-client';
import { pairWithHub } from '../../network/pair-client';
import { workstationWindowApi, type WorkstationWindowApi } from '../../network/workstation-window-api';
import { CHROMIUM_ARGS, E2E_OWNER, findChromium, RESULTS_DIR, VIEWPORT } from './harness';

let hub: RunningHub;
let api: WorkstationWindowApi;
let pages: PageServer;
let browser: Browser;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-hub-'));

beforeAll(async () => {
  hub = await startHub({
    dbFile: path.join(folder, 'chart.sqlite'),
    databaseKey: TEST_KEY,
    migrationsFolder: MIGRATIONS_DIR,
    host: '127.0.0.1',
    port: 0,
    checkOutputs: true,
    log: () => {},
  });
  const desk = hub.root.client();
  await desk.call('auth.setupOwner', { name: E2E_OWNER.name, pin: E2E_OWNER.pin, confirmPin: E2E_OWNER.pin });
  const first = (await desk.call('workstations.pairingCode', {})) as { ok: true; data: { code: string } };
  const link = await pairWithHub({ address: hub.server.address, code: first.data.code, name: 'Reception PC' });
  api = workstationWindowApi({ client: hubClient(link), folder: path.join(folder, 'workstation'), key: TEST_KEY, intervalMs: 0 });
  pages = await startPageServer({ api, rendererDir: RENDERER_OUT_DIR, log: () => {} });
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await pages?.close();
  api?.close();
  await hub?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('Settings → Workstations on a workstation window of the hub', () => {
  it('adds a workstation with a code, lists and revokes, keyboard only and axe clean', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${pages.url}#/settings`);
    // Signs in as a person would, through the window's own proxy to the hub.
    const signIn = page.getByRole('dialog');
    await signIn.waitFor({ state: 'visible' });
    const pin = signIn.getByLabel(/PIN/);
    await pin.fill(E2E_OWNER.pin);
    await pin.press('Enter');
    await signIn.waitFor({ state: 'hidden' });

    const section = page.getByRole('region', { name: 'Workstations' });
    await section.getByRole('cell', { name: 'Reception PC', exact: true }).waitFor();
    const add = section.getByRole('button', { name: 'Add a workstation' });
    await add.focus();
    await page.keyboard.press('Enter');
    const shown = section.getByRole('heading', { name: /Pairing code: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/ });
    await shown.waitFor();
    await expect.poll(() => section.getByText(hub.server.fingerprint).count()).toBe(1);
    await expect.poll(() => section.getByText(hub.server.address, { exact: true }).count()).toBe(1);

    // A second workstation pairs with the code on screen; the list shows it (the hub's stale notice).
    const code = /Pairing code: (\S+)/.exec((await shown.textContent()) ?? '')![1]!;
    await pairWithHub({ address: hub.server.address, code, name: 'Room 2 laptop' });
    await section.getByRole('cell', { name: 'Room 2 laptop', exact: true }).waitFor();
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await shown.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'workstations-settings.png') });

    const axe = await new AxeBuilder({ page }).include('[aria-labelledby="workstation-settings-title"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    page.once('dialog', (d) => void d.accept());
    await section.getByRole('button', { name: 'Revoke Room 2 laptop' }).focus();
    await page.keyboard.press('Enter');
    await section.getByText('Room 2 laptop was revoked').waitFor();
    await section.getByText(/^Revoked /).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
