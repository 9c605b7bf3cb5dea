// Day fields in the clinic's locale, not the browser's (issue 20): the browser here is en-GB. The
// date of birth in en-GB, then German (day.month.year, its messages in German), then en-US (month
// first) on the reports' custom range and the day list: typed part by part, arrow keys, a half-typed
// or impossible date refused beside the field with nothing saved, an empty optional date left empty.
// axe clean; the client form and the reports page looked at in two locales at 1280×800.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../core/i18n/translate';
import { RESULTS_DIR, startApp, VIEWPORT, type StippleApp } from './harness';
import { clearDate, dateField, dateValue, shownDateTime, typeDate } from './pages/date-field';

let app: StippleApp;

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
}
const clients = async (query: string) => (await api<{ rows: { id: number }[] }>('clients.search', { query })).rows;
const dateOfBirth = async (id: number) =>
  (await api<{ client: { dateOfBirth: string | null } }>('clients.chart', { id })).client.dateOfBirth;

/** The parts of a date field, in the order it shows them. */
const order = (field: Locator) =>
  field.locator('[data-type]:not([data-type="literal"])').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
/** The message beside a date field. */
const beside = (page: Page, label: string) =>
  page.locator('.date-field', { has: page.getByRole('group', { name: label, exact: true }) }).locator('.field-error');

async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}
async function look(page: Page, name: string): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
}

/** The new-client form's words in the clinic's language (the screens read the catalogs). */
async function newClient(page: Page, first: string, last: string, locale = 'en-GB'): Promise<Locator> {
  await app.gotoApp('/clients/new');
  await page.getByLabel(translate(locale, 'clients.form.firstName'), { exact: true }).fill(first);
  await page.getByLabel(translate(locale, 'clients.form.lastName'), { exact: true }).fill(last);
  return dateField(page, translate(locale, 'clients.form.dateOfBirth'));
}

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

describe('day fields in the clinic’s locale', () => {
  it('en-GB: day first; half-typed and impossible dates refused beside the field, arrow keys, an empty one left empty', async () => {
    const { page } = app;
    try {
      const dob = await newClient(page, 'Ada', 'Quill');
      await expect.poll(() => order(dob)).toEqual(['day', 'month', 'year']);
      await expect.poll(() => shownDateTime(dob)).toBe('dd/mm/yyyy');

      // Half typed (day and month only): refused beside the field, nothing saved.
      await dob.locator('[data-type="day"]').focus();
      await page.keyboard.type('0205');
      await page.getByRole('button', { name: 'Save client' }).click();
      await expect.poll(() => beside(page, 'Date of birth').textContent()).toBe('Enter the whole date: day, month and year.');
      expect(await clients('Quill')).toEqual([]);

      // A day February 2023 did not have: refused, also after leaving the field.
      await typeDate(dob, '2023-02-29');
      await expect.poll(() => beside(page, 'Date of birth').textContent()).toBe('There is no day 29 in February 2023. Check the date.');
      // On leaving the field the day that cannot be is emptied, not shown as the 28th.
      await page.keyboard.press('Tab');
      await expect.poll(() => shownDateTime(dob)).toBe('dd/02/2023');
      await page.getByRole('button', { name: 'Save client' }).click();
      await expect.poll(() => beside(page, 'Date of birth').textContent()).toBe('There is no day 29 in February 2023. Check the date.');
      expect(await clients('Quill')).toEqual([]);
      await axeClean(page);
      await look(page, 'date-fields-client-form-en-GB-refused');

      // Typed again, then the day stepped up with the arrow key: 3 May 1984 is saved.
      await typeDate(dob, '1984-05-02');
      await expect.poll(() => shownDateTime(dob)).toBe('02/05/1984');
      await dob.locator('[data-type="day"]').focus();
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => shownDateTime(dob)).toBe('03/05/1984');
      await expect.poll(() => beside(page, 'Date of birth').count()).toBe(0);
      await page.getByRole('button', { name: 'Save client' }).click();
      await expect.poll(async () => (await clients('Quill')).length).toBe(1);
      expect(await dateOfBirth((await clients('Quill'))[0]!.id)).toBe('1984-05-03');

      // A date of birth emptied part by part on the chart's details: none kept.
      const quill = (await clients('Quill'))[0]!.id;
      await app.gotoApp(`/clients/${quill}`);
      await page.getByRole('button', { name: 'Edit details' }).click();
      const kept = dateField(page, 'Date of birth');
      await expect.poll(() => shownDateTime(kept)).toBe('03/05/1984');
      await clearDate(kept);
      await expect.poll(() => shownDateTime(kept)).toBe('dd/mm/yyyy');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => dateOfBirth(quill)).toBeNull();

      // No date of birth typed: none saved.
      await newClient(page, 'Bo', 'Nodate');
      await page.getByRole('button', { name: 'Save client' }).click();
      await expect.poll(async () => (await clients('Nodate')).length).toBe(1);
      expect(await dateOfBirth((await clients('Nodate'))[0]!.id)).toBeNull();
    } catch (error) {
      await app.screenshot('date-fields-en-GB-failure');
      throw error;
    }
  });

  it('de-DE: day.month.year, its messages in German, the reports’ range typed in that order', async () => {
    const { page } = app;
    try {
      await api('settings.update', { locale: 'de-DE' });
      const dob = await newClient(page, 'Jörg', 'Brückner', 'de-DE');
      await expect.poll(() => order(dob)).toEqual(['day', 'month', 'year']);
      await expect.poll(() => shownDateTime(dob)).toBe('tt.mm.jjjj');
      await typeDate(dob, '2027-02-29');
      await expect
        .poll(() => beside(page, translate('de-DE', 'clients.form.dateOfBirth')).textContent())
        .toBe('Der Februar 2027 hat keinen 29. Tag. Prüfen Sie das Datum.');
      // The month part is spoken with its German name.
      expect(await dob.locator('[data-type="month"]').getAttribute('aria-valuetext')).toMatch(/Februar/);
      await typeDate(dob, '1990-11-07');
      await expect.poll(() => shownDateTime(dob)).toBe('07.11.1990');
      await axeClean(page);
      await look(page, 'date-fields-client-form-de-DE');
      await page.getByRole('button', { name: translate('de-DE', 'clients.new.save') }).click();
      await expect.poll(async () => (await clients('Brückner')).length).toBe(1);
      expect(await dateOfBirth((await clients('Brückner'))[0]!.id)).toBe('1990-11-07');

      await app.gotoApp('/reports');
      await page.getByLabel(translate('de-DE', 'reports.period'), { exact: true }).selectOption('custom');
      const from = dateField(page, translate('de-DE', 'reports.from'));
      const to = dateField(page, translate('de-DE', 'reports.to'));
      await expect.poll(() => order(from)).toEqual(['day', 'month', 'year']);
      await typeDate(from, '2026-01-01');
      await typeDate(to, '2026-03-31');
      expect([await shownDateTime(from), await shownDateTime(to)]).toEqual(['01.01.2026', '31.03.2026']);
      await expect.poll(() => page.locator('.report-period').textContent()).toMatch(/^1\. Jan\.? – 31\. März 2026$/);
      // The last day before the first: refused beside "To".
      await typeDate(to, '2025-12-31');
      await expect
        .poll(() => beside(page, translate('de-DE', 'reports.to')).textContent())
        .toBe(translate('de-DE', 'checks.payments.lastBeforeFirst'));
      await typeDate(to, '2026-03-31');
      await expect.poll(() => beside(page, translate('de-DE', 'reports.to')).count()).toBe(0);
      await axeClean(page);
      await look(page, 'date-fields-reports-de-DE');
    } catch (error) {
      await app.screenshot('date-fields-de-DE-failure');
      throw error;
    }
  });

  it('en-US: month first on the reports, the client form and the day list', async () => {
    const { page } = app;
    try {
      await api('settings.update', { locale: 'en-US' });
      await app.gotoApp('/reports');
      await page.getByLabel('Period', { exact: true }).selectOption('custom');
      const from = dateField(page, 'From');
      await expect.poll(() => order(from)).toEqual(['month', 'day', 'year']);
      await typeDate(from, '2026-02-01');
      await typeDate(dateField(page, 'To'), '2026-02-28');
      await expect.poll(() => shownDateTime(from)).toBe('02/01/2026');
      await expect.poll(() => page.locator('.report-period').textContent()).toMatch(/^Feb 1\s?–\s?28, 2026$/);
      await axeClean(page);
      await look(page, 'date-fields-reports-en-US');

      const dob = await newClient(page, 'Cy', 'Usher');
      await expect.poll(() => order(dob)).toEqual(['month', 'day', 'year']);
      await typeDate(dob, '1975-12-24');
      await expect.poll(() => shownDateTime(dob)).toBe('12/24/1975');
      expect(await dateValue(dob)).toBe('1975-12-24');
      await axeClean(page);
      await look(page, 'date-fields-client-form-en-US');

      // The day list opens the day typed, once it is whole.
      await app.gotoApp('/reception/day/2026-06-15');
      const day = dateField(page, 'Day');
      await expect.poll(() => shownDateTime(day)).toBe('06/15/2026');
      await typeDate(day, '2026-07-04');
      await expect.poll(() => page.url()).toMatch(/#\/reception\/day\/2026-07-04$/);
      await page.getByRole('heading', { name: /Bookings for .*Jul.* 4, 2026/ }).waitFor();
      await axeClean(page);
      await look(page, 'date-fields-day-list-en-US');
    } catch (error) {
      await app.screenshot('date-fields-en-US-failure');
      throw error;
    }
  });
});
