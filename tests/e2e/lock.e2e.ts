// Locking takes the chart out of the page: with the Lock button and when idle, nothing of the client
// (name, questionnaire answers, the half-typed session) is left in the page's text, its HTML, its
// form values, its title or its history state. After the PIN the same person finds the typed text
// back in the form on the same screen; a colleague who unlocks gets a clean page instead, and the
// first person's work waits for them.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_OWNER, startApp, type StippleApp } from './harness';
import { ChartPageObject } from './pages/chart-page';
import { INTAKE_QUESTIONS } from '../../core/intake-questions';

let app: StippleApp;
let chart: ChartPageObject;
let clientId = 0;
const pat = { name: 'Pat Chair', pin: '2468', id: 0 };
const client = { firstName: 'Zanele', lastName: 'Okonkwo-Lindqvist' };
const answer = 'Nickel sulphate reaction in 2019';
const planNote = 'Wants a soft, slightly lower hairline';
const typed = ['Crown thinning, client nervous about the needle', 'Second pass after the idle lock', 'Third line, just before Pat'];

/** Every place a page keeps what it shows, as one string each. */
async function pageTraces(page: Page) {
  return page.evaluate(() => ({
    text: document.body.innerText,
    html: document.documentElement.outerHTML,
    values: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')]
      .map((el) => el.value)
      .join('\n'),
    title: document.title,
    history: JSON.stringify(window.history.state),
    url: window.location.href,
  }));
}

async function expectNothingOfTheClient(page: Page, secrets: string[]) {
  const traces = await pageTraces(page);
  for (const [where, trace] of Object.entries(traces)) {
    for (const secret of secrets) expect(trace, `${where} holds “${secret}”`).not.toContain(secret);
  }
  expect(traces.title).toBe('Stipple');
}

const secrets = (upTo: number) => [client.firstName, client.lastName, answer, ...typed.slice(0, upTo)];

async function unlockAs(page: Page, name: string, pin: string) {
  const dialog = page.getByRole('dialog', { name: 'Stipple is locked' });
  await dialog.getByRole('radio', { name: new RegExp(name) }).check();
  await dialog.getByLabel('PIN').fill(pin);
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

beforeAll(async () => {
  app = await startApp();
  chart = new ChartPageObject(app.page);
  const { api } = app.host;
  const created = await api.callTyped('staff.create', { name: pat.name, role: 'practitioner' });
  if (!created.ok) throw new Error(created.error.message);
  pat.id = created.data.id;
  expect((await api.callTyped('auth.setPin', { staffId: pat.id, pin: pat.pin })).ok).toBe(true);
  const made = await api.callTyped('clients.create', client);
  if (!made.ok) throw new Error(made.error.message);
  clientId = made.data.id;
  const answers = Object.fromEntries(
    INTAKE_QUESTIONS.map((q) => [q.key, { answer: q.key === 'allergies', detail: q.key === 'allergies' ? answer : '' }]),
  );
  const status = await api.callTyped('auth.status', {});
  const ownerId = status.ok ? status.data.actor!.id : 0;
  const consentGivenAt = new Date(Date.now() - 86_400_000).toISOString();
  const intake = await api.callTyped('intake.save', { clientId, answers, complete: true, consentGivenAt, consentWitnessedBy: ownerId });
  if (!intake.ok) throw new Error(intake.error.message);
  expect((await api.callTyped('settings.update', { idleLockMinutes: 1 })).ok).toBe(true);
});

afterAll(async () => {
  await app?.stop();
});

describe('locking removes the chart from the page', () => {
  it('locks by the button and when idle, keeps the typed session, and gives it back only to the person who typed it', async () => {
    const { page } = app;
    await page.clock.install(); // real time flows; the idle part fast-forwards it
    await app.gotoApp(`/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: `${client.firstName} ${client.lastName}` }).waitFor();
    await page.getByText(answer, { exact: false }).waitFor();
    const chartUrl = page.url();

    // Typing at the chair, then Lock at once: the lock itself keeps the words (no debounce to wait for).
    await chart.startSession(1);
    await chart.form.getByLabel('Assessment').fill(typed[0]!);
    await page.getByRole('button', { name: 'Lock' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stipple is locked' });
    await dialog.waitFor({ state: 'visible' });
    await expectNothingOfTheClient(page, secrets(1));
    expect(await chart.seriousViolations()).toEqual([]);
    const shot = await app.screenshot('lock-01-locked');
    expect(fs.statSync(shot).size).toBeGreaterThan(5_000);
    // What the lock saved is this person's draft, encrypted with the database.
    const stored = app.host.database.sqlite.prepare('SELECT form, data FROM drafts WHERE client_id = ?').all(clientId) as {
      form: string;
      data: string;
    }[];
    expect(stored.find((d) => d.form.startsWith('session@'))?.data).toContain(typed[0]);

    await unlockAs(page, E2E_OWNER.name, E2E_OWNER.pin);
    expect(page.url()).toBe(chartUrl);
    await expect.poll(() => chart.form.getByLabel('Assessment').inputValue()).toBe(typed[0]);

    // Idle: no input for the idle time locks the window the same way.
    await chart.form.getByLabel('Density work').fill(typed[1]!);
    await page.clock.fastForward(70_000);
    await dialog.waitFor({ state: 'visible' });
    await expectNothingOfTheClient(page, secrets(2));
    await unlockAs(page, E2E_OWNER.name, E2E_OWNER.pin);
    await expect.poll(() => chart.form.getByLabel('Density work').inputValue()).toBe(typed[1]);
    expect(await chart.form.getByLabel('Assessment').inputValue()).toBe(typed[0]);

    // A colleague unlocks: the same chart, but none of the owner's unsaved words, and no offer of them.
    await chart.form.getByLabel('Assessment').fill(typed[2]!);
    await page.getByRole('button', { name: 'Lock' }).click();
    await dialog.waitFor({ state: 'visible' });
    await expectNothingOfTheClient(page, secrets(3));
    await unlockAs(page, pat.name, pat.pin);
    await page.getByRole('heading', { level: 1, name: `${client.firstName} ${client.lastName}` }).waitFor();
    await page.getByRole('button', { name: 'Chart session 1', exact: true }).waitFor();
    await page.locator('.signed-in').getByText(pat.name).waitFor();
    const asPat = await pageTraces(page);
    for (const words of typed) expect(asPat.html + asPat.values + asPat.text).not.toContain(words);
    expect(await page.getByText(/Continue your draft/).count()).toBe(0);
    expect(await chart.form.count()).toBe(0);

    // Pat locks; the owner signs in again and is back in the form with every word.
    await page.getByRole('button', { name: 'Lock' }).click();
    await dialog.waitFor({ state: 'visible' });
    await unlockAs(page, E2E_OWNER.name, E2E_OWNER.pin);
    await expect.poll(() => chart.form.getByLabel('Assessment').inputValue()).toBe(typed[2]);
    expect(await chart.form.getByLabel('Density work').inputValue()).toBe(typed[1]);
    await app.screenshot('lock-02-back-in-the-form');

    // A form built on useState (quoting a plan) comes back the same way.
    await page.getByRole('button', { name: 'Quote a plan' }).click();
    const quote = page.getByRole('form', { name: 'Quote a plan' });
    await quote.getByLabel('Notes').fill(planNote);
    await page.getByRole('button', { name: 'Lock' }).click();
    await dialog.waitFor({ state: 'visible' });
    await expectNothingOfTheClient(page, [...secrets(3), planNote]);
    await unlockAs(page, E2E_OWNER.name, E2E_OWNER.pin);
    await expect.poll(() => quote.getByLabel('Notes').inputValue()).toBe(planNote);
    expect(await chart.form.getByLabel('Assessment').inputValue()).toBe(typed[2]);
    expect(app.pageErrors).toEqual([]);
    expect(app.nonLocalRequests()).toEqual([]);
  });
});
