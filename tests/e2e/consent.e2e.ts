// Signed consent in the real UI: the owner adds a question mapped to a temporary contraindication;
// the client answers it yes on the signing screen (charting is then blocked until an override, as
// for any contraindication), signs the treatment and the photo consent with a signature drawn with
// the mouse; the stored PDFs, read back with pdftotext, hold the text version, names, time and hash;
// and a new version of the consent text makes the next session ask again.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentKey, documentsFolderFor } from '../../db/document-store';
import { readKeyFile } from '../../db/key-file';
import { readPhoto, sha256 } from '../../db/photo-store';
import { callAsPage, RESULTS_DIR, startApp, type StippleApp } from './harness';

let app: StippleApp;
let clientId: number;
let joId: number;
beforeAll(async () => {
  app = await startApp();
  const jo = await app.host.api.call('staff.create', { name: 'Jo Reyes', role: 'practitioner' });
  expect(jo.ok).toBe(true);
  joId = (jo as { data: { id: number } }).data.id;
  const client = await app.host.api.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
  clientId = (client as { data: { id: number } }).data.id;
});
afterAll(async () => {
  await app?.stop();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A signature drawn as a hand would: mouse down, a wavy line across the pad, up. */
async function drawSignature(pad: Locator, page: Page): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + 30 + i * ((box.width - 80) / 40), y + Math.sin(i / 3) * 35, { steps: 2 });
  await page.mouse.up();
}

const viewportShot = async (page: Page, name: string) => {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
};

/** The stored PDF of a signed document, as plain text (pdftotext). */
function storedPdfText(pdfSha256: string): { text: string; bytes: Buffer } {
  const key = documentKey(readKeyFile(`${app.host.database.file}.key`));
  const bytes = readPhoto(documentsFolderFor(app.host.database.file), pdfSha256, key)!;
  expect(sha256(bytes)).toBe(pdfSha256);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'consent-e2e-')), 'signed.pdf');
  fs.writeFileSync(file, bytes);
  return { text: execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' '), bytes };
}

interface Status {
  signed: { id: number; kind: string; contentSha256: string; pdfSha256: string | null; signedAt: string; timeZone: string }[];
  reconsent: { due: boolean; message: string | null };
}

describe('signed consent', () => {
  it('edits the questionnaire, signs treatment and photo consent with a drawn signature, stores the PDFs, and asks again after a new text', async () => {
    const { page } = app;
    // The owner adds a question whose yes records a temporary contraindication (14 days).
    await app.gotoApp('/forms');
    const editor = page.getByRole('form', { name: 'Edit the medical questionnaire' });
    await editor.getByLabel('Question 15: words').waitFor();
    await editor.getByRole('button', { name: 'Add a question' }).click();
    await editor.getByLabel('Question 16: words').fill('Used a sunbed in the last two weeks?');
    await editor.getByLabel('Question 16: a yes means').selectOption({ label: 'Temporary' });
    await editor.getByLabel('Question 16: wait (days)').fill('14');
    await editor.getByLabel('Question 16: words').scrollIntoViewIfNeeded();
    await viewportShot(page, 'consent-01-forms-editor');
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByText('Saved the medical questionnaire as version 2.').waitFor();

    // The signing screen: every question answered, the new one yes; signing first without a signature.
    await app.gotoApp(`/clients/${clientId}/sign`);
    const form = page.getByRole('form', { name: 'Sign the Consent to scalp micropigmentation' });
    await form.getByText('Used a sunbed in the last two weeks?').waitFor();
    for (const group of await form.getByRole('list').first().getByRole('group').all()) await group.getByText('No', { exact: true }).click();
    await form.getByRole('group', { name: 'Used a sunbed in the last two weeks?' }).getByText('Yes', { exact: true }).click();
    await form.getByLabel('Details').fill('Last Saturday');
    await form.getByLabel('Practitioner').selectOption({ label: 'Jo Reyes' });
    await form.getByRole('button', { name: /^Sign the consent/ }).click();
    const padError = form.locator('.signature-field .field-error');
    await expect.poll(() => padError.textContent()).toBe('The client has not signed yet.');
    await viewportShot(page, 'consent-02-signing-screen');
    await app.screenshot('consent-02-signing-screen-full');
    expect(await seriousViolations(page)).toEqual([]);
    // A keyboard user reaches Clear and Sign.
    await form.getByRole('button', { name: 'Clear client’s signature' }).focus();
    await page.keyboard.press('Tab');

    await drawSignature(form.locator('canvas.signature-pad'), page);
    await form.getByRole('button', { name: /^Sign the consent/ }).click();
    await page.getByText(/Consent to scalp micropigmentation \(version 1\) signed by Sam Okafor/).waitFor();
    await page
      .getByRole('img', { name: /as it prints/ })
      .locator('canvas')
      .waitFor();
    await viewportShot(page, 'consent-03-signed-pdf-preview');
    expect(await seriousViolations(page)).toEqual([]);

    // Clinical photo consent, the same way.
    await page.getByRole('button', { name: 'Next: Clinical photo consent' }).click();
    const photoForm = page.getByRole('form', { name: 'Sign the Consent to clinical photographs' });
    await photoForm.getByLabel('Practitioner').selectOption({ label: 'Jo Reyes' });
    await drawSignature(photoForm.locator('canvas.signature-pad'), page);
    await photoForm.getByRole('button', { name: /^Sign the consent/ }).click();
    await page.getByText(/Consent to clinical photographs \(version 1\) signed by Sam Okafor/).waitFor();

    // What was stored: two signed documents, each with its PDF sealed beside the database.
    const status = (await app.host.api.call('consent.status', { clientId })) as { data: Status };
    const signed = status.data.signed;
    expect(signed.map((s) => s.kind).sort()).toEqual(['photo_consent', 'treatment_consent']);
    const treatment = signed.find((s) => s.kind === 'treatment_consent')!;
    const { text } = storedPdfText(treatment.pdfSha256!);
    expect(text).toContain('Consent to scalp micropigmentation');
    expect(text).toContain('Treatment consent (SMP), text version 1');
    expect(text).toContain('Used a sunbed in the last two weeks? Yes — Last Saturday');
    expect(text).toContain('Client: Sam Okafor');
    expect(text).toContain('Witnessed by: Jo Reyes');
    expect(text).toContain(`(${treatment.timeZone})`);
    expect(text).toMatch(/Signed \d{1,2} \w+ \d{4} at \d\d:\d\d/);
    expect(text).toContain(`SHA-256 of the signed content: ${treatment.contentSha256}`);
    // The file's own SHA-256 is in the audit entry that recorded it.
    const history = (await app.host.api.call('audit.history', { records: [{ entity: 'signed_document', entityId: treatment.id }] })) as {
      data: { entries: { action: string; after: { pdfSha256?: string } | null }[] };
    };
    expect(JSON.stringify(history.data)).toContain(treatment.pdfSha256!);
    const photos = (await app.host.api.call('photos.list', { clientId })) as { data: { consent: { clinicalAt: string | null } } };
    expect(photos.data.consent.clinicalAt).not.toBeNull();

    // The yes recorded the contraindication: charting is blocked until a practitioner gives a reason.
    await app.gotoApp(`/clients/${clientId}`);
    await page
      .getByText(/Used a sunbed in the last two weeks — Last Saturday/)
      .first()
      .waitFor();
    const session = {
      clientId,
      performedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      practitionerId: joId,
      prepDone: true,
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B-1',
      pigmentExpiry: '2030-06-30',
      needle: '3RL 0.30',
      zones: ['crown'],
    };
    const blocked = await callAsPage(page, 'sessions.chart', session);
    expect(blocked.ok).toBe(false);
    expect(JSON.stringify(blocked.error)).toMatch(/Charting is blocked by: Used a sunbed in the last two weeks/);
    const overridden = await callAsPage(page, 'sessions.chart', {
      ...session,
      contraindicationOverrideReason: 'Checked the scalp: no burn',
    });
    expect(overridden.ok).toBe(true);

    // A new version of the consent text: the next session asks for consent again.
    await app.gotoApp('/forms');
    await page.getByRole('button', { name: /Treatment consent \(SMP\)/ }).click();
    const consentEditor = page.getByRole('form', { name: 'Edit the treatment consent (SMP)' });
    const body = consentEditor.getByLabel('Text the client reads and signs');
    await body.fill(`${await body.inputValue()}\n\nI understand that the pigment may look slightly bluer in some lights over the years.`);
    await consentEditor.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByText('Saved the treatment consent (SMP) as version 2.').waitFor();
    await app.gotoApp(`/clients/${clientId}`);
    await page
      .locator('.session-start')
      .getByText(/The treatment consent changed to version 2 since the client agreed to version 1/)
      .waitFor();
    const after = (await app.host.api.call('consent.status', { clientId })) as { data: Status };
    expect(after.data.reconsent.due).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
