// Settings → Pigments in real Chromium: add one (a bad shade order refused beside the field), change
// its name and order, retire it and offer it again, keyboard only; axe clean; a 1280×800 screenshot.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type StippleApp } from './harness';

let app: StippleApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const pigment = (shade: string) =>
  app.host.database.sqlite.prepare('SELECT brand, shade, darkness, active FROM pigments WHERE shade = ?').get(shade) as
    { brand: string; shade: string; darkness: number; active: number } | undefined;

describe('Settings → Pigments', () => {
  it('adds, renames, reorders, retires and offers again, with a field error for a bad order and nothing written', async () => {
    const { page } = app;
    await app.gotoApp('/settings');
    const section = page.getByRole('region', { name: 'Pigments' });
    await section.getByRole('table', { name: 'The clinic’s pigments' }).waitFor();
    const add = section.getByRole('form', { name: 'Add a pigment' });

    // Keyboard only: type into each field, Tab between them, Enter submits.
    await add.getByLabel('Brand').focus();
    await page.keyboard.type('Zeta Ink');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Night');
    await page.keyboard.press('Tab');
    await page.keyboard.type('150');
    const before = app.host.database.sqlite.prepare('SELECT count(*) FROM pigments').pluck().get();
    await page.keyboard.press('Enter');
    await add
      .getByText(/less than or equal to 100|100/)
      .first()
      .waitFor();
    expect(await add.getByLabel(/Shade order/).getAttribute('aria-invalid')).toBe('true');
    expect(app.host.database.sqlite.prepare('SELECT count(*) FROM pigments').pluck().get()).toBe(before);

    await add.getByLabel(/Shade order/).fill('');
    await add.getByLabel(/Shade order/).focus();
    await page.keyboard.type('95');
    await page.keyboard.press('Enter');
    await section.getByText('Zeta Ink Night was added to the pigment list.').waitFor();
    expect(pigment('Night')).toEqual({ brand: 'Zeta Ink', shade: 'Night', darkness: 95, active: 1 });

    await section.getByRole('button', { name: 'Change Zeta Ink Night' }).focus();
    await page.keyboard.press('Enter');
    const edit = section.getByRole('form', { name: 'Change Zeta Ink Night' });
    await edit.getByLabel('Shade', { exact: true }).fill('Midnight');
    await edit.getByLabel(/Shade order/).fill('90');
    await edit.getByLabel(/Shade order/).press('Enter');
    await section.getByText('Zeta Ink Midnight was saved.').waitFor();
    expect(pigment('Midnight')).toMatchObject({ darkness: 90, active: 1 });

    await section.getByRole('button', { name: 'Retire Zeta Ink Midnight' }).focus();
    await page.keyboard.press('Enter');
    await section.getByText('Zeta Ink Midnight is retired: no longer offered.').waitFor();
    expect(pigment('Midnight')?.active).toBe(0);
    await section.getByRole('button', { name: 'Offer Zeta Ink Midnight again' }).waitFor();

    const axe = await new AxeBuilder({ page }).include('[aria-labelledby="pigment-settings-title"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await app.screenshot('settings-pigments');

    await section.getByRole('button', { name: 'Offer Zeta Ink Midnight again' }).click();
    await section.getByText('Zeta Ink Midnight is offered again.').waitFor();
    expect(pigment('Midnight')?.active).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});
