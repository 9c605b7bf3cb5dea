// Data safety in the real UI: the first run creates the owner; the app locks (by hand and when idle)
// over a half-typed form that comes back after the PIN of the person who typed it (someone else gets a
// clean page); Settings
// shows the last good backup, makes one, exports everything and restores; a chart shows its history.
import { AUDIT_NO_UPDATE_SQL } from '../../db/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/stipple-cli';
import { MIGRATIONS_DIR } from '../../browser-host/build-renderer';
import { openKeyed } from '../../db/cipher';
import { callAsPage, E2E_OWNER, navLink, RESULTS_DIR, signInOwner, startApp, type StippleApp } from './harness';

let app: StippleApp | null = null;

/** Serious or critical accessibility problems on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
afterEach(async () => {
  await app?.stop();
  app = null;
});

describe('sign-in and lock', () => {
  it('asks for the owner account on the first run, then opens the app', async () => {
    app = await startApp({ signIn: false });
    const { page } = app;
    await app.gotoApp('/clients');
    const dialog = page.getByRole('dialog', { name: 'Welcome to Stipple' });
    await dialog.waitFor({ state: 'visible' });
    await app.screenshot('safety-first-run');
    await dialog.getByLabel('Your name').fill('Olu Adeyemi');
    await dialog.getByLabel('PIN (4 to 8 digits)').fill('2468');
    await dialog.getByLabel('The same PIN again').fill('2469');
    await dialog.getByRole('button', { name: 'Create the owner account' }).click();
    await dialog.getByText('The two PINs differ').waitFor({ state: 'visible' });
    await dialog.getByLabel('The same PIN again').fill('2468');
    await dialog.getByRole('button', { name: 'Create the owner account' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Then the recovery key, once (tests/e2e/keys.e2e.ts covers it).
    const recovery = page.getByRole('dialog', { name: 'Your recovery key' });
    const last = (await recovery.getByRole('listitem').last().innerText()).replace(/^\d+\s*/, '').trim();
    await recovery.getByLabel('I have printed or written down the recovery key').check();
    await recovery.getByLabel('To check, type the last group (group 14)').fill(last);
    await recovery.getByRole('button', { name: 'Done: I have the recovery key' }).click();
    await recovery.waitFor({ state: 'hidden' });
    await page.getByText('Olu Adeyemi').waitFor({ state: 'visible' });
    await navLink(page, 'Clients').waitFor({ state: 'visible' });
    expect(app.pageErrors).toEqual([]);
    expect(app.nonLocalRequests()).toEqual([]);
  });

  it('locks over a half-typed form, keeps it through a wrong PIN and gives it back only to the person who typed it', async () => {
    app = await startApp();
    const { page, host } = app;
    // The owner adds a receptionist with a PIN in Settings.
    await app.gotoApp('/settings');
    const addStaff = page.getByRole('form', { name: 'Add a staff member' });
    await addStaff.getByLabel('Name').fill('Rae Byrne');
    await addStaff.getByLabel('Role').selectOption('reception');
    await addStaff.getByLabel('Their PIN (4 to 8 digits)').fill('35');
    await addStaff.getByRole('button', { name: 'Add staff member' }).click();
    await addStaff.getByText('Enter a PIN of 4 to 8 digits.').waitFor({ state: 'visible' });
    await addStaff.getByLabel('Their PIN (4 to 8 digits)').fill('3579');
    await addStaff.getByRole('button', { name: 'Add staff member' }).click();
    await addStaff.getByText('Rae Byrne can now sign in with their PIN.').waitFor({ state: 'visible' });
    await page.getByRole('cell', { name: 'Rae Byrne' }).waitFor({ state: 'visible' });

    await app.gotoApp('/clients/new');
    await page.getByLabel('First name', { exact: true }).fill('Half');
    await page.getByLabel('Last name', { exact: true }).fill('Typed');
    await page.getByRole('button', { name: 'Lock' }).click();

    const dialog = page.getByRole('dialog', { name: 'Stipple is locked' });
    await dialog.waitFor({ state: 'visible' });
    await app.screenshot('safety-locked');
    expect(await seriousViolations(page)).toEqual([]);
    // The API refuses this window's work while it is locked (the server signed its session out).
    expect(await callAsPage(page, 'clients.search', {})).toMatchObject({ ok: false, error: { code: 'signed_out' } });

    await dialog.getByRole('radio', { name: /Rae Byrne/ }).check();
    await dialog.getByLabel('PIN').fill('0000');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.getByText('That PIN is not right').waitFor({ state: 'visible' });
    await dialog.getByLabel('PIN').fill('3579');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Rae gets the same screen, clean: the owner's half-typed client is the owner's.
    await page.getByText('Rae Byrne').waitFor({ state: 'visible' });
    await page.getByRole('heading', { name: 'New client' }).waitFor({ state: 'visible' });
    expect(await page.getByLabel('First name', { exact: true }).inputValue()).toBe('');
    // Rae locks; the owner signs in again and finds it as they left it.
    await page.getByRole('button', { name: 'Lock' }).click();
    await dialog.getByRole('radio', { name: new RegExp(E2E_OWNER.name) }).check();
    await dialog.getByLabel('PIN').fill(E2E_OWNER.pin);
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByLabel('First name', { exact: true }).inputValue()).toBe('Half');
    expect(await page.getByLabel('Last name', { exact: true }).inputValue()).toBe('Typed');
    await page.getByRole('button', { name: 'Lock' }).click();
    await dialog.getByRole('radio', { name: /Rae Byrne/ }).check();
    await dialog.getByLabel('PIN').fill('3579');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Rae Byrne').waitFor({ state: 'visible' });

    // Reception may not add staff: the refusal shows beside the form, in words.
    await app.gotoApp('/settings');
    const addStaff2 = page.getByRole('form', { name: 'Add a staff member' });
    await addStaff2.getByLabel('Name').fill('Eve');
    await addStaff2.getByLabel('Their PIN (4 to 8 digits)').fill('1111');
    await addStaff2.getByRole('button', { name: 'Add staff member' }).click();
    await addStaff2.getByText('Only an owner can add staff.').waitFor({ state: 'visible' });
    expect((await host.api.call('staff.list', {})).ok).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('asks staff brought in by an import to choose their PIN, twice, as they first sign in', async () => {
    // A clinic exported on one computer ...
    app = await startApp();
    await app.host.api.call('clients.create', { firstName: 'Moved', lastName: 'Across' });
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-import-'));
    const folder = path.join(work, 'export');
    const passphrase = 'green door at number nine';
    expect((await app.host.api.call('safety.export', { folder, passphrase, confirmPassphrase: passphrase })).ok).toBe(true);
    await app.stop();
    // ... is imported on another, as the clinic's IT would (the key file is made beside the new database).
    const dbFile = path.join(work, 'imported.sqlite');
    const code = await runCli(['import', folder, '--db', dbFile], {
      out: () => undefined,
      err: () => undefined,
      migrationsFolder: MIGRATIONS_DIR,
      defaultDb: dbFile,
      env: { STIPPLE_EXPORT_PASSPHRASE: passphrase },
    });
    expect(code).toBe(0);
    app = await startApp({ dbFile, signIn: false });
    const { page } = app;
    await app.gotoApp('/clients');
    const dialog = page.getByRole('dialog', { name: /Stipple is locked|Sign in/ });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('radio', { name: new RegExp(`${E2E_OWNER.name}.*no PIN yet`) }).check();
    await dialog.getByText('You have no PIN yet. Choose one of 4 to 8 digits').waitFor({ state: 'visible' });
    await dialog.getByLabel('New PIN (4 to 8 digits)').fill('8642');
    await dialog.getByLabel('The same PIN again').fill('8641');
    await dialog.getByRole('button', { name: 'Set my PIN and sign in' }).click();
    await dialog.getByText('The two PINs differ').waitFor({ state: 'visible' });
    await app.screenshot('safety-first-pin');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('The same PIN again').fill('8642');
    await dialog.getByRole('button', { name: 'Set my PIN and sign in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Across').first().waitFor({ state: 'visible' });
    // From now on that PIN is theirs.
    await page.getByRole('button', { name: 'Lock' }).click();
    const locked = page.getByRole('dialog', { name: 'Stipple is locked' });
    await locked.getByRole('radio', { name: new RegExp(E2E_OWNER.name) }).check();
    await locked.getByLabel('PIN', { exact: true }).fill('8642');
    await locked.getByRole('button', { name: 'Unlock' }).click();
    await locked.waitFor({ state: 'hidden' });
    expect(app.pageErrors).toEqual([]);
    await app.stop(); // before its folder goes: the app backs up as it closes
    app = null;
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('locks by itself after the idle time', async () => {
    app = await startApp();
    const { page, host } = app;
    await host.api.call('settings.update', { idleLockMinutes: 1 });
    await page.clock.install();
    await app.gotoApp('/clients');
    await navLink(page, 'Clients').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Lock' }).waitFor({ state: 'visible' });
    await page.clock.fastForward(30_000);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.clock.fastForward(40_000);
    const dialog = page.getByRole('dialog', { name: 'Stipple is locked' });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('radio', { name: new RegExp(E2E_OWNER.name) }).check();
    await dialog.getByLabel('PIN').fill(E2E_OWNER.pin);
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('backups, export and restore in Settings', () => {
  it('shows the last good backup, backs up, warns about a missing folder, exports and restores', async () => {
    app = await startApp();
    const { page, host } = app;
    await host.api.call('clients.create', { firstName: 'Before', lastName: 'Backup' });
    await app.gotoApp('/settings');
    const section = page.getByRole('region', { name: 'Backups and data' });
    // A new clinic is backed up as soon as Stipple starts.
    await expect.poll(() => section.getByTestId('last-backup').innerText()).toMatch(/Last good backup: .*just now/);
    await section.getByRole('button', { name: 'Back up now' }).click();
    await section.getByText(/Backed up and checked/).waitFor({ state: 'visible' });
    const backups = path.join(path.dirname(host.database.file), 'backups');
    expect(fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite'))).toHaveLength(2);
    expect(await page.getByRole('link', { name: 'Backups need attention' }).count()).toBe(0);

    // A second folder that is missing is named in a warning.
    const usb = path.join(os.tmpdir(), `stipple-e2e-missing-usb-${process.pid}`);
    await section.getByLabel('Second backup folder', { exact: true }).fill(usb);
    await section.getByRole('button', { name: 'Save' }).click();
    await section.getByText(`The second backup folder ${usb} is missing`, { exact: false }).first().waitFor({ state: 'visible' });
    // The header says so on every page, linking to Settings.
    await page.getByRole('link', { name: 'Backups need attention' }).waitFor({ state: 'visible' });
    await app.screenshot('safety-settings-backups');
    expect(await seriousViolations(page)).toEqual([]);

    // An export asks for a passphrase; a plain one is a choice that says what it means.
    const exportForm = page.getByRole('form', { name: 'Export all data' });
    await exportForm.getByLabel('Export into this new folder').fill('relative/folder');
    await exportForm.getByRole('button', { name: 'Export everything' }).click();
    await exportForm.getByText('Choose a passphrase of at least 12 characters').waitFor({ state: 'visible' });
    await exportForm.getByLabel('Export plain files, without encryption').check();
    await exportForm.getByText(/A plain export is not encrypted: its files hold clients’ medical records/).waitFor({ state: 'visible' });
    expect(await exportForm.getByLabel('Passphrase', { exact: true }).count()).toBe(0);
    await exportForm.getByLabel('Export plain files, without encryption').uncheck();
    await exportForm.getByLabel('Passphrase', { exact: true }).fill('blue kettle on the hill');
    await exportForm.getByLabel('The same passphrase again').fill('blue kettle on the hil');
    await exportForm.getByRole('button', { name: 'Export everything' }).click();
    await exportForm.getByText('The two passphrases differ').waitFor({ state: 'visible' });
    await exportForm.getByLabel('The same passphrase again').fill('blue kettle on the hill');
    // Into a relative path is refused beside the field; a full path works.
    await exportForm.getByRole('button', { name: 'Export everything' }).click();
    await exportForm.getByText('Give the full path of the folder').waitFor({ state: 'visible' });
    const exportDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-e2e-export-')), 'export');
    await exportForm.getByLabel('Export into this new folder').fill(exportDir);
    await exportForm.getByRole('button', { name: 'Export everything' }).click();
    await exportForm.getByText(/Exported 1 chart\(s\).*The files are encrypted/).waitFor({ state: 'visible' });
    expect(fs.readdirSync(path.join(exportDir, 'charts'))).toEqual([expect.stringMatching(/^\d{6}\.json\.enc$/)]);
    expect(fs.readFileSync(path.join(exportDir, 'csv', 'clients.csv.enc')).includes('Backup')).toBe(false);

    // A client added after the backup is gone once the backup is restored.
    await host.api.call('clients.create', { firstName: 'After', lastName: 'Backup' });
    const restoreForm = page.getByRole('form', { name: 'Restore a backup' });
    await page.reload();
    // A file that is not a backup is refused beside the field, before anything is asked.
    const notes = path.join(path.dirname(exportDir), 'notes.sqlite');
    fs.writeFileSync(notes, 'not a database');
    await restoreForm.getByLabel('Backup file').fill(notes);
    await restoreForm.getByRole('button', { name: 'Restore…' }).click();
    await restoreForm.getByText(/not a SQLite file at all\)\. It cannot be restored/).waitFor({ state: 'visible' });

    await restoreForm.getByLabel('Recent backups').selectOption({ index: 1 }); // the newest: made with Back up now
    await restoreForm.getByRole('button', { name: 'Restore…' }).click();
    await restoreForm.getByText(/holds 1 client\(s\) and 0 session\(s\)/).waitFor({ state: 'visible' });
    await restoreForm.getByText(/audit trail \(\d+ entries\) is unbroken/).waitFor({ state: 'visible' });
    await restoreForm.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'safety-restore-confirm.png') }); // the viewport, at the question
    await restoreForm.getByRole('button', { name: 'Yes, restore this backup' }).click();
    const dialog = page.getByRole('dialog', { name: /Stipple is locked|Sign in/ });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('radio', { name: new RegExp(E2E_OWNER.name) }).check();
    await dialog.getByLabel('PIN').fill(E2E_OWNER.pin);
    await dialog.getByRole('button', { name: /Unlock|Sign in/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The restore signed every session out, the test's own caller too.
    expect(host.api.actorId).toBeNull();
    await signInOwner(host);
    const names = (await host.api.call('clients.search', {})) as { ok: true; data: { rows: { lastName: string; firstName: string }[] } };
    expect(names.data.rows.map((r) => r.firstName)).toEqual(['Before']);
    fs.rmSync(path.dirname(exportDir), { recursive: true, force: true });
    expect(app.pageErrors).toEqual([]);
  });
});

describe('restoring a backup that does not verify', () => {
  it('is refused, and restored anyway only when the owner ticks "Restore anyway" and gives a reason', async () => {
    app = await startApp();
    const { page, host } = app;
    await host.api.call('clients.create', { firstName: 'Before', lastName: 'Tamper' });
    const made = (await host.api.call('safety.backupNow', {})) as { ok: true; data: { made: { file: string }[] } };
    const file = made.data.made[0]!.file;
    // Edited with the sqlite3 shell, the guard put back: only the chain gives it away.
    const raw = openKeyed(file, host.database.key);
    raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET reason = 'edited' WHERE id = 1;");
    raw.exec(AUDIT_NO_UPDATE_SQL);
    raw.close();
    await host.api.call('clients.create', { firstName: 'After', lastName: 'Backup' });

    await app.gotoApp('/settings');
    const restoreForm = page.getByRole('form', { name: 'Restore a backup' });
    await restoreForm.getByLabel('Backup file').fill(file);
    await restoreForm.getByRole('button', { name: 'Restore…' }).click();
    await restoreForm.getByText(/Its audit trail does not verify: it was edited outside Stipple/).waitFor({ state: 'visible' });
    await restoreForm.getByText(/audit entry 1 was changed after it was written/).waitFor({ state: 'visible' });
    const yes = restoreForm.getByRole('button', { name: 'Yes, restore this backup' });
    expect(await yes.isDisabled()).toBe(true);
    await restoreForm.getByLabel('Restore anyway').check();
    // No reason: an error beside the field, and nothing restored.
    await yes.click();
    await restoreForm.getByText('Give the reason for restoring this file anyway').waitFor({ state: 'visible' });
    const after = (await host.api.call('clients.search', { query: 'After' })) as { ok: true; data: { total: number } };
    expect(after.data.total).toBe(1);
    await restoreForm.getByLabel('Why restore it anyway?').fill('Our only copy after the disk failed');
    await restoreForm.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'safety-restore-anyway.png') });
    await yes.click();
    const dialog = page.getByRole('dialog', { name: /Stipple is locked|Sign in/ });
    await dialog.waitFor({ state: 'visible' });
    expect(host.api.actorId).toBeNull();
    await signInOwner(host);
    const restored = (await host.api.call('clients.search', { query: 'After' })) as { ok: true; data: { total: number } };
    expect(restored.data.total).toBe(0);
    const history = (await host.api.call('audit.history', { records: [{ entity: 'database', entityId: 'main' }] })) as {
      ok: true;
      data: { action: string; reason: string | null }[];
    };
    expect(history.data[0]).toMatchObject({ action: 'restore', reason: 'Our only copy after the disk failed' });
    expect(app.pageErrors).toEqual([]);
  });
});

describe('chart history', () => {
  it('shows who changed what in a chart, from the audit log', async () => {
    app = await startApp();
    const { page, host } = app;
    const created = await host.api.call('clients.create', { firstName: 'Hana', lastName: 'Kowalski', phone: '07700 900111' });
    if (!created.ok) throw new Error(created.error.message);
    const c = created.data as Record<string, unknown> & { id: number; version: number };
    const updated = await host.api.call('clients.update', {
      id: c.id,
      expectedVersion: c.version,
      firstName: 'Hana',
      lastName: 'Kowalski',
      phone: '07700 900222',
    });
    expect(updated.ok).toBe(true);
    await app.gotoApp(`/clients/${c.id}`);
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('History', { exact: true }).click();
    await history.getByText('phone: 07700 900111 → 07700 900222').waitFor({ state: 'visible' });
    await expect.poll(() => history.getByText(`by ${E2E_OWNER.name}`).count()).toBe(2);
    await history.scrollIntoViewIfNeeded();
    await app.screenshot('safety-chart-history');
  });
});
