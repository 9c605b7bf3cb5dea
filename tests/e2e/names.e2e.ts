// Names as clinics in Istanbul, Warsaw, Madrid, Dublin or Kyiv type them (issue 20): added through
// the form and the API, found in the client list by the searches a person would type, whatever the
// case and accents, and listed in the order Intl.Collator gives for the clinic's locale, in English
// and then in Turkish. Phone numbers are found however they are typed and shown for the country.
// Then the clinic switches to German: Jürgen Weiß's chart, the session form (with a field error of
// its own) and his aftercare sheet speak German.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navLink, newClientControl, startApp, type StippleApp } from './harness';

const CLIENTS = [
  { firstName: 'Ömer', lastName: 'Çelik', phone: '+90 532 123 45 67' },
  { firstName: 'Łukasz', lastName: 'Wójcik', phone: '07700 900301' },
  { firstName: 'Zoë', lastName: 'Núñez' },
  { firstName: 'Анна', lastName: 'Иванова' },
  { firstName: 'Siobhán', lastName: 'Ó Briain', phone: '020 7946 0302' },
  { firstName: 'Pat', lastName: "O'Brien" },
  { firstName: 'Emre', lastName: 'Öztürk' },
  { firstName: 'Cem', lastName: 'Celik' },
  // Before Çelik in Turkish (Ç is a letter after C), after it in English.
  { firstName: 'Ali', lastName: 'Cemal' },
  { firstName: 'Dara', lastName: 'Dale' },
  { firstName: 'Zed', lastName: 'Zane' },
];
const listed = (c: { firstName: string; lastName: string }) => `${c.lastName}, ${c.firstName}`;

const SEARCHES: [string, string][] = [
  ['omer', 'Çelik, Ömer'],
  ['ömer', 'Çelik, Ömer'],
  ['ÖMER', 'Çelik, Ömer'],
  ['çelik', 'Çelik, Ömer'],
  ['celik', 'Çelik, Ömer'],
  ['lukasz', 'Wójcik, Łukasz'],
  ['łukasz', 'Wójcik, Łukasz'],
  ['zoe', 'Núñez, Zoë'],
  ['nunez', 'Núñez, Zoë'],
  ['анна', 'Иванова, Анна'],
  ['иванова', 'Иванова, Анна'],
  ['obriain', 'Ó Briain, Siobhán'],
  ['o briain', 'Ó Briain, Siobhán'],
  ['obrien', "O'Brien, Pat"],
  ['+90 532 123', 'Çelik, Ömer'],
  ['07700 900 301', 'Wójcik, Łukasz'],
  ['+44 (0)20 7946-0302', 'Ó Briain, Siobhán'],
];

let app: StippleApp;

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
}

/** Serious or critical accessibility problems on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The names in the list's table, top to bottom. */
async function namesShown(page: Page): Promise<string[]> {
  return page.locator('table tbody tr a').allTextContents();
}

const collatorOrder = (locale: string) => {
  const c = new Intl.Collator(locale);
  return [...CLIENTS].sort((a, b) => c.compare(a.lastName, b.lastName) || c.compare(a.firstName, b.firstName)).map(listed);
};

beforeAll(async () => {
  app = await startApp({ acceptDownloads: true });
  for (const c of CLIENTS.slice(1)) await api('clients.create', c);
});

afterAll(async () => {
  await app?.stop();
});

describe('names in every script', () => {
  it('adds Ömer Çelik through the form, and finds every client by the searches a person types', async () => {
    const { page } = app;
    try {
      await app.gotoApp('/clients');
      await newClientControl(page).click();
      await page.getByLabel('First name', { exact: true }).fill('Ömer');
      await page.getByLabel('Last name', { exact: true }).fill('Çelik');
      await page.getByLabel('Phone', { exact: true }).fill('+90 532 123 45 67');
      await page.getByRole('button', { name: 'Save client' }).click();
      await expect.poll(async () => (await api<{ total: number }>('clients.search', { query: 'çelik ömer' })).total).toBe(1);

      await navLink(page, 'Clients').click();
      const search = page.getByLabel('Search clients');
      for (const [query, name] of SEARCHES) {
        await search.fill(query);
        await expect.poll(() => namesShown(page), { timeout: 5000, message: `“${query}” finds ${name}` }).toContain(name);
      }
      // Folded alike: "celik" finds Çelik and Celik, and nobody else.
      await search.fill('celik');
      await expect.poll(() => namesShown(page)).toEqual(['Celik, Cem', 'Çelik, Ömer']);
      // No transliteration: Latin letters do not find a Cyrillic name.
      await search.fill('ivanova');
      await page.getByText('No clients match.').waitFor();
      expect(await namesShown(page)).toEqual([]);

      // A number abroad is shown in international form, one at home in the national form.
      await search.fill('ömer');
      await expect.poll(() => page.locator('table tbody tr').first().textContent()).toContain('+90 532 123 45 67');
      await search.fill('wójcik');
      await expect.poll(() => page.locator('table tbody tr').first().textContent()).toContain('07700 900301');
      await search.fill('');
      expect(await seriousViolations(page)).toEqual([]);
    } catch (error) {
      await app.screenshot('names-search-failure').catch(() => undefined);
      throw error;
    }
  });

  it('lists the clients in the order Intl.Collator gives for the clinic’s locale, in English and in Turkish', async () => {
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await app.gotoApp('/clients');
      await expect.poll(() => namesShown(page)).toEqual(collatorOrder('en-GB'));
      const english = await namesShown(page);
      // "Çelik" with the C's and "Ó Briain", "Öztürk" with the O's: never after Z.
      expect(english.indexOf('Çelik, Ömer')).toBeLessThan(english.indexOf('Dale, Dara'));
      expect(english.indexOf('Ó Briain, Siobhán')).toBeLessThan(english.indexOf('Zane, Zed'));
      expect(english.indexOf('Öztürk, Emre')).toBeLessThan(english.indexOf('Wójcik, Łukasz'));
      await app.screenshot('names-list-en-GB');

      await api('settings.update', { locale: 'tr-TR' });
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => namesShown(page)).toEqual(collatorOrder('tr-TR'));
      expect(collatorOrder('tr-TR')).not.toEqual(collatorOrder('en-GB')); // Ç after C in Turkish: the check has teeth
      // The country follows the locale's region: the Turkish number is national now.
      await page.getByLabel('Search clients').fill('0532 123');
      await expect.poll(() => namesShown(page)).toEqual(['Çelik, Ömer']);
      await expect.poll(() => page.locator('table tbody tr').first().textContent()).toContain('0532 123 45 67');
      await page.getByLabel('Search clients').fill('');
      await expect.poll(() => namesShown(page)).toEqual(collatorOrder('tr-TR'));
      await app.screenshot('names-list-tr-TR');
      expect(await seriousViolations(page)).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } catch (error) {
      await app.screenshot('names-order-failure').catch(() => undefined);
      throw error;
    }
  });

  it('switches the clinic to German and walks the chart, the session form and the aftercare sheet in German', async () => {
    const { page } = app;
    page.setDefaultTimeout(15_000); // a missing German text fails fast, with a screenshot
    try {
      const { id } = await api<{ id: number }>('clients.create', { firstName: 'Jürgen', lastName: 'Weiß' });
      await api('sessions.chart', {
        clientId: id,
        performedAt: new Date(Date.now() - 21 * 86_400_000).toISOString(),
        pigmentBrand: 'Scalp Ink',
        pigmentShade: 'Medium Grey',
        dilution: '1:3',
        pigmentBatch: 'B-7',
        pigmentExpiry: '2030-06-30',
        needle: '1RL 0.25',
        zones: ['crown'],
      });
      await api('settings.update', { locale: 'de-DE' });
      await page.setViewportSize({ width: 1280, height: 800 });
      await app.gotoApp(`/clients/${id}`);
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Jürgen Weiß' }).waitFor();
      await page.getByRole('region', { name: 'Anamnese und Einwilligung' }).waitFor();
      await page.getByRole('region', { name: 'Pläne, Anzahlungen und Termine' }).waitFor();
      await page.getByRole('heading', { name: 'Kontraindikationen' }).first().waitFor();
      // The menu too: it is read once the clinic's language is known, not before.
      await navLink(page, 'Kunden').waitFor();
      expect(await navLink(page, 'Clients').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await app.screenshot('german-clinic-chart');

      // The session form, in German; a field left empty is explained beside it in German.
      await page.getByRole('button', { name: 'Sitzung 2 dokumentieren', exact: true }).click();
      const form = page.getByRole('form', { name: 'Sitzung 2 dokumentieren' });
      await form.getByRole('group', { name: 'Haltbarkeit seit Sitzung 1' }).waitFor();
      await form.getByRole('group', { name: 'Behandelte Zonen' }).waitFor();
      await page.getByRole('complementary', { name: 'Vorherige Sitzung' }).getByText('Farbton').waitFor();
      await form.getByLabel('Behandler').waitFor();
      const needle = form.getByLabel('Nadelkonfiguration');
      await needle.fill('');
      await form.getByRole('button', { name: 'Sitzung 2 speichern' }).click();
      const needleError = form.locator('.field', { has: page.getByLabel('Nadelkonfiguration', { exact: true }) }).locator('.field-error');
      await expect.poll(() => needleError.textContent()).toBe('Geben Sie die Nadelkonfiguration ein.');
      await form.getByText('Beurteilen Sie, wie diese Zone seit der letzten Sitzung gehalten hat.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await app.screenshot('german-clinic-session');

      // Charted in German, then his aftercare sheet as a PDF in German.
      await needle.fill('3RL 0.30');
      await form.getByRole('group', { name: 'Wirbel', exact: true }).getByText('Gut gehalten', { exact: true }).click();
      await form.getByRole('button', { name: 'Sitzung 2 speichern' }).click();
      await page.getByText('Sitzung 2 gespeichert.').waitFor();
      const entry = page.locator('li[data-session-number="2"]');
      await entry.getByRole('button', { name: 'Nachsorgeblatt' }).click();
      const sheet = page.getByRole('region', { name: 'Nachsorgeblatt' });
      await sheet.locator('canvas').waitFor({ timeout: 20_000 });
      const download = page.waitForEvent('download');
      await sheet.getByRole('button', { name: 'Als PDF speichern' }).click();
      const d = await download;
      expect(d.suggestedFilename()).toMatch(/^Nachsorge - Jürgen Weiß - \d{4}-\d{2}-\d{2}\.pdf$/);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-pdf-')), 'sheet.pdf');
      await d.saveAs(file);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Nachsorge für Jürgen Weiß');
      expect(text).toContain('Tag für Tag');
      expect(text).toMatch(/Sitzung 2 · /);
      expect(app.pageErrors).toEqual([]);
    } catch (error) {
      await app.screenshot('german-clinic-failure').catch(() => undefined);
      throw error;
    }
  }, 60_000);
});
