// Several people at once: two browser contexts on one browser host, signed in as a practitioner
// and as reception. Each keeps its own name in the header; a client the practitioner adds appears
// in reception's list within a second with no reload; the audit entry names the practitioner; and
// locking one leaves the other signed in.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  clientRow,
  findChromium,
  navLink,
  newClientControl,
  signInContext,
  startApp,
  VIEWPORT,
  type StippleApp,
} from './harness';

let app: StippleApp;
let browser: Browser;
const people = { practitioner: { name: 'Pat Chair', pin: '2468' }, reception: { name: 'Rae Desk', pin: '1357' } };
const ids: Record<keyof typeof people, number> = { practitioner: 0, reception: 0 };

beforeAll(async () => {
  app = await startApp();
  for (const role of ['practitioner', 'reception'] as const) {
    const created = await app.host.api.callTyped('staff.create', { name: people[role].name, role });
    if (!created.ok) throw new Error(created.error.message);
    ids[role] = created.data.id;
    const pin = await app.host.api.callTyped('auth.setPin', { staffId: created.data.id, pin: people[role].pin });
    if (!pin.ok) throw new Error(pin.error.message);
  }
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A browser context of its own, signed in as `role`, showing the client list. */
async function desk(role: keyof typeof people): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers: 'block' });
  await signInContext(context, app.host, ids[role], people[role].pin);
  const page = await context.newPage();
  await page.goto(`${app.host.url}#/clients`, { waitUntil: 'load' });
  return { context, page };
}

const signedInAs = (page: Page) => page.locator('.signed-in');

describe('two people at two desks', () => {
  it('each keeps their own sign-in, sees the other’s new client within a second, and the audit names who did it', async () => {
    const chair = await desk('practitioner');
    const front = await desk('reception');
    // The token is gone from the address bar once exchanged for the context's own cookie.
    expect(chair.page.url()).toBe(`${app.host.origin}/#/clients`);
    await expect.poll(() => signedInAs(chair.page).textContent()).toContain(people.practitioner.name);
    await expect.poll(() => signedInAs(front.page).textContent()).toContain(people.reception.name);
    await navLink(front.page, 'Clients').waitFor({ state: 'visible' });

    // The practitioner adds a client at the chair.
    await newClientControl(chair.page).click();
    await chair.page.getByLabel('First name', { exact: true }).fill('Ömer');
    await chair.page.getByLabel('Last name', { exact: true }).fill('Çelik');
    await chair.page.getByRole('button', { name: 'Save client' }).click();
    const saved = await waitForClient('Çelik');
    const savedAt = Date.now();

    // Reception's list shows them without a reload, within a second of the save.
    await clientRow(front.page, 'Ömer Çelik').waitFor({ state: 'visible', timeout: 1000 });
    console.log(`[e2e] the new client appeared at the other desk ${Date.now() - savedAt} ms after the save`);
    const audit = app.host.database.sqlite
      .prepare("SELECT staff_id FROM audit_log WHERE entity = 'client' AND entity_id = ? AND action = 'create'")
      .pluck()
      .get(String(saved));
    expect(audit).toBe(ids.practitioner);

    // Still each their own person after the change.
    expect(await signedInAs(chair.page).textContent()).toContain(people.practitioner.name);
    expect(await signedInAs(front.page).textContent()).toContain(people.reception.name);

    // Locking the chair's window leaves the front desk signed in.
    await chair.page.getByRole('button', { name: 'Lock' }).click();
    await chair.page.getByRole('dialog').waitFor({ state: 'visible' });
    await front.page.reload();
    await expect.poll(() => signedInAs(front.page).textContent()).toContain(people.reception.name);
    await chair.context.close();
    await front.context.close();
  });
});

/** The new client's id, once the practitioner's save has reached the database. */
async function waitForClient(lastName: string): Promise<number> {
  const find = app.host.database.sqlite.prepare('SELECT id FROM clients WHERE last_name = ?').pluck();
  await expect.poll(() => find.get(lastName), { timeout: 10_000 }).toBeTypeOf('number');
  return find.get(lastName) as number;
}
