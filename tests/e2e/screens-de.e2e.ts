// The client list, the new-client form and reception in German (issue 20): the owner's own language
// set to de-DE; the list's heading, search label and empty state; the form's field error; the board
// and the day list with a booking on it. axe clean on each; screenshots at 1280×800.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navLink, startApp, VIEWPORT, type StippleApp } from './harness';

let app: StippleApp;
let ownerId = 0;

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** `days` from now at 11:00 local: the instant and the calendar date. */
function at(days: number) {
  const d = new Date(Date.now() + days * DAY);
  d.setHours(11, 0, 0, 0);
  return { instant: d.toISOString(), date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` };
}

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

async function axeSerious(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

beforeAll(async () => {
  app = await startApp();
  const staff = await api<{ id: number; role: string }[]>('staff.list', {});
  ownerId = staff.find((s) => s.role === 'owner')!.id;
  await api('staff.setLocale', { staffId: ownerId, locale: 'de-DE' });
  await app.page.setViewportSize(VIEWPORT);
});

afterAll(async () => {
  await app?.stop();
});

describe('the client and reception screens in German', () => {
  it('reads German on the client list, the new-client form, the board and the day list', async () => {
    const { page } = app;
    await app.gotoApp('/clients');
    await page.getByRole('heading', { level: 1, name: 'Kunden' }).waitFor();
    await page.getByLabel('Kunden suchen').waitFor();
    await page.getByText('Keine passenden Kunden.').waitFor();
    await page.getByRole('columnheader', { name: /Name \(Nachname zuerst\)/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Kunden importieren' }).count()).toBe(1);
    expect(await axeSerious(page)).toEqual([]);
    await app.screenshot('screens-de-client-list');

    // The new-client form: saved empty, the first name's error beside it, in German.
    await page.getByRole('link', { name: 'Neuer Kunde', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Neuer Kunde' }).waitFor();
    await page.getByRole('button', { name: 'Kunde speichern' }).click();
    await page.getByText('Bitte Vorname eingeben.').waitFor();
    expect(await page.getByLabel('Vorname').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Fitzpatrick-Hauttyp').selectOption({ label: 'Typ III' });
    await page.getByLabel('Telefon').fill('abc');
    await page.getByRole('button', { name: 'Kunde speichern' }).click();
    await page.getByText('Bitte die Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) - eingeben.').waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await app.screenshot('screens-de-new-client');

    // A client part-way through a course, and a booking tomorrow, for the board and the day list.
    const practitionerId = (await api<{ id: number }>('staff.create', { name: 'Jonas Brandt', role: 'practitioner' })).id;
    const lena = (await api<{ id: number }>('clients.create', { firstName: 'Lena', lastName: 'Vogelsang-Schröder', phone: '0221 123456' }))
      .id;
    const plan = await api<{ id: number }>('plans.create', {
      clientId: lena,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'EUR',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    });
    await api('sessions.chart', {
      clientId: lena,
      planId: plan.id,
      performedAt: at(-12).instant,
      practitionerId,
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'DE-1',
      pigmentExpiry: '2031-01-31',
      needle: '1RL 0.25',
      zones: ['frontal_hairline', 'crown'],
      retention: [],
    });
    const tomorrow = at(1);
    await api('sessions.book', {
      clientId: lena,
      planId: plan.id,
      bookedFor: tomorrow.instant,
      practitionerId,
      outsideHoursReason: 'Sondertermin',
      outsideWindowReason: 'Kundin verreist',
    });

    await navLink(page, 'Empfang').click();
    await page.getByRole('heading', { level: 1, name: 'Empfang' }).waitFor();
    await page.getByLabel('Kunden finden').waitFor();
    await page.getByText('Offene Anzahlungen').waitFor();
    const board = page.getByRole('region', { name: 'Empfangsübersicht' });
    await board.getByRole('row').filter({ hasText: 'Lena Vogelsang-Schröder' }).filter({ hasText: '2 von 3' }).waitFor();
    await board.getByRole('button', { name: 'Anzahlung' }).waitFor();
    await board.getByRole('button', { name: 'Tage seit letzter' }).waitFor();
    expect(await page.getByRole('button', { name: 'CSV exportieren' }).count()).toBe(1);
    expect(await axeSerious(page)).toEqual([]);
    await app.screenshot('screens-de-board');

    await page.getByRole('navigation', { name: 'Empfang' }).getByRole('link', { name: 'Tagesliste' }).click();
    await app.gotoApp(`/reception/day/${tomorrow.date}`);
    await page.getByRole('heading', { level: 1, name: /^Buchungen für / }).waitFor();
    await page.getByRole('columnheader', { name: 'Behandler' }).waitFor();
    await page.getByRole('cell', { name: '2 von 3', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Nächster Tag' }).waitFor();
    await page.getByText(/^1 Buchung · gedruckt /).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await app.screenshot('screens-de-day-list');

    await api('staff.setLocale', { staffId: ownerId, locale: null });
  });
});
