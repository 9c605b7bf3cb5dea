// The clinic network's "Done when", in real Chromium: a hub with its own window (the reception
// board) and two workstations, each paired through a proxy of its own that the test can cut as a
// pulled cable. Reception at A takes a deposit while the practitioner at B charts a session; B's
// cable is pulled; B charts another session offline (kept in its outbox, payments disabled with the
// reason); the cable goes back and, with no click, B's outbox goes to the hub by itself. The hub's
// board, A's chart and the hub file's audit trail then agree: both sessions once, the deposit paid,
// the practitioner named for both, the offline one at the time it was saved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, RENDERER_OUT_DIR } from '../../browser-host/build-renderer';
import { startPageServer, type PageServer } from '../../browser-host/page-server';
import { TEST_KEY } from '../../db/testing';
import { startHub, type RunningHub } from '../../network/hub';
import { hubClient } from '../../network/hub-client';
import { openOutbox } from '../../network/outbox';
import { pairWithHub } from '../../network/pair-client';
import { WORKSTATION_KEY } from '../../network/testing-clinic';
import { cuttableProxy, type CuttableProxy } from '../../network/testing-proxy';
import { workstationWindowApi, type WorkstationWindowApi } from '../../network/workstation-window-api';
import { CHROMIUM_ARGS, findChromium, RESULTS_DIR, signInAtPanel, VIEWPORT } from './harness';
import { ChartPageObject } from './pages/chart-page';

const DAY = 86_400_000;
const people = {
  owner: { name: 'Jo Owner', pin: '1111' },
  practitioner: { name: 'Pat Chair', pin: '2468' },
  reception: { name: 'Rae Desk', pin: '1357' },
} as const;

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-clinic-'));
const closers: (() => unknown)[] = [];
let hub: RunningHub;
let browser: Browser;
let practitionerId = 0;
let priyaId = 0;
let declanId = 0;

interface Workstation {
  proxy: CuttableProxy;
  api: WorkstationWindowApi;
  pages: PageServer;
}
let deskA: Workstation;
let chairB: Workstation;
let hubPages: PageServer;

let ownerAtHub: ReturnType<RunningHub['root']['client']>;
/** A call as the owner at the hub itself (one caller, signed in by auth.setupOwner). */
async function owner<T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> {
  ownerAtHub ??= hub.root.client();
  const r = await ownerAtHub.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

/** A session charted at the hub before the day starts (the session form itself is driven below). */
function earlier(clientId: number, planId: number, daysAgo: number, first: boolean) {
  return {
    clientId,
    planId,
    performedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
    practitionerId,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: 'MG-100',
    pigmentExpiry: '2031-01-31',
    needle: '1RL 0.25',
    zones: ['frontal_hairline', 'crown'],
    retention: first
      ? []
      : [
          { zone: 'frontal_hairline', rating: 'held_well', note: '' },
          { zone: 'crown', rating: 'held_well', note: '' },
        ],
  };
}

/** A workstation paired through its own proxy, with its own folder, key and page server; it resends by itself every 500 ms. */
async function workstation(name: string): Promise<Workstation> {
  const proxy = await cuttableProxy({ host: '127.0.0.1', port: hub.server.port });
  closers.push(() => proxy.close());
  const { code } = await owner<{ code: string }>('workstations.pairingCode', {});
  const link = await pairWithHub({ address: proxy.address, code, name });
  const api = workstationWindowApi({
    client: hubClient(link, { timeoutMs: 2000 }),
    folder: path.join(folder, name.replace(/\W+/g, '-')),
    key: WORKSTATION_KEY,
    retryAfterMs: 500,
    intervalMs: 500,
  });
  closers.push(() => api.close());
  const pages = await startPageServer({ api, rendererDir: RENDERER_OUT_DIR, log: () => {} });
  closers.push(() => pages.close());
  return { proxy, api, pages };
}

/** A browser window on a page server, signed in through the panel as a person would. */
async function openWindow(pages: PageServer, route: string, who: { name: string; pin: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers: 'block' });
  closers.push(() => context.close());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  closers.push(() => expect(errors).toEqual([]));
  await page.goto(`${pages.url}#${route}`);
  await signInAtPanel(page, who.name, who.pin);
  return page;
}

beforeAll(async () => {
  hub = await startHub({
    dbFile: path.join(folder, 'hub', 'chart.sqlite'),
    databaseKey: TEST_KEY,
    migrationsFolder: MIGRATIONS_DIR,
    host: '127.0.0.1',
    port: 0,
    checkOutputs: true,
    log: () => {},
  });
  closers.push(() => hub.close());
  await owner('auth.setupOwner', { name: people.owner.name, pin: people.owner.pin, confirmPin: people.owner.pin });
  for (const role of ['practitioner', 'reception'] as const) {
    const { id } = await owner<{ id: number }>('staff.create', { name: people[role].name, role });
    await owner('auth.setPin', { staffId: id, pin: people[role].pin });
    if (role === 'practitioner') practitionerId = id;
  }
  // Priya owes the deposit for her third session; Declan is at the chair for sessions 3 and 4.
  priyaId = (await owner<{ id: number }>('clients.create', { firstName: 'Priya', lastName: 'Raman' })).id;
  const priyaPlan = await owner<{ id: number }>('plans.create', {
    clientId: priyaId,
    quotedSessions: 3,
    priceMinor: 120000,
    currency: 'GBP',
    deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
  });
  await owner('sessions.chart', earlier(priyaId, priyaPlan.id, 40, true));
  await owner('sessions.chart', earlier(priyaId, priyaPlan.id, 20, false));
  declanId = (await owner<{ id: number }>('clients.create', { firstName: 'Declan', lastName: 'Murphy' })).id;
  const declanPlan = await owner<{ id: number }>('plans.create', {
    clientId: declanId,
    quotedSessions: 5,
    priceMinor: 150000,
    currency: 'GBP',
    deposits: [{ sessionNumber: 5, amountMinor: 8000 }],
  });
  await owner('sessions.chart', earlier(declanId, declanPlan.id, 42, true));
  await owner('sessions.chart', earlier(declanId, declanPlan.id, 21, false));

  deskA = await workstation('Reception PC');
  chairB = await workstation('Room 1 laptop');
  hubPages = await startPageServer({ api: hub.root, rendererDir: RENDERER_OUT_DIR, log: () => {} });
  closers.push(() => hubPages.close());
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  closers.push(() => browser.close());
});

afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const header = (page: Page) => page.locator('.app-header .link-status');

describe('the clinic network: a hub and two workstations, one of them cut off for a while', () => {
  it('keeps the chair charting offline and the hub’s board, the other desk’s chart and the audit trail agree once it is back', async () => {
    const [board, front, chair] = await Promise.all([
      openWindow(hubPages, '/reception', people.owner),
      openWindow(deskA.pages, `/clients/${priyaId}`, people.reception),
      openWindow(chairB.pages, `/clients/${declanId}`, people.practitioner),
    ]);
    const chart = new ChartPageObject(chair);
    const boardRow = (name: string, session: string) => board.getByRole('row').filter({ hasText: name }).filter({ hasText: session });
    await boardRow('Priya Raman', '3 of 3').getByText('Deposit outstanding').waitFor();

    /** Charts the next session at B through the form: every zone held well, a batch of its own. */
    const chartSession = async (n: number, batch: string) => {
      await chart.startSession(n);
      for (const zone of ['Frontal hairline', 'Crown']) await chart.chip(zone, 'Held well', chart.form);
      await chart.form.getByLabel('Batch / lot number').fill(batch);
      await chart.form.getByRole('button', { name: `Save session ${n}` }).click();
    };

    try {
      // 1. Reception at A takes Priya's deposit while the practitioner at B charts Declan's session 3.
      const deposit = front.getByTestId('deposit-3');
      await Promise.all([
        (async () => {
          await deposit.getByRole('button', { name: 'Record a payment' }).click();
          const payment = front.getByRole('form', { name: 'Payment towards the session 3 deposit' });
          await payment.getByLabel('Receipt number').fill('R-2001');
          await payment.getByRole('button', { name: 'Save payment' }).click();
          await deposit.getByText('£100.00 paid of £100.00').waitFor();
        })(),
        (async () => {
          await chartSession(3, 'ON-3');
          await chair.getByText('Session 3 saved.').waitFor();
        })(),
      ]);
      expect(await header(chair).count()).toBe(0); // connected and idle: the header says nothing

      // 2. B's cable is pulled. The header says so; payments are disabled with the reason.
      chairB.proxy.set('refuse');
      await expect.poll(() => header(chair).textContent(), { timeout: 5000 }).toMatch(/^Offline: 0 changes waiting\./);
      const pay = chair.getByTestId('deposit-5').getByRole('button', { name: 'Record a payment' });
      expect(await pay.isDisabled()).toBe(true);
      await chair
        .getByTestId('deposit-5')
        .getByRole('note')
        .getByText(/^Payments and deposits need the hub/)
        .waitFor();
      // The plan's own buttons too: booking and its status wait for the hub, each with why.
      for (const name of ['Book the next session', 'Change plan status']) {
        const button = chair.getByRole('button', { name });
        expect(await button.count(), name).toBeGreaterThan(0);
        expect(await button.first().isDisabled(), name).toBe(true);
      }
      await chair
        .getByRole('note')
        .getByText(/^Booking needs the hub/)
        .first()
        .waitFor();

      const savedBefore = Date.now();
      await chartSession(4, 'OFF-4');
      await chart.form.waitFor({ state: 'detached' });
      await chair.getByText(/^Session 4: Saved on this computer\./).waitFor();
      const savedAfter = Date.now();
      // Not offered again while it waits here (it is not in the chart until it reaches the hub).
      await chair.getByText('Session 5 can be charted once session 4 has reached the hub.').waitFor();
      expect(await chair.getByRole('button', { name: 'Chart session 4' }).count()).toBe(0);
      await expect.poll(() => header(chair).textContent()).toMatch(/^Offline: 1 change waiting\./);
      expect(await boardRow('Declan Murphy', '4 of 5').getByText('Performed', { exact: true }).count()).toBe(0);

      expect(await chart.seriousViolations()).toEqual([]);
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      await chair.evaluate(() => window.scrollTo(0, 0));
      await chair.screenshot({ path: path.join(RESULTS_DIR, 'clinic-network-b-offline.png') });
      await chair.getByTestId('deposit-5').scrollIntoViewIfNeeded();
      await chair.screenshot({ path: path.join(RESULTS_DIR, 'clinic-network-b-offline-plan.png') });
      // The line stays inside the header, and the header ends above the page: it covers nothing.
      const line = (await header(chair).boundingBox())!;
      const bar = (await chair.locator('.app-header').boundingBox())!;
      const main = (await chair.locator('main').boundingBox())!;
      expect(line.y).toBeGreaterThanOrEqual(bar.y);
      expect(line.y + line.height).toBeLessThanOrEqual(bar.y + bar.height);
      expect(bar.y + bar.height).toBeLessThanOrEqual(main.y);
      await new Promise((r) => setTimeout(r, 1200)); // two resend ticks while the cable is out: still offline, still waiting
      expect(await header(chair).textContent()).toMatch(/^Offline: 1 change waiting\./);

      // 3. The cable goes back. No click: the interval sends what waited, and the header clears.
      const reopened = Date.now();
      chairB.proxy.set('open');
      await header(chair).waitFor({ state: 'detached', timeout: 5000 });
      expect(chairB.api.workstation.status()).toMatchObject({ link: 'connected', waiting: 0, needsAttention: [] });
      // B's chart is read again from the hub: session 4 in it, session 5 next, still without a click.
      await chart.timelineEntry(4).getByText(/OFF-4/).waitFor();
      await chair.getByRole('button', { name: 'Chart session 5' }).waitFor();
      expect(await chair.getByText(/Saved on this computer/).count()).toBe(0);

      // The hub's own window: its board shows both sessions, each once, and Priya's deposit paid.
      for (const n of [3, 4]) {
        await boardRow('Declan Murphy', `${n} of 5`).getByText('Performed', { exact: true }).waitFor({ timeout: 5000 });
        expect(await boardRow('Declan Murphy', `${n} of 5`).count()).toBe(1);
      }
      await boardRow('Priya Raman', '3 of 3').getByText('Paid, not booked').waitFor();
      await board.screenshot({ path: path.join(RESULTS_DIR, 'clinic-network-hub-board.png') });

      // A's chart of Declan shows both, once each.
      await front.goto(`${deskA.pages.origin}/#/clients/${declanId}`);
      const timeline = new ChartPageObject(front);
      await timeline.timelineEntry(4).getByText(/OFF-4/).waitFor();
      await timeline.timelineEntry(3).getByText(/ON-3/).waitFor();
      expect(await front.locator('li[data-session-number="4"]').count()).toBe(1);

      // The hub file: each session once, the practitioner named for both, the offline one at its save time.
      const sqlite = hub.database.sqlite;
      const charted = sqlite
        .prepare(
          "SELECT id, number, pigment_batch AS batch, practitioner_id AS practitionerId FROM sessions WHERE client_id = ? AND status = 'performed' ORDER BY number",
        )
        .all(declanId) as { id: number; number: number; batch: string; practitionerId: number }[];
      expect(charted.map((s) => [s.number, s.batch])).toEqual([
        [1, 'MG-100'],
        [2, 'MG-100'],
        [3, 'ON-3'],
        [4, 'OFF-4'],
      ]);
      const audit = (id: number) =>
        sqlite
          .prepare("SELECT staff_id AS staffId, at FROM audit_log WHERE entity = 'session' AND entity_id = ? AND action = 'chart'")
          .all(String(id)) as { staffId: number; at: string }[];
      const [online] = audit(charted[2]!.id);
      const offline = audit(charted[3]!.id);
      expect(online?.staffId).toBe(practitionerId);
      expect(offline).toHaveLength(1);
      expect(offline[0]!.staffId).toBe(practitionerId);
      expect(Date.parse(offline[0]!.at)).toBeGreaterThanOrEqual(savedBefore - 1000);
      expect(Date.parse(offline[0]!.at)).toBeLessThanOrEqual(savedAfter);
      expect(Date.parse(offline[0]!.at)).toBeLessThan(reopened);
      const keys = sqlite
        .prepare('SELECT channel, staff_id AS staffId, saved_at AS savedAt FROM change_keys ORDER BY received_at')
        .all() as {
        channel: string;
        staffId: number | null;
        savedAt: string | null;
      }[];
      expect(keys.filter((k) => k.channel === 'sessions.chart')).toHaveLength(2);
      expect(keys.filter((k) => k.channel === 'deposits.recordPayment')).toHaveLength(1);
      const payments = sqlite.prepare('SELECT receipt FROM deposit_payments').pluck().all();
      expect(payments).toEqual(['R-2001']);
    } catch (error) {
      // What waits in B's outbox, for the reader of a failure.
      const waiting = openOutbox(path.join(folder, 'Room-1-laptop'), WORKSTATION_KEY);
      console.error(
        '[e2e] B’s outbox:',
        waiting.pending().map((e) => `${e.channel} ${e.state} ${e.savedAt}`),
      );
      waiting.close();
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      for (const [name, page] of [
        ['board', board],
        ['a', front],
        ['b', chair],
      ] as const) {
        await page.screenshot({ path: path.join(RESULTS_DIR, `clinic-network-failure-${name}.png`) }).catch(() => undefined);
      }
      throw error;
    }
  });
});
