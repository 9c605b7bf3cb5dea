// Pigment traceability in real Chromium, on a clinic with the demo's history (its retention model,
// bench/demo-retention-model.ts): add a pigment and a batch in Settings (warned as expiring and
// running out), chart a session with it from stock (clients like this one beside the form), recall
// the batch and find the client (CSV and a PDF read back), and open the retention breakdown where
// darker skin's heavier fading shows. Axe clean; 1280×800 screenshots.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoClinic } from '../../bench/demo-clinic';
import { addDays } from '../../core/dates';
import { RESULTS_DIR, startApp, type StippleApp } from './harness';
import { dateField, dateValue, typeDate } from './pages/date-field';
import { ChartPageObject } from './pages/chart-page';

let app: StippleApp;
beforeAll(async () => {
  app = await startApp({ acceptDownloads: true });
  generateDemoClinic(app.host.database.sqlite, { clients: 800, auditRecords: false });
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

async function saved(download: Promise<Download>, name: string): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-recall-')), name);
  await (await download).saveAs(file);
  return file;
}

/** The share shown in a breakdown table's row for one outcome, as a number. */
async function shareIn(table: Locator, row: string, column: number): Promise<number> {
  const cell = table
    .getByRole('row', { name: new RegExp(`^${row}\\b`) })
    .locator('td')
    .nth(column);
  return Number((await cell.textContent())!.replace('%', ''));
}

describe('pigment traceability and retention analytics', () => {
  it('adds a pigment and a batch, charts with it, recalls it and finds the client, and shows the planted retention effect', async () => {
    const { page } = app;
    const today = new Date().toISOString().slice(0, 10);
    try {
      // Settings: a new pigment, then a batch of it expiring in 40 days, one bottle.
      await app.gotoApp('/settings');
      const pigments = page.getByRole('region', { name: 'Pigments' });
      const addPigment = pigments.getByRole('form', { name: 'Add a pigment' });
      await addPigment.getByLabel('Brand').fill('Zeta Ink');
      await addPigment.getByLabel('Shade', { exact: true }).fill('Night');
      await addPigment.getByLabel(/Shade order/).fill('95');
      await addPigment.getByLabel(/Shade order/).press('Enter');
      await pigments.getByText('Zeta Ink Night was added to the pigment list.').waitFor();

      const batches = page.getByRole('region', { name: 'Pigment batches' });
      const addBatch = batches.getByRole('form', { name: 'Add a batch' });
      await addBatch.getByLabel('Pigment').selectOption({ label: 'Zeta Ink — Night' });
      await addBatch.getByLabel('Batch / lot number').fill('ZN-7788');
      await typeDate(dateField(addBatch, 'Expiry date'), addDays(today, 40));
      await addBatch.getByLabel('Bottles in stock').fill('1');
      await addBatch.getByRole('button', { name: 'Add the batch' }).click();
      await batches.getByText('Batch ZN-7788 of Zeta Ink Night was added to stock.').waitFor();
      const warnings = batches.getByRole('status', { name: 'Stock warnings' });
      await warnings.getByText(/Zeta Ink Night, batch ZN-7788: expires/).waitFor();
      await warnings.getByText('Zeta Ink Night: 1 bottle left').waitFor();
      await batches.scrollIntoViewIfNeeded();
      await app.screenshot('traceability-01-batches');
      await batches.screenshot({ path: path.join(RESULTS_DIR, 'traceability-01b-batches-section.png') });
      expect(await seriousViolations(page, '[aria-labelledby="batch-settings-title"]')).toEqual([]);

      // Charting with it: the batch picked from stock fills its expiry; clients like this one beside the form.
      const created = await app.host.api.callTyped('clients.create', {
        firstName: 'Ayodele',
        lastName: 'Traceworth',
        phone: '07700 900777',
        fitzpatrick: 5,
      });
      if (!created.ok) throw new Error(created.error.message);
      const clientId = created.data.id;
      await app.gotoApp(`/clients/${clientId}`);
      const chart = new ChartPageObject(page);
      await chart.startSession(1);
      const form = chart.form;
      await form.getByLabel('Pigment', { exact: true }).selectOption({ label: 'Night' });
      await form.getByLabel('Dilution').fill('1:3');
      await form.getByLabel('Needle configuration').fill('1RL 0.25');
      await chart.chip('Zones treated', 'Crown', form);
      await form.getByLabel('Batch / lot number').fill('ZN-7788');
      expect(await dateValue(dateField(form, 'Batch expiry'))).toBe(addDays(today, 40));
      const similar = form.getByRole('region', { name: 'Clients like this one' });
      await similar.getByText(/Fitzpatrick type V, in these zones: [\d,]+ zones assessed/).waitFor();
      await similar.getByRole('table', { name: 'Dilution' }).getByRole('row', { name: /^1:4/ }).waitFor();
      await similar.scrollIntoViewIfNeeded();
      await app.screenshot('traceability-02-session-form');
      await similar.screenshot({ path: path.join(RESULTS_DIR, 'traceability-02b-similar-clients.png') });
      await form.getByRole('button', { name: 'Save session 1' }).click();
      await page.getByText('Session 1 saved.').waitFor();

      // Recall: the batch number in another case finds the client with their phone and zones.
      await app.gotoApp('/traceability/recall');
      await page.getByLabel('Batch / lot number').fill('zn-7788');
      await page.getByRole('button', { name: 'Find clients' }).click();
      await page.getByText('1 session used batch zn-7788.').waitFor();
      const row = page.getByRole('table', { name: 'Clients who received batch zn-7788' }).getByRole('row', { name: /Traceworth, Ayodele/ });
      await row.getByText('07700 900777').waitFor();
      await row.getByText('Crown').waitFor();
      await app.screenshot('traceability-03-recall');
      expect(await seriousViolations(page)).toEqual([]);

      const csvDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const csvText = fs.readFileSync(await saved(csvDownload, 'recall.csv'), 'utf8');
      expect(csvText).toContain('Traceworth,Ayodele,07700 900777,1,');
      expect(csvText).toContain('Zeta Ink,Night,ZN-7788,Crown');

      const pdfDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save as PDF' }).click();
      const pdf = await saved(pdfDownload, 'recall.pdf');
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Recall of pigment batch zn-7788');
      expect(text).toContain('Traceworth, Ayodele');
      expect(text).toContain('07700 900777');

      // Retention analytics: heavy fading is markedly more common on Fitzpatrick V–VI (the demo's model).
      await app.gotoApp('/traceability/retention');
      const skin = page.getByRole('table', { name: 'Fitzpatrick skin type: retention outcomes, share of cases' });
      await skin.getByRole('row', { name: /^Type V\b/ }).waitFor();
      const heavyColumn = 3; // cases, held well, slight fading, heavy fading
      expect((await shareIn(skin, 'Type V', heavyColumn)) - (await shareIn(skin, 'Type II', heavyColumn))).toBeGreaterThan(5);
      const dilution = page.getByRole('table', { name: 'Dilution: retention outcomes, share of cases' });
      expect((await shareIn(dilution, '1:4', heavyColumn)) - (await shareIn(dilution, '1:1', heavyColumn))).toBeGreaterThan(8);
      await page.getByRole('img', { name: /Fitzpatrick skin type: share of each outcome/ }).waitFor();
      await app.screenshot('traceability-04-retention');
      expect(await seriousViolations(page)).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } catch (error) {
      await app.screenshot('traceability-failure');
      throw error;
    }
  }, 180_000);
});
