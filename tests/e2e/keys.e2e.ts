// Keys a clinic can live with, in the real UI: the recovery key shown once after the owner account is
// made (sheet, tick, last group typed back), Settings' Database key section (how the key is kept,
// plain backups encrypted or removed), and "Open a backup from another computer" on the first-run
// screen with a mistyped key named by its group. Each screen is checked with axe and photographed
// at 1280×800.
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { recoveryKeyGroups } from '../../core/recovery-key';
import { hasPlainHeader, keyOf } from '../../db/cipher';
import { backupFolderFor } from '../../db/location';
import { chromium } from 'playwright-core';
import { keyPromptHtml } from '../../electron/main/key-prompt-page';
import type { KeyPromptRequest } from '../../electron/main/key-store';
import { CHROMIUM_ARGS, findChromium, RESULTS_DIR, startApp, VIEWPORT, type StippleApp } from './harness';

let app: StippleApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A plain copy of the database in its backup folder: what an older Stipple's backup was. */
function plantPlainBackup(app: StippleApp, name: string): string {
  const folder = backupFolderFor(app.host.database.file);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  app.host.database.sqlite.prepare('VACUUM INTO ?').run(file);
  const copy = new Database(file);
  copy.pragma("cipher = 'sqlcipher'");
  copy.pragma('legacy = 4');
  copy.pragma(`key = "x'${keyOf(app.host.database.sqlite)!}'"`);
  copy.pragma('journal_mode = DELETE');
  copy.pragma("rekey = ''");
  copy.close();
  expect(hasPlainHeader(file)).toBe(true);
  return file;
}

describe('the recovery key', () => {
  it('is shown once after the owner account is made, confirmed by its last group, and then Settings says so', async () => {
    app = await startApp({ signIn: false });
    const { page } = app;
    await app.gotoApp('/clients');
    const setup = page.getByRole('dialog', { name: 'Welcome to Stipple' });
    await setup.getByLabel('Your name').fill('Olu Adeyemi');
    await setup.getByLabel('PIN (4 to 8 digits)').fill('2468');
    await setup.getByLabel('The same PIN again').fill('2468');
    await setup.getByRole('button', { name: 'Create the owner account' }).click();

    const panel = page.getByRole('dialog', { name: 'Your recovery key' });
    const groups = panel.getByRole('list', { name: 'The recovery key, in 14 groups' }).getByRole('listitem');
    await groups.first().waitFor({ state: 'visible' });
    expect(await groups.count()).toBe(14);
    const shown = (await groups.allInnerTexts()).map((t) => t.replace(/^\d+\s*/, '').trim());
    expect(shown).toEqual(recoveryKeyGroups(keyOf(app.host.database.sqlite)!));
    expect(await seriousViolations(page)).toEqual([]);
    await app.screenshot('keys-recovery-key');

    // Keyboard only: nothing ticked, then a wrong group, then the right one.
    await panel.getByLabel('To check, type the last group (group 14)').focus();
    await page.keyboard.type(shown[13]!);
    await page.keyboard.press('Enter');
    await panel.getByText('Tick the box once the recovery key is printed or written down.').waitFor({ state: 'visible' });
    await panel.getByLabel('I have printed or written down the recovery key').focus();
    await page.keyboard.press('Space');
    await panel.getByLabel('To check, type the last group (group 14)').fill(shown[0]!);
    await page.keyboard.press('Enter');
    await panel.getByText('That is not the last group of the recovery key.', { exact: false }).waitFor({ state: 'visible' });
    await app.screenshot('keys-recovery-key-wrong-group');
    await panel.getByLabel('To check, type the last group (group 14)').fill(shown[13]!.toLowerCase());
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'hidden' });

    await app.gotoApp('/settings');
    const section = page.getByRole('region', { name: 'Database key' });
    await section.getByText('The recovery key was shown once and written down.', { exact: false }).waitFor({ state: 'visible' });
    await expect.poll(() => section.getByTestId('key-protection').innerText()).toMatch(/^Kept in a key file \(.*chart\.sqlite\.key\)/);
    expect(app.pageErrors).toEqual([]);
    expect(app.nonLocalRequests()).toEqual([]);
  });
});

describe('plain backups from before encryption', () => {
  it('are listed in Settings, and each is encrypted or (after a confirmation) removed', async () => {
    app = await startApp();
    const { page } = app;
    const encryptMe = plantPlainBackup(app, 'stipple-2025-03-01T09-00-00-000Z.sqlite');
    const removeMe = plantPlainBackup(app, 'stipple-2025-03-02T09-00-00-000Z.sqlite');
    await app.gotoApp('/settings');
    const section = page.getByRole('region', { name: 'Database key' });
    const list = section.locator('.plain-backup-list li');
    await list.first().waitFor({ state: 'visible' });
    expect(await list.count()).toBe(2);
    await section.getByRole('heading', { name: 'Unencrypted backups from before' }).scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await app.screenshot('keys-settings-plain-backups');

    await list
      .filter({ hasText: path.basename(encryptMe) })
      .getByRole('button', { name: 'Encrypt' })
      .click();
    await section.getByText(`Encrypted and checked: ${encryptMe}.`, { exact: false }).waitFor({ state: 'visible' });
    expect(hasPlainHeader(encryptMe)).toBe(false);

    await list
      .filter({ hasText: path.basename(removeMe) })
      .getByRole('button', { name: 'Remove…' })
      .click();
    const confirm = section.getByRole('alertdialog', { name: `Remove ${removeMe}` });
    await confirm.waitFor({ state: 'visible' });
    await app.screenshot('keys-settings-remove-confirm');
    await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
    await section.getByText('None: every backup in Stipple’s backup folders is encrypted.').waitFor({ state: 'visible' });
    expect(fs.existsSync(removeMe)).toBe(false);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('a backup from another computer', () => {
  it('is opened from the first-run screen with the recovery key; a typo is named by its group', async () => {
    // "The other computer": a backup of a clinic with an owner, made with its own key.
    const old = await startApp();
    let backup: string;
    let oldGroups: string[];
    try {
      await old.host.api.call('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
      const made = await old.host.api.call('safety.backupNow', {});
      if (!made.ok) throw new Error(made.error.message);
      const carried = path.join(path.dirname(old.host.database.file), '..', `carried-${Date.now()}.sqlite`);
      fs.copyFileSync((made.data as { made: { file: string }[] }).made[0]!.file, carried);
      backup = carried;
      oldGroups = recoveryKeyGroups(keyOf(old.host.database.sqlite)!);
    } finally {
      await old.stop();
    }

    app = await startApp({ signIn: false });
    const { page } = app;
    await app.gotoApp('/clients');
    await page.getByRole('button', { name: 'Open a backup from another computer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a backup from another computer' });
    await dialog.getByLabel('Backup file').fill(backup);
    const typo = oldGroups.map((g, i) => (i === 8 ? `${g.slice(0, 4)}${g[4] === 'Q' ? 'R' : 'Q'}` : g)).join('-');
    await dialog.getByLabel('Recovery key').fill(typo);
    await dialog.getByRole('button', { name: 'Open this backup' }).click();
    await dialog.getByText(`Group 9 (${typo.split('-')[8]}) has a typo`, { exact: false }).waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    await app.screenshot('keys-other-computer');

    await dialog.getByLabel('Recovery key').fill(oldGroups.join(' '));
    await dialog.getByRole('button', { name: 'Open this backup' }).click();
    // The old clinic's staff are here now: the sign-in panel lists its owner.
    await page.getByText('Test Owner').waitFor({ state: 'visible', timeout: 30_000 });
    const clients = app.host.database.sqlite.prepare('SELECT first_name FROM clients').pluck().all();
    expect(clients).toEqual(['Sam']);
    fs.rmSync(backup, { force: true });
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the desktop app’s start-up key prompt (no keychain)', () => {
  it('asks for a passphrase twice, keyboard only, and hands over what was typed; axe clean in each mode', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
      // The preload's object, recording what the page hands over (setContent keeps the window's globals).
      await page.evaluate(() => {
        const w = window as unknown as { answers: (string | null)[]; stippleKeyPrompt: unknown };
        w.answers = [];
        w.stippleKeyPrompt = { submit: (t: string) => w.answers.push(t), cancel: () => w.answers.push(null) };
      });
      const requests: KeyPromptRequest[] = [
        { mode: 'create-passphrase', problem: null },
        { mode: 'enter-passphrase', problem: 'That passphrase does not open the chart database. Check Caps Lock and try again.' },
        { mode: 'recovery-key', problem: null, file: '/home/clinic/.config/Stipple/stipple.sqlite' },
      ];
      for (const request of requests) {
        await page.setContent(keyPromptHtml(request));
        expect(await seriousViolations(page)).toEqual([]);
        fs.mkdirSync(RESULTS_DIR, { recursive: true });
        await page.screenshot({ path: path.join(RESULTS_DIR, `keys-start-prompt-${request.mode}.png`) });
      }
      await page.setContent(keyPromptHtml(requests[0]!));
      await page.keyboard.type('correct horse battery'); // the first field has the focus
      await page.keyboard.press('Tab');
      await page.keyboard.type('correct horse batterx');
      await page.keyboard.press('Enter');
      await page.getByText('The two passphrases differ.').waitFor({ state: 'visible' });
      await page.getByLabel('The same passphrase again').fill('correct horse battery');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (window as unknown as { answers: unknown[] }).answers)).toEqual(['correct horse battery']);
      await page.getByRole('button', { name: 'Quit Stipple' }).click();
      expect(await page.evaluate(() => (window as unknown as { answers: unknown[] }).answers)).toEqual(['correct horse battery', null]);
    } finally {
      await browser.close();
    }
  });
});
