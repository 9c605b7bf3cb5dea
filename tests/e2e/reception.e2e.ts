// Reception, end to end in Chromium over the browser host: quote a three-session plan on the chart;
// sessions 1 and 2 charted (through the API: the session form is tested in charting.e2e.ts); the
// client shows on the board as "deposit outstanding"; a partial then a full payment; session 3
// booked inside its window (after a refused try outside it); charted, and the deposit applied. The
// CSV (exactly as filtered) and the .ics export are caught as downloads and read with papaparse and
// ical.js; the printable day list; axe on the board; screenshots at 1280×800.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navLink, startApp, type StippleApp } from './harness';
import { dateField, dateValue, typeDateTime } from './pages/date-field';

let app: StippleApp;
let priyaId = 0;
let practitionerId = 0;

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A local date-time `days` from now at hh:00, as a datetime-local value and as an instant. */
function at(days: number, hour = 10) {
  const d = new Date(Date.now() + days * DAY);
  d.setHours(hour, 0, 0, 0);
  return {
    input: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`,
    instant: d.toISOString(),
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
  };
}

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

let charted = 0;
function charting(clientId: number, planId: number, performedAt: string, extra: Record<string, unknown> = {}) {
  charted += 1;
  return {
    clientId,
    planId,
    performedAt,
    practitionerId,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: `E2E-${charted}`,
    pigmentExpiry: '2031-01-31',
    needle: '1RL 0.25',
    zones: ['frontal_hairline', 'crown'],
    retention: extra.first ? [] : [{ zone: 'crown', rating: 'held_well', note: '' }],
    ...extra,
    first: undefined,
  };
}

async function download(page: Page, click: () => Promise<void>): Promise<{ d: Download; text: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await d.path();
  const bytes = fs.readFileSync(file);
  return { d, text: bytes.toString('utf8'), bytes };
}

beforeAll(async () => {
  app = await startApp({ acceptDownloads: true });
  practitionerId = (await api<{ id: number }>('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
  priyaId = (await api<{ id: number }>('clients.create', { firstName: 'Priya', lastName: 'Raman', phone: '07700 900321' })).id;
  // Another client already owing a deposit, so the board's filters have something to leave out.
  const tom = (await api<{ id: number }>('clients.create', { firstName: 'Tom', lastName: 'Baxter', phone: '07700 900654' })).id;
  const plan = await api<{ id: number }>('plans.create', {
    clientId: tom,
    quotedSessions: 3,
    priceMinor: 120000,
    currency: 'GBP',
    deposits: [{ sessionNumber: 3, amountMinor: 5000 }],
  });
  await api('sessions.chart', charting(tom, plan.id, at(-40).instant, { first: true }));
  await api('sessions.chart', charting(tom, plan.id, at(-10).instant));
});

afterAll(async () => {
  await app?.stop();
});

describe('reception', () => {
  it('quotes, takes the deposit, books session 3 in its window, applies the deposit, and exports', async () => {
    const { page } = app;
    try {
      // The clinic's default deposit, set in Settings, is what a new quote starts from.
      await app.gotoApp('/settings');
      const bookingSettings = page.getByRole('form', { name: 'Bookings and deposits' });
      await bookingSettings.getByLabel('Default booking deposit').fill('75');
      await bookingSettings.getByLabel('Third and later: latest, days after the previous').fill('14');
      await bookingSettings.getByRole('button', { name: 'Save booking settings' }).click();
      await bookingSettings.getByText('The latest day must not be before the earliest day.').waitFor();
      await bookingSettings.getByLabel('Third and later: latest, days after the previous').fill('28');
      await bookingSettings.getByRole('button', { name: 'Save booking settings' }).click();
      await bookingSettings.getByText('Saved.').waitFor();
      await app.screenshot('reception-settings');

      // Quote a three-session plan on the chart, with a £100 deposit for session 3.
      await app.gotoApp(`/clients/${priyaId}`);
      await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
      await page.getByRole('button', { name: 'Quote a plan' }).click();
      const quote = page.getByRole('form', { name: 'Quote a plan' });
      await quote.getByLabel('Sessions quoted').fill('3');
      expect(await quote.getByLabel('Session 3 deposit (GBP)').inputValue()).toBe('75.00');
      await quote.getByLabel('Price (GBP)').fill('abc');
      await quote.getByLabel('Session 3 deposit (GBP)').fill('100');
      await quote.getByRole('button', { name: 'Save quote' }).click();
      // A price that is not an amount is explained beside the price; the deposit typed stays.
      await expect.poll(() => quote.getByText('Enter the price as an amount, such as 1500 or 1500.00.').isVisible()).toBe(true);
      expect(await quote.getByLabel('Session 3 deposit (GBP)').inputValue()).toBe('100');
      await quote.scrollIntoViewIfNeeded();
      await app.screenshot('reception-quote-form');
      await quote.getByLabel('Price (GBP)').fill('1,500');
      await quote.getByRole('button', { name: 'Save quote' }).click();
      const planCard = page.getByRole('article', { name: 'Course of 3 sessions' });
      await planCard.waitFor();
      await planCard.locator('.plan-meta').getByText('£1,500.00').waitFor(); // the price (the payments panel repeats it)
      const deposit = planCard.getByTestId('deposit-3');
      await deposit.getByText('£0.00 paid of £100.00').waitFor();

      // Sessions 1 and 2 are charted at the chair (through the API here).
      const plans = await api<{ id: number }[]>('plans.list', { clientId: priyaId });
      const planId = plans[0]!.id;
      await api('sessions.chart', charting(priyaId, planId, at(-45).instant, { first: true }));
      await api('sessions.chart', charting(priyaId, planId, at(-23).instant));

      // The board: Priya with her deposit outstanding, 23 days after session 2.
      await navLink(page, 'Reception').click();
      const board = page.getByRole('table');
      const priyaRow = board.getByRole('row').filter({ hasText: 'Priya Raman' });
      await priyaRow.getByText('Deposit outstanding').waitFor();
      await priyaRow.getByText('23 days', { exact: true }).waitFor();
      await priyaRow.getByText('Due this week').waitFor();
      await priyaRow.getByText('£100.00').first().waitFor();
      expect(await page.getByTestId('outstanding-GBP').textContent()).toBe('£150.00');
      expect(await page.getByTestId('held-GBP').textContent()).toBe('£0.00');
      await app.screenshot('reception-board');
      const axe = await new AxeBuilder({ page }).include('main').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

      // A click on the row opens the chart; a partial payment, a refused one, then the rest.
      await priyaRow.getByText('Deposit outstanding').click();
      await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
      await deposit.getByRole('button', { name: 'Record a payment' }).click();
      const payment = page.getByRole('form', { name: 'Payment towards the session 3 deposit' });
      await payment.getByLabel('Amount (GBP)').fill('40');
      await payment.getByRole('button', { name: 'Save payment' }).click();
      await payment.getByText('Enter the receipt number.').waitFor();
      expect(await payment.getByLabel('Amount (GBP)').inputValue()).toBe('40');
      await payment.getByLabel('Receipt number').fill('R-1001');
      await payment.getByRole('button', { name: 'Save payment' }).click();
      await deposit.getByText('£40.00 paid of £100.00').waitFor();
      await deposit.getByText('£60.00 outstanding').waitFor();

      await deposit.getByRole('button', { name: 'Record a payment' }).click();
      expect(await payment.getByLabel('Amount (GBP)').inputValue()).toBe('60.00');
      await payment.getByLabel('Amount (GBP)').fill('70');
      await payment.getByLabel('Method').selectOption('cash');
      await payment.getByLabel('Receipt number').fill('R-1002');
      await payment.getByRole('button', { name: 'Save payment' }).click();
      await payment.getByText('Only £60.00 is outstanding on this deposit.').waitFor();
      await payment.getByLabel('Amount (GBP)').fill('60');
      await payment.getByRole('button', { name: 'Save payment' }).click();
      await deposit.getByText('£100.00 paid of £100.00').waitFor();
      await deposit.getByText('Paid', { exact: true }).waitFor();

      // Book session 3: the window in real dates; a date outside it asks for a reason.
      await planCard.getByRole('button', { name: 'Book the next session' }).click();
      const book = page.getByRole('form', { name: 'Book session 3' });
      const windowNote = book.getByTestId('booking-window');
      await expect.poll(() => windowNote.textContent()).toMatch(/^Book between .+ and .+ \(after session 2 on .+\)\.$/);
      await typeDateTime(dateField(book, 'Day and time'), at(10).input);
      await book.getByLabel('Practitioner').selectOption({ label: 'Jo Reyes' });
      await expect.poll(() => windowNote.textContent()).toMatch(/This date is 5 days late\./);
      await book.getByRole('button', { name: 'Book session 3' }).click();
      await book
        .getByText(/Session 3 should be booked between .* Give a reason to book outside this window\./)
        .first()
        .waitFor();
      await book.scrollIntoViewIfNeeded();
      await app.screenshot('reception-booking-outside-window');
      const inside = at(1);
      await typeDateTime(dateField(book, 'Day and time'), inside.input);
      await book.getByRole('button', { name: 'Book session 3' }).click();
      const booked = page.getByTestId('booked-3');
      await booked.waitFor();
      await app.screenshot('reception-chart-plans');
      const axeChart = await new AxeBuilder({ page }).include('.plans-section').analyze();
      expect(axeChart.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

      // On the board as booked; the CSV export holds exactly what the filter shows.
      await navLink(page, 'Reception').click();
      await priyaRow.getByText('Booked', { exact: true }).waitFor();
      expect(await page.getByTestId('held-GBP').textContent()).toBe('£100.00');
      await page.getByLabel('Show').selectOption({ label: 'Deposit outstanding' });
      await board.getByRole('row').filter({ hasText: 'Priya Raman' }).waitFor({ state: 'detached' });
      const outstandingCsv = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
      expect(outstandingCsv.d.suggestedFilename()).toMatch(/^stipple-reception-\d{4}-\d{2}-\d{2}\.csv$/);
      expect([...outstandingCsv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<Record<string, string>>(outstandingCsv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual([
        'Client',
        'Phone',
        'Session',
        'State',
        'Deposit',
        'Outstanding',
        'Plan balance',
        'Days since last',
        'Window',
        'Booked',
      ]);
      expect(parsed.data).toEqual([
        expect.objectContaining({ Client: 'Tom Baxter', State: 'Deposit outstanding', Outstanding: '50', Phone: '07700 900654' }),
      ]);

      await page.getByLabel('Show').selectOption({ label: 'Everything' });
      await page.getByLabel('Find a client').fill('raman');
      await page
        .getByRole('group', { name: 'Columns shown' })
        .or(page.getByText('Columns', { exact: true }))
        .first()
        .click();
      await page.getByRole('checkbox', { name: 'Phone' }).uncheck();
      const priyaCsv = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
      const rows = Papa.parse<Record<string, string>>(priyaCsv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      expect(rows.meta.fields).not.toContain('Phone');
      expect(rows.data).toEqual([
        expect.objectContaining({
          Client: 'Priya Raman',
          Session: '3 of 3',
          State: 'Booked',
          Deposit: '100',
          Outstanding: '0',
          Booked: inside.instant,
        }),
      ]);

      // The .ics calendar parses and holds the booking.
      const ics = await download(page, () => page.getByRole('button', { name: 'Export bookings (.ics)' }).click());
      expect(ics.d.suggestedFilename()).toMatch(/\.ics$/);
      expect(ics.text).toContain('\r\n');
      const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
        ['SMP session 3 of 3 – Priya Raman', inside.instant],
      ]);

      // The day's booking list, with a Print button.
      await app.gotoApp(`/reception/day/${inside.date}`);
      await page.getByRole('heading', { level: 1, name: /^Bookings for / }).waitFor();
      const dayRow = page.getByRole('row').filter({ hasText: 'Priya Raman' });
      await dayRow.getByText('Jo Reyes').waitFor();
      await dayRow.getByText('3 of 3').waitFor();
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.getByRole('button', { name: 'Print' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation').isVisible()).toBe(false);
      await app.screenshot('reception-day-list-print');
      await page.emulateMedia({ media: 'screen' });

      // Moving the booking asks why; the new time is kept.
      await app.gotoApp(`/clients/${priyaId}`);
      await booked.getByRole('button', { name: 'Move session 3' }).click();
      const move = page.getByRole('form', { name: 'Move the session' });
      await typeDateTime(dateField(move, 'New day and time'), inside.input.replace('T10:00', 'T14:00'));
      await move.getByRole('button', { name: 'Move session' }).click();
      await move.getByText('Enter why the session is moved.').waitFor();
      await move.getByLabel('Why it is moved').fill('Client asked for the afternoon');
      await move.getByRole('button', { name: 'Move session' }).click();
      await move.waitFor({ state: 'detached' });
      await booked.getByText(/14:00/).waitFor();

      // Session 3 is charted; its deposit is applied.
      const s3 = (
        await api<{ sessions: { id: number; number: number; version: number }[] }>('clients.chart', { id: priyaId })
      ).sessions.find((s) => s.number === 3)!;
      // Charted as done an hour ago (charting in the future is refused), though it was booked for later.
      const done = new Date(Date.now() - 3_600_000).toISOString();
      await api('sessions.chart', charting(priyaId, planId, done, { sessionId: s3.id, expectedVersion: s3.version }));
      await page.reload({ waitUntil: 'load' }); // charted elsewhere: read the chart afresh
      await deposit.getByText('Applied', { exact: true }).waitFor();
      await app.gotoApp('/reception');
      await priyaRow.getByText('Deposit applied').waitFor();
      expect(await page.getByTestId('held-GBP').textContent()).toBe('£0.00');

      // Tom's deposit: refunding what was never paid is refused beside the field; waiving it is not.
      await page.getByRole('row').filter({ hasText: 'Tom Baxter' }).getByText('Deposit outstanding').click();
      await page.getByRole('heading', { level: 1, name: 'Tom Baxter' }).waitFor();
      const tomDeposit = page.getByTestId('deposit-3');
      await tomDeposit.getByRole('button', { name: 'Change status' }).click();
      const status = page.getByRole('form', { name: 'Status of the session 3 deposit' });
      await status.getByLabel('New status').selectOption({ label: 'Refunded' });
      await status.getByLabel('Reason').fill('Moved abroad');
      await status.getByRole('button', { name: 'Save status' }).click();
      await status.getByText('Nothing has been paid towards this deposit, so it cannot be refunded; waive it instead.').waitFor();
      expect(await status.getByLabel('Reason').inputValue()).toBe('Moved abroad');
      await status.getByLabel('New status').selectOption({ label: 'Waived' });
      await status.getByRole('button', { name: 'Save status' }).click();
      await tomDeposit.getByText('Waived', { exact: true }).waitFor();
      await tomDeposit.getByText(/Moved abroad/).waitFor();
    } catch (error) {
      await app.screenshot('reception-failure').catch(() => undefined);
      throw error;
    }
    expect(app.nonLocalRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('adds a deposit to a plan quoted without one, then changes its amount', async () => {
    const { page } = app;
    try {
      const ana = (await api<{ id: number }>('clients.create', { firstName: 'Ana', lastName: 'Lima' })).id;
      await api('plans.create', { clientId: ana, quotedSessions: 4, priceMinor: 200000, currency: 'GBP' });
      await app.gotoApp(`/clients/${ana}`);
      const card = page.getByRole('article', { name: 'Course of 4 sessions' });
      await card.getByRole('button', { name: 'Add a deposit' }).click();
      const add = page.getByRole('form', { name: 'Add a deposit' });
      expect(await add.getByLabel('Amount (GBP)').inputValue()).toBe('75.00'); // the clinic default set earlier
      await add.getByLabel('Secures session').selectOption({ label: 'Session 4' });
      await add.getByRole('button', { name: 'Add deposit' }).click();
      await add.getByText('Enter the reason.').waitFor();
      await add.getByLabel('Reason').fill('Agreed at consultation');
      await add.getByRole('button', { name: 'Add deposit' }).click();
      const deposit = card.getByTestId('deposit-4');
      await deposit.getByText('£0.00 paid of £75.00').waitFor();

      await deposit.getByRole('button', { name: 'Change amount' }).click();
      const amount = page.getByRole('form', { name: 'Amount of the session 4 deposit' });
      await amount.getByLabel('New amount (GBP)').fill('60');
      await amount.getByLabel('Reason').fill('Loyalty discount');
      await amount.getByRole('button', { name: 'Save amount' }).click();
      await deposit.getByText('£0.00 paid of £60.00').waitFor();
    } catch (error) {
      await app.screenshot('reception-add-deposit-failure').catch(() => undefined);
      throw error;
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('quotes a touch-up recalled three years after the course and books it', async () => {
    const { page } = app;
    try {
      const lastCourse = (
        await api<{ sessions: { kind: string; status: string; performedAt: string | null }[] }>('clients.chart', { id: priyaId })
      ).sessions
        .filter((s) => s.kind === 'course' && s.status === 'performed')
        .map((s) => s.performedAt!)
        .sort()
        .at(-1)!;
      const d = new Date(lastCourse);
      const recall = `${d.getFullYear() + 3}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

      await app.gotoApp(`/clients/${priyaId}`);
      await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
      await page.getByRole('button', { name: 'Quote a plan' }).click();
      const quote = page.getByRole('form', { name: 'Quote a plan' });
      await quote.getByLabel('Kind').selectOption({ label: 'Touch-up' });
      expect(await dateValue(dateField(quote, 'Recall on'))).toBe(recall);
      await quote.getByLabel('Price (GBP)').fill('300');
      await quote.getByRole('button', { name: 'Save quote' }).click();
      const card = page.getByRole('article', { name: 'Touch-up' });
      await card.locator('.plan-meta').getByText('£300.00').waitFor();

      await card.getByRole('button', { name: 'Book the next session' }).click();
      const book = page.getByRole('form', { name: 'Book the touch-up' });
      await expect.poll(() => book.getByTestId('booking-window').textContent()).toMatch(/^Touch-up recall from /);
      await typeDateTime(dateField(book, 'Day and time'), `${recall}T11:00`);
      await book.getByRole('button', { name: 'Book the touch-up' }).click();
      await page.getByRole('button', { name: 'Move touch-up' }).waitFor();
      const chart = await api<{ sessions: { kind: string; status: string; number: number }[] }>('clients.chart', { id: priyaId });
      expect(chart.sessions.filter((s) => s.kind === 'touch_up').map((s) => [s.number, s.status])).toEqual([[1, 'booked']]);
    } catch (error) {
      await app.screenshot('reception-touch-up-failure').catch(() => undefined);
      throw error;
    }
    expect(app.pageErrors).toEqual([]);
  });
});
