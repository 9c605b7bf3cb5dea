// The app in the signed-in person's language (issue 20's machinery): the owner chooses German for
// themselves in Settings; the menu and the settings read German at once and stay so after a reload,
// dates follow de-DE; a receptionist at another desk still reads the clinic's English; back to the
// clinic's language. axe clean on the settings page in German; screenshot at 1280×800.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, navLink, signInContext, startApp, VIEWPORT, type StippleApp } from './harness';

let app: StippleApp;
let browser: Browser;
let raeId = 0;

beforeAll(async () => {
  app = await startApp();
  const rae = await app.host.api.callTyped('staff.create', { name: 'Rae Reception', role: 'reception' });
  if (!rae.ok) throw new Error(rae.error.message);
  raeId = rae.data.id;
  const pin = await app.host.api.callTyped('auth.setPin', { staffId: raeId, pin: '3333' });
  if (!pin.ok) throw new Error(pin.error.message);
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the app in a person’s own language', () => {
  it('switches one person to German, leaves the other desk in English, and back', async () => {
    const { page } = app;
    await app.gotoApp('/settings');
    const choice = page.getByLabel('Language of the app');
    await choice.selectOption({ label: 'Deutsch (Deutschland)' });
    await expect.poll(() => navLink(page, 'Kunden').isVisible()).toBe(true);
    await expect.poll(() => navLink(page, 'Einstellungen').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Hauptmenü' }).count()).toBe(1);
    expect(await page.getByLabel('Sprache der App').inputValue()).toBe('de-DE');
    // The choice is the person's, kept by the hub, not the window's.
    await page.reload();
    await navLink(page, 'Kunden').waitFor({ state: 'visible' });
    const status = await app.host.api.callTyped('staff.list', {});
    expect(status.ok && status.data.find((s) => s.role === 'owner')?.locale).toBe('de-DE');

    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    expect(serious).toEqual([]);
    await page.setViewportSize(VIEWPORT);
    await app.screenshot('language-settings-de');

    // Another desk, another person: the clinic's language.
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers: 'block' });
    await signInContext(context, app.host, raeId, '3333');
    const front = await context.newPage();
    await front.goto(`${app.host.url}#/clients`, { waitUntil: 'load' });
    await navLink(front, 'Clients').waitFor({ state: 'visible' });
    expect(await navLink(front, 'Kunden').count()).toBe(0);
    await context.close();

    // Dates in German too: the reports' period line.
    await app.gotoApp('/reports');
    await expect
      .poll(() => page.locator('.report-period').textContent())
      .toMatch(/\d{1,2}\.[–-]\s?\d{1,2}\. \w+\.? \d{4}|\d{1,2}\. \w+\.? – \d{1,2}\. \w+\.? \d{4}/);

    await app.gotoApp('/settings');
    await page.getByLabel('Sprache der App').selectOption({ index: 0 });
    await expect.poll(() => navLink(page, 'Clients').isVisible()).toBe(true);
  });
});
