// The appointment book's other half, end to end in Chromium over the browser host: a booking outside
// the client's window refused until a reason is given, one booking made with the keyboard only, and
// the day before it the "to contact" list (phone, message, an audited tick), printed as a PDF and an
// appointment card, both read back with pdftotext; axe on the list, screenshots at 1280×800.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type StippleApp } from './harness';
import { dateField, typeDateTime } from './pages/date-field';

let app: StippleApp;
const ids = { kim: 0, sam: 0, plan: 0 };
const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A Monday at least a week ahead, on this machine's clock. */
const monday = (() => {
  const d = new Date(Date.now() + 7 * DAY);
  d.setDate(d.getDate() + ((8 - d.getDay()) % 7));
  d.setHours(0, 0, 0, 0);
  return d;
})();
const on = (hour: number, days = 0) => {
  const d = new Date(monday);
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d;
};
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const isoLocal = (d: Date) => `${isoDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

const charting = (performedAt: Date, first: boolean) => ({
  clientId: ids.sam,
  planId: ids.plan,
  performedAt: performedAt.toISOString(),
  practitionerId: ids.kim,
  pigmentBrand: 'Scalp Ink',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: `CONTACT-${first ? 1 : 2}`,
  pigmentExpiry: '2031-01-31',
  needle: '1RL 0.25',
  zones: ['crown'],
  retention: first ? [] : [{ zone: 'crown', rating: 'held_well', note: '' }],
});

const samSessions = async () =>
  (await api<{ sessions: { number: number; status: string; bookedFor: string | null }[] }>('clients.chart', { id: ids.sam })).sessions;

async function downloadPdf(
  page: Page,
  click: () => Promise<void>,
  name: string,
): Promise<{ file: string; text: string; suggested: string }> {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-book-')), name);
  await d.saveAs(file);
  return {
    file,
    suggested: d.suggestedFilename(),
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  };
}

describe('booking rules, the keyboard, and reminders without the internet', () => {
  beforeAll(async () => {
    app = await startApp({ acceptDownloads: true });
    await api('settings.update', {
      clinicName: 'Harbour SMP Clinic',
      clinicAddress: '3 Quay Street\nBristol BS1 4DJ',
      clinicPhone: '0117 496 0000',
    });
    ids.kim = (await api<{ id: number }>('staff.create', { name: 'Kim Lee', role: 'practitioner' })).id;
    ids.sam = (await api<{ id: number }>('clients.create', { firstName: 'Sam', lastName: 'Okafor', phone: '07700 900123' })).id;
    ids.plan = (
      await api<{ id: number }>('plans.create', {
        clientId: ids.sam,
        quotedSessions: 3,
        priceMinor: 150000,
        currency: 'GBP',
        deposits: [{ sessionNumber: 3, amountMinor: 5000 }],
      })
    ).id;
    const [deposit] = await api<{ id: number; version: number }[]>('deposits.forPlan', { planId: ids.plan });
    await api('deposits.recordPayment', {
      depositId: deposit!.id,
      expectedVersion: deposit!.version,
      amountMinor: 5000,
      method: 'card',
      receipt: 'R-0001',
      paidAt: new Date().toISOString(),
    });
    // Session 2 was 22 days before the Monday: session 3's window (21–28 days) holds the Monday.
    await api('sessions.chart', charting(on(10, -40), true));
    await api('sessions.chart', charting(on(10, -22), false));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a booking outside the window without a reason, then books one with the keyboard only', async () => {
    const { page } = app;
    await app.gotoApp(`/reception/book?date=${isoDay(monday)}&view=day`);
    await page.locator('.rbc-time-view').waitFor();

    // Two weeks later is past the window: refused beside the field until a reason is given; nothing booked.
    await page.getByRole('button', { name: 'New booking' }).click();
    const form = page.getByRole('form', { name: 'Book a session' });
    await form.getByLabel('Client').fill('Okaf');
    await form.getByRole('button', { name: /Sam Okafor/ }).click();
    await form.getByTestId('book-window').waitFor();
    await typeDateTime(dateField(form, 'Day and time'), isoLocal(on(10, 14)));
    await form.getByLabel('Practitioner').selectOption(String(ids.kim));
    await form.getByRole('button', { name: 'Book session 3' }).click();
    await expect.poll(() => form.locator('.field-error').allTextContents()).toEqual([expect.stringMatching(/reason/i)]);
    expect((await samSessions()).filter((s) => s.status === 'booked')).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });

    // The keyboard only: Enter on "New booking" opens the form at its time (Sam is still chosen from
    // the booking cancelled above); Shift+Tab and Enter on "Change client" move to the client field;
    // typing finds Sam, Tab and Enter pick him and move on to the time, typed part by part; Enter books.
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.getAttribute('type'));
    await page.getByRole('button', { name: 'New booking' }).focus();
    await page.keyboard.press('Enter');
    const keyed = page.getByRole('form', { name: 'Book a session' });
    await expect.poll(active).toBe('spinbutton');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Change client');
    await page.keyboard.press('Enter');
    await expect.poll(active).toBe('search');
    await page.keyboard.type('Okaf');
    await keyed.getByRole('button', { name: /Sam Okafor/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Sam Okafor/);
    await page.keyboard.press('Enter');
    await keyed.getByTestId('book-window').waitFor();
    await expect.poll(active).toBe('spinbutton');
    // en-GB: day, month, year, hour, minute; each part moves on when full.
    const t = on(10);
    await page.keyboard.type(`${pad(t.getDate())}${pad(t.getMonth() + 1)}${t.getFullYear()}1000`);
    await page.keyboard.press('Tab'); // the length: empty, the usual three hours
    await page.keyboard.press('Enter');
    await keyed.waitFor({ state: 'detached' });
    await expect.poll(async () => (await samSessions()).find((s) => s.number === 3)?.bookedFor).toBe(on(10).toISOString());
    await page.locator('.rbc-event', { hasText: 'Sam Okafor' }).waitFor();

    // The month: how full each day is (Sam's three hours against eight each for Kim and the owner, whose
    // hours were never set: 180 of 960 minutes), each day a
    // button; M shows it, Enter on a day opens that day. Axe clean; a screenshot.
    await page.locator('body').focus();
    await page.keyboard.press('m');
    const day = page.getByRole('button', { name: new RegExp(`^Mon, ${monday.getDate()} .+: 1 booked, 19% full\\. Open the day\\.$`) });
    await day.waitFor();
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`),
    ).toEqual([]);
    await app.screenshot('book-month');
    await day.focus();
    await page.keyboard.press('Enter');
    await page.locator('.rbc-time-view .rbc-event', { hasText: 'Sam Okafor' }).waitFor();
    await app.screenshot('book-day-after-keyboard');
  });

  it('lists Sam the day before, ticks him as contacted, and prints the list and his card', async () => {
    const { page } = app;
    const sunday = isoDay(on(12, -1));
    await app.gotoApp(`/reception/contact?date=${sunday}`);
    const list = page.getByRole('list', { name: 'Clients to contact' });
    const sam = list.getByRole('listitem').filter({ hasText: 'Sam Okafor' });
    await sam.waitFor();
    await sam.getByText('07700 900123').waitFor();
    await sam.getByText('Booked tomorrow').waitFor();
    const message = await sam.getByLabel('Message').inputValue();
    expect(message).toMatch(
      /^Hi Sam, a reminder of your SMP session at Harbour SMP Clinic tomorrow, .+ at 10:00\. .+call 0117 496 0000\.$/,
    );

    // The tick is saved and audited.
    // Checked once saved (the box shows what is stored), so click and wait rather than check().
    await sam.getByRole('checkbox', { name: /Contacted/ }).click();
    await expect.poll(async () => sam.getByRole('checkbox', { name: /Contacted/ }).isChecked()).toBe(true);
    const saved = await api<{ items: { key: string; contacted: { id: number } | null }[] }>('book.toContact', { day: sunday });
    const tick = saved.items.find((i) => i.key.startsWith('booking:'))!.contacted!;
    const history = await api<{ entity: string; action: string }[]>('audit.history', {
      records: [{ entity: 'contact_tick', entityId: tick.id }],
    });
    expect(history.map((e) => `${e.entity} ${e.action}`)).toEqual(['contact_tick create']);

    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`),
    ).toEqual([]);
    await app.screenshot('book-to-contact');

    const printed = await downloadPdf(page, () => page.getByRole('button', { name: 'Save the list as PDF' }).click(), 'list.pdf');
    expect(printed.suggested).toBe(`To contact - ${sunday}.pdf`);
    expect(printed.text).toContain('To contact on');
    expect(printed.text).toContain('Sam Okafor');
    expect(printed.text).toContain('07700 900123');
    expect(printed.text).toContain(message.replace(/\s+/g, ' '));

    const card = await downloadPdf(page, () => sam.getByRole('button', { name: 'Save card as PDF' }).click(), 'card.pdf');
    expect(card.suggested).toMatch(/^Appointment card - Sam Okafor - \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(card.text).toContain('Harbour SMP Clinic');
    expect(card.text).toContain('3 Quay Street, Bristol BS1 4DJ');
    expect(card.text).toContain('Your next appointment');
    expect(card.text).toContain('10:00–13:00 (about 3 h)');
    expect(card.text).toContain('Session 3 of 3 with Kim Lee');
    expect(card.text).toContain('Keep your scalp completely dry');
    expect(execFileSync('pdfinfo', [card.file], { encoding: 'utf8' })).toMatch(/Page size:\s+297(\.\d+)? x 419/);
    // A rendered page of the card, to look at beside the screenshots.
    const out = path.join(process.cwd(), 'test-results', 'book-card');
    execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', card.file, out]);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-singlefile',
      printed.file,
      path.join(process.cwd(), 'test-results', 'book-to-contact-pdf'),
    ]);
    expect(app.nonLocalRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
