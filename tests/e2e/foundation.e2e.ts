// The foundation scenario: reception adds a client through the UI, finds them again with the
// search, opens their chart, reloads — and the chart is still there. The page never leaves 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientRow, newClientControl, navLink, startApp, type StippleApp } from './harness';
import { dateField, typeDate } from './pages/date-field';

const client = {
  firstName: 'Aisling',
  lastName: 'Moriarty',
  phone: '07700 900456',
  email: 'aisling.moriarty@example.ie',
  dateOfBirth: '1986-03-14',
};
const fullName = `${client.firstName} ${client.lastName}`;
// Already on file, so the search has something to filter out.
const other = { firstName: 'Marcus', lastName: 'Bellweather' };
const otherName = `${other.firstName} ${other.lastName}`;

let app: StippleApp;

beforeAll(async () => {
  app = await startApp();
  const seeded = await app.host.api.call('clients.create', other);
  expect(seeded.ok).toBe(true);
});

afterAll(async () => {
  await app?.stop();
});

describe('foundation', () => {
  it('adds a client, finds them by search, opens the chart, and keeps it across a reload', async () => {
    const { page } = app;
    try {
      await app.gotoApp('/');
      for (const name of ['Clients', 'Reception', 'Aftercare', 'Settings']) {
        await navLink(page, name).waitFor({ state: 'visible' });
      }

      // Add the client through the "New client" form.
      await navLink(page, 'Clients').click();
      await newClientControl(page).click();
      await page.getByLabel('First name', { exact: true }).fill(client.firstName);
      await page.getByLabel('Last name', { exact: true }).fill(client.lastName);
      await page.getByLabel('Phone', { exact: true }).fill(client.phone);
      await page.getByLabel('Email', { exact: true }).fill(client.email);
      await typeDate(dateField(page, 'Date of birth'), client.dateOfBirth);
      await page.getByRole('button', { name: 'Save client' }).click();

      // It reached the database with every detail (the page may go on to the chart or stay).
      await expect.poll(() => findInDatabase(client.lastName), { timeout: 10_000 }).toMatchObject(client);

      // Find them in the client list by typing in the search.
      await navLink(page, 'Clients').click();
      await clientRow(page, otherName).waitFor({ state: 'visible' });
      await page.getByLabel('Search clients').fill('moria');
      await clientRow(page, otherName).waitFor({ state: 'hidden' });
      await clientRow(page, fullName).click();

      // Their chart.
      await chartHeading(app, fullName).waitFor({ state: 'visible' });
      await page.getByText(client.phone, { exact: true }).waitFor({ state: 'visible' });
      await page.getByText(client.email, { exact: true }).waitFor({ state: 'visible' });
      const chartUrl = page.url();
      await app.screenshot('foundation-chart');

      // Reload: same chart, same details, straight from the database.
      await page.reload({ waitUntil: 'load' });
      expect(page.url()).toBe(chartUrl);
      await chartHeading(app, fullName).waitFor({ state: 'visible' });
      await page.getByText(client.phone, { exact: true }).waitFor({ state: 'visible' });
      await page.getByText(client.email, { exact: true }).waitFor({ state: 'visible' });
      await app.screenshot('foundation-chart-after-reload');
    } catch (error) {
      await app.screenshot('foundation-failure').catch(() => undefined);
      throw error;
    }

    // Offline by design: every request the page made went to the browser host on 127.0.0.1,
    // and the recording did see the API traffic.
    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.requests.some((url) => url.endsWith('/api/clients.create'))).toBe(true);
    expect(app.nonLocalRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

function chartHeading(app: StippleApp, name: string) {
  return app.page.getByRole('heading', { level: 1, name, exact: true });
}

async function findInDatabase(lastName: string): Promise<Record<string, unknown> | null> {
  const found = await app.host.api.call('clients.search', { query: lastName, includeArchived: true });
  if (!found.ok) throw new Error(found.error.message);
  const row = (found.data as { rows: { id: number; lastName: string }[] }).rows.find((r) => r.lastName === lastName);
  if (!row) return null;
  const chart = await app.host.api.call('clients.chart', { id: row.id });
  if (!chart.ok) throw new Error(chart.error.message);
  return (chart.data as { client: Record<string, unknown> }).client;
}
