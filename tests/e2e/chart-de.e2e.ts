// The client's chart in German (issue 20): a client with a completed intake, a contraindication that
// needs a doctor's letter, a quoted course with a deposit and one session charted, opened by an
// owner who reads German. Header, intake, contraindications, plans, timeline and history speak
// German; axe clean (no serious or critical); screenshot at 1280×800.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, VIEWPORT, type StippleApp } from './harness';

let app: StippleApp;
let clientId = 0;

async function ok<T = { id: number }>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

beforeAll(async () => {
  app = await startApp();
  const api = app.host.api;
  const owner = (await ok(api.callTyped('staff.list', {}))).find((s) => s.role === 'owner');
  if (!owner) throw new Error('no owner');
  const jo = await ok(api.callTyped('staff.create', { name: 'Jo Reyes', role: 'practitioner' }));
  clientId = (await ok(api.callTyped('clients.create', { firstName: 'Lena', lastName: 'Hoffmann', dateOfBirth: '1985-03-14' }))).id;
  await ok(
    api.callTyped('intake.save', {
      clientId,
      expectedVersion: null,
      answers: { allergies: { answer: true, detail: 'Latex' } },
      complete: true,
      consentGivenAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      consentWitnessedBy: owner.id,
    }),
  );
  await ok(api.callTyped('contraindications.add', { clientId, condition: 'Blutverdünner', tier: 'doctor_letter', until: null, note: '' }));
  await ok(
    api.callTyped('plans.create', {
      clientId,
      kind: 'course',
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      recallOn: null,
      deposits: [{ sessionNumber: 3, amountMinor: 7500 }],
      notes: '',
    }),
  );
  await ok(
    api.callTyped('sessions.chart', {
      clientId,
      practitionerId: jo.id,
      performedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      zones: ['crown'],
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B-1',
      pigmentExpiry: '2027-06-30',
      needle: '1RL 0.25',
      contraindicationOverrideReason: 'Attest telefonisch bestätigt.',
    }),
  );
  // The owner reads German (their own language, over the clinic's English).
  await ok(api.callTyped('staff.setLocale', { staffId: owner.id, locale: 'de-DE' }));
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('the chart in German', () => {
  it('shows the header, intake, contraindications, plans, sessions and history in German', async () => {
    const { page } = app;
    try {
      await page.setViewportSize(VIEWPORT);
      await app.gotoApp(`/clients/${clientId}`);
      await page.getByRole('heading', { level: 1, name: 'Lena Hoffmann' }).waitFor();

      // Header
      const flags = page.getByRole('note', { name: 'Kontraindikationen' });
      await flags.getByText(/Ärztliches Attest nötig:\s*Blutverdünner/).waitFor();
      const facts = page.locator('.chart-facts');
      await facts.getByText('Nächstes Buchungsfenster').waitFor();
      await expect.poll(() => facts.textContent()).toMatch(/Alter\d+ \(geb\. 14\. März 1985\)/);
      expect(await facts.textContent()).toContain('Sitzung 1 von 3 erfolgt');
      expect(await facts.textContent()).toMatch(/Sitzung 3: fällig 75,00\s£/);
      await page.getByRole('link', { name: '← Alle Kunden' }).waitFor();
      await page.getByRole('button', { name: 'Angaben bearbeiten' }).waitFor();

      // Intake
      const intake = page.getByRole('region', { name: 'Anamnese und Einwilligung' });
      await intake.getByText(/Fragebogen ausgefüllt am .*; Einwilligung erteilt am .*, bezeugt von Test Owner\./).waitFor();
      await intake.getByRole('button', { name: 'Änderungen erfassen' }).waitFor();

      // Contraindications panel
      const panel = page.locator('.contraindications');
      await panel.getByRole('heading', { name: 'Kontraindikationen' }).waitFor();
      await panel.getByRole('button', { name: 'Attest erhalten' }).waitFor();
      await panel.getByRole('button', { name: 'Trifft nicht mehr zu' }).waitFor();
      await panel.getByRole('button', { name: 'Kontraindikation hinzufügen' }).click();
      const add = page.getByRole('form', { name: 'Kontraindikation hinzufügen' });
      await add.getByLabel('Erkrankung').waitFor();
      await add.getByLabel('Stufe').selectOption({ label: 'Vorübergehend' });
      await add.getByRole('button', { name: 'Abbrechen' }).click();

      // Plans
      const plans = page.getByRole('region', { name: 'Pläne, Anzahlungen und Termine' });
      await plans.getByRole('heading', { name: 'Behandlung mit 3 Sitzungen' }).waitFor();
      await plans.getByText('Anzahlung Sitzung 3').waitFor();
      await plans
        .getByText(/Preis\s*1\.500,00\s£/)
        .first()
        .waitFor();
      await plans.getByRole('button', { name: 'Nächste Sitzung buchen' }).waitFor();
      await plans.getByRole('button', { name: 'Planstatus ändern' }).waitFor();
      await plans.getByRole('heading', { name: 'Zahlungen', exact: true }).waitFor();
      await plans.getByText('Noch offen', { exact: true }).waitFor();

      // Sessions' timeline
      const entry = page.locator('[data-session-number="1"]');
      await entry.getByText('Durchgeführt').waitFor();
      await entry.getByText(/Medium Grey, Verdünnung 1:3/).waitFor();
      await entry.getByText('Kontraindikation übergangen').waitFor();

      // History
      await page.getByRole('heading', { name: 'Verlauf' }).click();
      const history = page.locator('.history-list');
      await history.getByText('Kundendaten').first().waitFor();
      await history.getByText('angelegt').first().waitFor();
      await history.getByText('von Test Owner').first().waitFor();
      await history.getByText('Kontraindikation: Blutverdünner').first().waitFor();

      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      await app.screenshot('chart-de');
    } catch (error) {
      await app.screenshot('chart-de-failure');
      throw error;
    }
  }, 120_000);
});
