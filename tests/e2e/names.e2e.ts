// Names as clinics in Istanbul, Warsaw, Madrid, Dublin or Kyiv type them (issue 20): added through
// the form and the API, found in the client list by the searches a person would type, whatever the
// case and accents, and listed in the order Intl.Collator gives for the clinic's locale, in English
// and then in Turkish. Phone numbers are found however they are typed and shown for the country.
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
  app = await startApp();
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
});
