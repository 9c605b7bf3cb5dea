// Settings and signing in, in German (issue 20): the owner's language set to de-DE, every settings
// section shows its German heading and buttons, each form the renderer checks itself refuses bad
// input in German beside the field, and the lock's sign-in panel reads German. axe clean (no
// serious or critical); screenshots at 1280×800 in test-results/settings-de*.png.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OWNER, RESULTS_DIR, startApp, VIEWPORT, type StippleApp } from './harness';

let app: StippleApp;

beforeAll(async () => {
  app = await startApp();
  const { api } = app.host;
  const staff = await api.callTyped('staff.list', {});
  const owner = staff.ok ? staff.data.find((s) => s.role === 'owner') : undefined;
  if (!owner) throw new Error('no owner');
  const set = await api.callTyped('staff.setLocale', { staffId: owner.id, locale: 'de-DE' });
  if (!set.ok) throw new Error(set.error.message);
  const room = await api.callTyped('rooms.add', { name: 'Raum 1' });
  if (!room.ok) throw new Error(room.error.message);
});

afterAll(async () => {
  await app?.stop();
});

/** A section's picture as a person sees it at 1280 wide. */
async function shoot(section: Locator, name: string) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await section.screenshot({ path: path.join(RESULTS_DIR, `settings-de-${name}.png`) });
}

async function expectAxeClean() {
  const axe = await new AxeBuilder({ page: app.page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
}

describe('Settings in German', () => {
  it('shows every section in German and refuses bad input in German beside the field', async () => {
    const { page } = app;
    await page.setViewportSize(VIEWPORT);
    await app.gotoApp('/settings');
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();

    const section = (name: string) =>
      page
        .locator('section, form')
        .filter({ has: page.getByRole('heading', { name, exact: true }) })
        .last();

    // Bookings: a deposit that is not an amount.
    const booking = section('Termine und Anzahlungen');
    await booking.getByLabel('Übliche Anzahlung für einen Termin').fill('viel');
    await booking.getByRole('button', { name: 'Termineinstellungen speichern' }).click();
    await booking.getByText('Geben Sie die Anzahlung als Betrag ein, z. B. 50 oder 50,00.').waitFor();
    await shoot(booking, 'booking');

    const clinic = section('Praxisangaben auf Ausdrucken');
    await clinic.getByRole('button', { name: 'Praxisangaben speichern' }).waitFor();
    expect(await clinic.getByLabel('Papierformat').count()).toBe(1);
    await shoot(clinic, 'clinic');

    const rooms = section('Räume und die Spalten des Terminkalenders');
    await rooms.getByRole('button', { name: 'Raum 1 umbenennen' }).waitFor();
    await rooms.getByRole('button', { name: 'Raum hinzufügen' }).waitFor();
    await shoot(rooms, 'rooms');

    const templates = section('Nachrichten für die Kontaktliste');
    await templates.getByRole('button', { name: 'Nachrichten speichern' }).waitFor();
    await section('Pigmente').getByRole('button', { name: 'Pigment hinzufügen' }).waitFor();
    await section('Pigmentchargen').getByRole('button', { name: 'Charge hinzufügen' }).waitFor();
    await shoot(section('Pigmente'), 'pigments');
    await shoot(section('Pigmentchargen'), 'batches');
    await section('Fotowinkel').getByRole('button', { name: 'Fotowinkel speichern' }).waitFor();

    // Staff: a PIN too short.
    const staff = section('Team und Anmeldung');
    await staff.getByLabel('Name', { exact: true }).fill('Pia Behandler');
    await staff.getByLabel('Seine oder ihre PIN (4 bis 8 Ziffern)').fill('12');
    await staff.getByRole('button', { name: 'Teammitglied hinzufügen' }).click();
    await staff.getByText('Geben Sie eine PIN mit 4 bis 8 Ziffern ein.').waitFor();
    await shoot(staff, 'staff');

    // Backups: the lock after 0 minutes; a restore with no file.
    const lockForm = section('Zweiter Sicherungsordner und Sperre');
    await lockForm.getByLabel('Sperren nach so vielen Minuten ohne Eingabe').fill('0');
    await lockForm.getByRole('button', { name: 'Speichern', exact: true }).click();
    await lockForm.getByText('Geben Sie eine ganze Zahl an Minuten von 1 bis 240 ein.').waitFor();
    const restore = section('Sicherung wiederherstellen');
    await restore.getByRole('button', { name: 'Wiederherstellen…' }).click();
    await restore
      .getByText('Wählen Sie eine Sicherung aus der Liste oder geben Sie den vollständigen Pfad einer Sicherungsdatei ein.')
      .waitFor();
    await page.getByRole('button', { name: 'Jetzt sichern' }).waitFor();
    await shoot(section('Datensicherung und Daten'), 'backups');

    // Workstations and this computer as the hub: a port out of range.
    const workstations = section('Arbeitsplätze');
    await workstations.getByRole('button', { name: 'Arbeitsplatz hinzufügen' }).waitFor();
    const hub = section('Dieser Computer als Hub der Praxis');
    await hub.getByLabel('Port').fill('70000');
    await hub.getByRole('button', { name: 'Hub-Einstellungen speichern' }).click();
    await hub.getByText('Geben Sie einen Port von 1 bis 65535 ein, z. B. 8443.').waitFor();
    await shoot(workstations, 'workstations');

    // The database key, with opening a backup from another computer: no file given.
    const keys = section('Datenbankschlüssel');
    const other = section('Sicherung von einem anderen Computer öffnen');
    await other.getByRole('button', { name: 'Diese Sicherung öffnen' }).click();
    await other.getByText('Geben Sie den vollständigen Pfad der Sicherungsdatei ein', { exact: false }).waitFor();
    await shoot(keys, 'keys');

    await expectAxeClean();
    await app.screenshot('settings-de');
  });

  it('locks and asks for the PIN in German', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sperren', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Stipple ist gesperrt' });
    await dialog.waitFor();
    await dialog.getByText('Wer sind Sie?').waitFor();
    await expectAxeClean();
    await app.screenshot('settings-de-locked');
    await dialog.getByRole('radio', { name: new RegExp(E2E_OWNER.name) }).check();
    await dialog.getByLabel('PIN', { exact: true }).fill(E2E_OWNER.pin);
    await dialog.getByRole('button', { name: 'Entsperren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
  });
});
