// Dates follow the clinic's locale, not the browser's (issue 19): the browser here is en-GB and the
// clinic en-US. The session form's date field in the clinic's order, typed in one go, one Tab stop,
// an impossible date refused beside it; charting in the future refused, before the previous session
// asked to confirm; booking in the past warned and confirmed; the client list's names surname first
// and "Lapsed"; the board's Find a client finding a client with no plan; the day list's print date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { RESULTS_DIR, startApp, type StippleApp } from './harness';
import { ChartPageObject } from './pages/chart-page';
import { dateField, shownDateTime, typeDate, typeDateTime } from './pages/date-field';

let app: StippleApp;
let chart: ChartPageObject;
let avaId = 0;
let planId = 0;
let session1At = '';

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A 'YYYY-MM-DDTHH:mm' value `days` from now at `hour`:00 local. */
function local(days: number, hour = 10): string {
  const d = new Date(Date.now() + days * DAY);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}
const US_DATE = /[A-Z][a-z]{2} \d{1,2}, \d{4}/; // "Nov 22, 2026": en-US, where en-GB writes "22 Nov 2026"

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
}
const chartInput = (clientId: number, performedAt: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  performedAt,
  pigmentBrand: 'Scalp Ink',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: 'US-1',
  pigmentExpiry: '2031-01-31',
  needle: '1RL 0.25',
  zones: ['crown'],
  ...extra,
});

beforeAll(async () => {
  app = await startApp();
  chart = new ChartPageObject(app.page);
  await api('settings.update', { locale: 'en-US' });
  avaId = (await api<{ id: number }>('clients.create', { firstName: 'Ava', lastName: 'Stone', phone: '07700 900111' })).id;
  planId = (await api<{ id: number }>('plans.create', { clientId: avaId, quotedSessions: 3, priceMinor: 90000, currency: 'GBP' })).id;
  session1At = new Date(Date.now() - 10 * DAY).toISOString();
  await api('sessions.chart', chartInput(avaId, session1At, { planId }));
  // Eli's last session was six years ago: the touch-up recall (3 years) passed long since.
  const eli = (await api<{ id: number }>('clients.create', { firstName: 'Eli', lastName: 'Marsh' })).id;
  await api('sessions.chart', chartInput(eli, new Date(Date.now() - 6 * 365 * DAY).toISOString()));
  // Noor has no plan and no session: not on the reception board.
  await api('clients.create', { firstName: 'Noor', lastName: 'Haddad', phone: '07700 900222' });
});

afterAll(async () => {
  await app?.stop();
});

describe('dates in the clinic’s locale', () => {
  it('charts with a date field in the clinic’s order, refusing impossible, future and out-of-order dates beside it', async () => {
    const { page } = app;
    try {
      await app.gotoApp(`/clients/${avaId}`);
      await chart.startSession(2);
      const form = chart.form;
      const performed = dateField(form, 'Performed at');
      // en-US order (month first) although the browser is en-GB.
      const order = await performed.locator('[data-type]:not([data-type="literal"])').evaluateAll((els) => els.map((e) => e.dataset.type));
      expect(order).toEqual(['month', 'day', 'year', 'hour', 'minute', 'dayPeriod']);

      // One Tab stop: from its first part, Tab leaves the field.
      await performed.locator('[data-type="month"]').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[role="group"]')?.textContent ?? 'outside')).not.toMatch(/\d{4}/);

      // A date typed in one go; an impossible one refused beside the field, also after leaving it.
      await typeDateTime(performed, '2026-02-31T10:30');
      const beside = form
        .locator('.date-field', { has: page.getByRole('group', { name: 'Performed at', exact: true }) })
        .locator('.field-error');
      await expect.poll(() => beside.textContent()).toBe('There is no day 31 in February 2026. Check the date.');
      await page.keyboard.press('Tab');
      await expect.poll(() => beside.textContent()).toBe('There is no day 31 in February 2026. Check the date.');

      // Fill the rest, then a date in the future: refused beside "Performed at", nothing saved.
      await chart.chip('Crown', 'Held well', form);
      await form.getByLabel('Pigment', { exact: true }).selectOption({ label: 'Medium Grey' });
      await form.getByLabel('Dilution').fill('1:3');
      await form.getByLabel('Needle configuration').fill('1RL 0.25');
      await form.getByLabel('Batch / lot number').fill('US-2');
      await typeDate(dateField(form, 'Batch expiry'), '2031-01-31');
      // The zones start from session 1's (the crown).
      const sessionsBefore = (await api<{ sessions: unknown[] }>('clients.chart', { id: avaId })).sessions.length;
      await typeDateTime(performed, local(1));
      expect(await shownDateTime(performed)).toMatch(/^\d{2}\/\d{2}\/\d{4}, 10:00 AM$/);
      await form.getByRole('button', { name: 'Save session 2' }).click();
      await expect.poll(() => beside.textContent()).toMatch(new RegExp(`^${US_DATE.source}, 10:00 AM has not come yet\\.`));

      // Before session 1: asked to confirm with a tick box under the field; nothing saved until then.
      await typeDateTime(performed, local(-20));
      await form.getByRole('button', { name: 'Save session 2' }).click();
      await expect.poll(() => beside.textContent()).toMatch(/^Session 1 was performed on .*, after this date\. Check the date, or confirm/);
      expect((await api<{ sessions: unknown[] }>('clients.chart', { id: avaId })).sessions).toHaveLength(sessionsBefore);
      await page.setViewportSize({ width: 1280, height: 800 });
      await performed.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(RESULTS_DIR, 'dates-session-form-1280.png') });
      await form.getByText(/The date is right: this session came before session 1/).click();
      await form.getByRole('button', { name: 'Save session 2' }).click();
      await chart.timelineEntry(2).waitFor();
      const history = await api<{ action: string }[]>('audit.history', {
        records: [{ entity: 'session', entityId: await latestSessionId() }],
      });
      expect(history.map((h) => h.action)).toContain('override:date-order');
    } catch (error) {
      await app.screenshot('dates-charting-failure');
      throw error;
    }
  });

  it('warns plainly when a booking is in the past, and books it only once confirmed', async () => {
    const { page } = app;
    try {
      await app.gotoApp(`/clients/${avaId}`);
      const planCard = page.getByRole('article', { name: 'Course of 3 sessions' });
      await planCard.getByRole('button', { name: 'Book the next session' }).click();
      const book = page.getByRole('form', { name: 'Book session 3' });
      // The window in the clinic's locale.
      await expect.poll(() => book.getByTestId('booking-window').textContent()).toMatch(new RegExp(`Book between .*${US_DATE.source}`));
      const when = dateField(book, 'Day and time');
      await typeDateTime(when, local(-1, 9));
      await expect
        .poll(() => book.locator('.field-warning').textContent())
        .toMatch(new RegExp(`^${US_DATE.source}, 09:00 AM is in the past\\.$`));
      await book.getByText('Book it for this past time anyway').waitFor();
      // Outside the window too: the API's message has its dates in the clinic's locale.
      await book.getByRole('button', { name: 'Book session 3' }).click();
      await book.getByText(new RegExp(`is in the past\\. Choose a later time, or confirm`)).waitFor();
      await book.getByText('Book it for this past time anyway').click();
      await book.getByRole('button', { name: 'Book session 3' }).click();
      await book.getByText(new RegExp(`Session 3 should be booked between ${US_DATE.source} and ${US_DATE.source}\\.`)).waitFor();
      await book.getByLabel('Reason for booking outside the window').fill('Entered late: agreed on the phone');
      await book.getByRole('button', { name: 'Book session 3' }).click();
      await page.getByTestId('booked-3').waitFor();
    } catch (error) {
      await app.screenshot('dates-booking-failure');
      throw error;
    }
  });

  it('lists names surname first, says so, and shows “Lapsed” for a client long past their recall', async () => {
    const { page } = app;
    await app.gotoApp('/clients');
    await page.getByRole('columnheader', { name: /Name \(surname first\)/ }).waitFor();
    await page.getByRole('link', { name: 'Stone, Ava', exact: true }).waitFor();
    const eli = page.locator('tr', { has: page.getByRole('link', { name: 'Marsh, Eli', exact: true }) });
    await expect.poll(() => eli.textContent()).toMatch(/Lapsed/);
    await expect.poll(() => eli.textContent()).toMatch(US_DATE); // the last session, in the clinic's locale
  });

  it('finds every client from the board, saying who has no plan, and prints the day list in the clinic’s locale', async () => {
    const { page } = app;
    await app.gotoApp('/reception');
    await page.getByLabel('Find a client').fill('Haddad');
    const others = page.getByRole('region', { name: /Other clients matching/ });
    await expect.poll(() => others.textContent()).toMatch(/Haddad, Noor · 07700 900222 · no plan/);
    await others.getByRole('link', { name: 'Haddad, Noor' }).waitFor();

    await page.getByRole('link', { name: 'Today’s booking list' }).click();
    await expect
      .poll(() => page.locator('body').textContent())
      .toMatch(new RegExp(`printed [A-Z][a-z]{2}, ${US_DATE.source}, \\d{2}:\\d{2} [AP]M`));
  });
});

async function latestSessionId(): Promise<number> {
  const c = await api<{ sessions: { id: number; number: number }[] }>('clients.chart', { id: avaId });
  return c.sessions.find((s) => s.number === 2)!.id;
}
