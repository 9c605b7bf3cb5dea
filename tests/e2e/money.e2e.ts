// Money end to end in Chromium over the browser host: a course quoted, three payments and a refund
// taken at the plan card (a bad amount refused beside its field), a receipt and a credit note saved
// as PDFs and read back with pdftotext, the course performed and completed, then every figure found
// in this month's report and in its CSV. Axe clean on the payments panel and the report; 1280×800.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type StippleApp } from './harness';

let app: StippleApp;
let clientId = 0;
let planId = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-money-'));

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(include).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function ok(channel: string, input: unknown) {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as { id: number; version: number };
}

async function downloadText(page: Page, button: Locator, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await button.click();
  const file = path.join(tmp, name);
  await (await download).saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

async function pdfText(page: Page, button: Locator, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await button.click();
  const file = path.join(tmp, name);
  await (await download).saveAs(file);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

beforeAll(async () => {
  app = await startApp({ acceptDownloads: true });
  await ok('settings.update', { clinicName: 'Harbour SMP Clinic', clinicAddress: '3 Quay Lane, Bristol', clinicTaxId: 'GB 987 6543 21' });
  clientId = (await ok('clients.create', { firstName: 'Tomasz', lastName: 'Eriksen' })).id;
  planId = (await ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150_000, currency: 'GBP' })).id;
});

afterAll(async () => {
  if (app?.pageErrors.length) console.error('[money e2e] page errors:', app.pageErrors);
  await app?.stop();
});

describe('a course from quote to completion', () => {
  it('takes three payments and a refund, prints a receipt and a credit note, and finds it all in the month’s report', async () => {
    const { page } = app;
    await app.gotoApp(`/clients/${clientId}`);
    const panel = page.getByRole('region', { name: 'Payments' });
    await panel.getByText('Still to pay').waitFor();

    const takeOne = async (kind: string, amount: string, method: string, extra: { reference?: string; reason?: string } = {}) => {
      await panel.getByRole('button', { name: 'Take a payment, refund or discount' }).click();
      const form = panel.getByRole('form', { name: 'Take a payment, refund or discount' });
      await form.getByLabel('What').selectOption({ label: kind });
      await form.getByLabel('Amount (GBP)').fill(amount);
      await form.getByLabel('Method').selectOption({ label: method });
      if (extra.reference) await form.getByLabel('Reference (optional)').fill(extra.reference);
      if (extra.reason) await form.getByLabel(kind === 'Payment' ? 'Note (optional)' : 'Reason').fill(extra.reason);
      await form.getByLabel('Amount (GBP)').press('Enter');
      return form;
    };

    // Too many decimals: refused beside the field, nothing written.
    const form = await takeOne('Payment', '500.005', 'Card terminal');
    await form.getByText('GBP has 2 decimal places; enter no more than that.').waitFor();
    expect(app.host.database.sqlite.prepare('SELECT count(*) FROM payments').pluck().get()).toBe(0);
    await form.getByLabel('Amount (GBP)').fill('500');
    await form.getByLabel('Amount (GBP)').press('Enter');
    await panel.getByText(/Payment of £500\.00 saved: Receipt 1\. Still to pay £1,000\.00\./).waitFor();

    await takeOne('Payment', '450', 'Cash');
    await panel.getByText(/Payment of £450\.00 saved: Receipt 2\./).waitFor();
    await takeOne('Payment', '550', 'Bank transfer', { reference: 'BACS 7781' });
    await panel.getByText(/Payment of £550\.00 saved: Receipt 3\. Still to pay £0\.00\./).waitFor();
    await takeOne('Refund', '75.50', 'Card terminal', { reason: 'Third session shortened' });
    await panel.getByText(/Refund of £75\.50 saved: Credit note 4\. Still to pay £75\.50\./).waitFor();

    expect(await seriousViolations(page, '.payments-panel')).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await app.screenshot('money-plan-payments');

    const receipt = await pdfText(page, panel.getByRole('button', { name: 'Save Receipt 3 as PDF' }), 'receipt-3.pdf');
    for (const s of [
      'Harbour SMP Clinic',
      'Tax number GB 987 6543 21',
      'Receipt 3',
      'Tomasz Eriksen',
      '£550.00',
      'Bank transfer',
      'BACS 7781',
      '£1,500.00',
    ])
      expect(receipt).toContain(s);
    const credit = await pdfText(page, panel.getByRole('button', { name: 'Save Credit note 4 as PDF' }), 'credit-4.pdf');
    for (const s of ['Credit note 4', 'Refunded', '£75.50', 'Third session shortened', 'Against receipt 3', 'Still to pay £75.50'])
      expect(credit).toContain(s);

    // The course is performed and completed (charted through the API, as the charting e2e covers the form).
    const now = Date.now();
    for (const [i, hours] of [5, 3, 1].entries()) {
      await ok('sessions.chart', {
        clientId,
        planId,
        performedAt: new Date(now - hours * 3_600_000).toISOString(),
        pigmentBrand: 'Scalp Ink',
        pigmentShade: 'Medium Grey',
        dilution: '1:3',
        pigmentBatch: `B-${i}`,
        pigmentExpiry: '2030-06-30',
        needle: '1RL 0.25',
        zones: ['crown'],
        outsideWindowReason: 'Test course in one day',
        ...(i > 0 ? { retention: [{ zone: 'crown', rating: 'held_well', note: '' }] } : {}),
      });
    }
    const plan = app.host.database.sqlite.prepare('SELECT version FROM treatment_plans WHERE id = ?').pluck().get(planId) as number;
    await ok('plans.setStatus', { id: planId, expectedVersion: plan, status: 'completed', reason: 'Course done' });

    await app.gotoApp('/reports');
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Payments per month' }).waitFor();
    const figures = async (region: string) => (await main.getByRole('region', { name: region }).innerText()).replace(/\s+/g, ' ');
    const money = await figures('Money taken');
    for (const s of ['Card terminal £500.00', 'Cash £450.00', 'Bank transfer £550.00', 'All payments £1,500.00', 'Refunds £75.50'])
      expect(money).toContain(s);
    const clinic = await figures('Sessions and clients');
    for (const s of ['Sessions performed 3', 'New clients 1', 'Plans completed 1', 'No-shows 0']) expect(clinic).toContain(s);
    const month = await figures('Payments per month');
    expect(month).toContain('£1,500.00');
    expect(await main.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page, 'main')).toEqual([]);
    await app.screenshot('money-report');

    const csv = await downloadText(page, main.getByRole('button', { name: 'Export CSV' }), 'report.csv');
    for (const line of [
      'Payments,Card terminal,500,GBP',
      'Payments,Cash,450,GBP',
      'Payments,Bank transfer,550,GBP',
      'Payments,Total,1500,GBP',
      'Refunds,Total,75.5,GBP',
      'Sessions,Performed,3,',
      'Clients,New clients,1,',
      'Plans,Completed,1,',
    ])
      expect(csv).toContain(line);
    expect(app.pageErrors).toEqual([]);
  });

  it('corrects a payment typed wrongly, by keyboard: a new entry with a reason and a credit note, never an edit', async () => {
    const { page } = app;
    const who = (await ok('clients.create', { firstName: 'Ada', lastName: 'Mwangi' })).id;
    const course = (await ok('plans.create', { clientId: who, quotedSessions: 2, priceMinor: 80_000, currency: 'GBP' })).id;
    const paid = await app.host.api.call('payments.take', {
      planId: course,
      kind: 'payment',
      amount: '600.00',
      currency: 'GBP',
      method: 'cash',
    });
    if (!paid.ok) throw new Error(paid.error.message);
    const rows = () => app.host.database.sqlite.prepare('SELECT count(*) FROM payments WHERE plan_id = ?').pluck().get(course);
    await app.gotoApp(`/clients/${who}`);
    const panel = page.getByRole('region', { name: 'Payments' });
    const button = panel.getByRole('button', { name: /^Correct this entry: the payment of £600\.00/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const form = panel.getByRole('form', { name: 'Correct this entry' });
    const amount = form.getByLabel('Amount to take off (GBP)');
    await expect.poll(() => amount.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await amount.inputValue()).toBe('600.00');

    // More than the payment was: refused beside the amount, nothing written.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('600.01');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Typed 600 for 60');
    await page.keyboard.press('Enter');
    const error = form.getByText('A correction cannot be more than what is left of the payment it corrects.');
    await error.waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await amount.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(rows()).toBe(1);
    expect(await seriousViolations(page, '.payments-panel')).toEqual([]);
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(tmp, 'money-correction-error.png') });

    await amount.fill('540');
    await amount.press('Enter');
    await panel.getByText(/Correction of £540\.00 saved: Credit note \d+\. Still to pay £740\.00\./).waitFor();
    expect(rows()).toBe(2);
    const ledger = (await panel.locator('table.ledger').innerText()).replace(/\s+/g, ' ');
    expect(ledger).toMatch(/Payment £600\.00 Cash/); // the payment itself is as it was
    expect(ledger).toMatch(/Correction of receipt \d+: Typed 600 for 60 £540\.00 Cash/);
    // What is left of the payment can still be corrected; the correction itself cannot.
    expect(await panel.getByRole('button', { name: /^Correct this entry/ }).count()).toBe(1);
    expect(await seriousViolations(page, '.payments-panel')).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await app.screenshot('money-correction');
    expect(app.pageErrors).toEqual([]);
  });
});
