// Aftercare end to end in Chromium over the browser host: the default template edited with its live
// PDF preview; a contradictory rule flagged beside its day before saving; a new version saved; then a
// sheet previewed, printed and saved as a PDF from a session, each print recorded in the chart with
// the version it used.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navLink, startApp, type StippleApp } from './harness';

let app: StippleApp;
let clientId = 0;

/** A 2×2 PNG, as a clinic logo. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGMQsckDIgYIBQATbgL5jI86ZgAAAABJRU5ErkJggg==',
  'base64',
);

/** Serious or critical accessibility problems on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  app = await startApp({ acceptDownloads: true });
  const api = app.host.api;
  const ok = async (channel: string, input: unknown) => {
    const r = await api.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data as { id: number };
  };
  await ok('settings.update', { clinicName: 'Harbour SMP Clinic', clinicPhone: '020 7946 0000', clinicAddress: '3 Quay Lane, Bristol' });
  clientId = (await ok('clients.create', { firstName: 'Tomasz', lastName: 'Eriksen' })).id;
  await ok('sessions.chart', {
    clientId,
    performedAt: '2026-11-23T10:00:00.000Z',
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: 'B-2231',
    pigmentExpiry: '2027-06-30',
    needle: '1RL 0.25',
    zones: ['crown'],
  });
});

afterAll(async () => {
  if (app?.pageErrors.length) console.error('[aftercare e2e] page errors:', app.pageErrors);
  await app?.stop();
});

describe('aftercare sheets', () => {
  it('edits the template with a live preview and flags a contradictory rule before saving', async () => {
    const { page } = app;
    await app.gotoApp('/aftercare');
    await expect.poll(() => navLink(page, 'Aftercare').getAttribute('class')).toMatch(/active/);
    await page.getByRole('button', { name: /Standard aftercare/ }).click();
    const editor = page.getByRole('form', { name: 'Aftercare template' });
    await expect.poll(() => editor.locator('fieldset').count()).toBe(8);

    // The live preview draws the real sheet.
    const preview = page.getByRole('complementary', { name: 'Live preview' });
    await preview.locator('canvas').waitFor({ timeout: 20_000 });
    await preview.locator('[data-up-to-date="true"]').waitFor();

    // A rule that says "wash as normal" on days 3–5 contradicts "keep completely dry" (days 0–4).
    await editor.getByRole('button', { name: 'Add a rule' }).click();
    const rule9 = editor.getByRole('group', { name: 'Rule 9' });
    await rule9.getByLabel('From day').fill('3');
    await rule9.getByLabel('To day').fill('5');
    await rule9.getByLabel('Instruction').fill('Wash your hair as normal');
    await expect.poll(() => rule9.getByLabel('From day').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => rule9.locator('.field-error').first().textContent()).toMatch(/contradicts rule 1 .*washing on days 3–4/);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'overlaps or contradicts' }).count()).toBe(1);
    await app.screenshot('aftercare-editor-flagged');
    expect(await seriousViolations(page)).toEqual([]);

    // Saving is refused while the rule is flagged; nothing is saved and nothing typed is lost.
    await editor.getByRole('button', { name: 'Save as version 2' }).click();
    expect(await rule9.getByLabel('Instruction').inputValue()).toBe('Wash your hair as normal');
    const v = await app.host.api.call('aftercare.templates.list', {});
    expect(v.ok && (v.data as { version: number }[])[0]!.version).toBe(1);

    // Fix it: remove the rule and sharpen the water-only instruction; the preview follows.
    await rule9.getByRole('button', { name: 'Remove rule 9' }).click();
    await editor
      .getByRole('group', { name: 'Rule 7' })
      .getByLabel('Instruction')
      .fill('Rinse with lukewarm water only: no soap or shampoo.');
    await preview.locator('[data-up-to-date="false"]').waitFor();
    await preview.locator('[data-up-to-date="true"]').waitFor({ timeout: 20_000 });
    await editor.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “Standard aftercare” as version 2.' }).waitFor();
    await page.getByRole('cell', { name: '2', exact: true }).first().waitFor(); // the versions table
    await app.screenshot('aftercare-editor-saved');
  });

  it('previews, prints and saves a sheet from a session and records each print in the chart', async () => {
    const { page } = app;
    // The clinic's logo, chosen in Settings, goes on the sheet.
    await app.gotoApp('/settings');
    const clinic = page.getByRole('form', { name: 'Clinic details' });
    await clinic.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG });
    await clinic.getByRole('img', { name: 'The clinic logo' }).waitFor();
    await clinic.getByRole('button', { name: 'Save clinic details' }).click();
    await clinic.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await app.gotoApp(`/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: 'Tomasz Eriksen' }).waitFor();
    // Headless Chromium has no print dialog: record what would be on paper when print is called.
    await page.evaluate(() => {
      const w = window as unknown as { printed: { pages: number; width: number; height: number; hidden: boolean }[] };
      w.printed = [];
      window.print = () => {
        const imgs = [...document.querySelectorAll<HTMLImageElement>('.print-layer img')];
        const app = document.getElementById('root')!;
        w.printed.push({
          pages: imgs.length,
          width: imgs[0]?.naturalWidth ?? 0,
          height: imgs[0]?.naturalHeight ?? 0,
          // With print media emulated: the app hidden, only the sheet's page on paper.
          hidden: getComputedStyle(app).display === 'none' && getComputedStyle(document.querySelector('.print-layer')!).display === 'block',
        });
      };
    });
    await page.getByRole('button', { name: 'Aftercare sheet' }).click();
    const panel = page.getByRole('region', { name: 'Aftercare sheet' });
    await panel.locator('canvas').waitFor({ timeout: 20_000 });
    await expect.poll(() => panel.textContent()).toMatch(/Uses “Standard aftercare”, version 2/);

    // Print media on, so the stub sees what paper would: the click goes to the button directly, as
    // print styles elsewhere in the app hide buttons.
    const printButton = await panel.getByRole('button', { name: 'Print' }).elementHandle();
    await page.emulateMedia({ media: 'print' });
    await printButton.evaluate((b) => (b as HTMLButtonElement).click());
    await panel
      .getByRole('status')
      .filter({ hasText: 'Printed and recorded on the session (Standard aftercare, version 2).' })
      .waitFor({ state: 'attached' });
    // One A4 page drawn at print resolution (595 × 842 pt at 3×), and the print layer gone again after.
    const printed = await page.evaluate(
      () => (window as unknown as { printed: { pages: number; width: number; height: number; hidden: boolean }[] }).printed,
    );
    expect(printed).toEqual([{ pages: 1, width: 1786, height: 2526, hidden: true }]);
    expect(await page.locator('.print-layer').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    const given = page.getByRole('list', { name: 'Aftercare sheets given for session 1' });
    await given.getByText(/Standard aftercare, version 2 · by/).waitFor();
    await app.screenshot('aftercare-sheet-printed');
    expect(await seriousViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Save as PDF' }).click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-pdf-')), 'sheet.pdf');
    const d = await download;
    expect(d.suggestedFilename()).toBe('Aftercare - Tomasz Eriksen - 2026-11-23.pdf');
    await d.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Aftercare for Tomasz Eriksen');
    expect(text).toContain('Harbour SMP Clinic');
    expect(text).toContain('Mon 23 Nov – Fri 27 Nov');
    expect(text).toContain('Rinse with lukewarm water only');
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).toMatch(/^\s*1\s+0\s+image\s+2\s+2\s/m); // the 2×2 logo
    await expect.poll(() => given.getByRole('listitem').count()).toBe(2);

    const chart = await app.host.api.call('clients.chart', { id: clientId });
    expect(chart.ok && (chart.data as { prints: { templateVersion: number }[] }).prints.map((p) => p.templateVersion)).toEqual([2, 2]);
    expect(app.nonLocalRequests()).toEqual([]);
    // Fonts travel inside the code (the desktop app loads from file://, where fetch() cannot read files).
    expect(app.requests.filter((url) => /\.ttf(\?|$)/.test(url))).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
