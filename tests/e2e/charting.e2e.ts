// Chair-side charting, end to end in Chromium over the browser host: a new client with intake;
// session 1 charted; session 2 where the hairline faded, the shade goes one step darker ("faded")
// and the client asks to lower the hairline; the request done at session 3. All of it survives a
// reload; a draft survives a reload mid-form; an expired batch and a missing field are each
// explained beside their field; a second person's save is shown field by field, never overwritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { clientRow, navLink, newClientControl, RESULTS_DIR, startApp, type StippleApp } from './harness';
import { ChartPageObject } from './pages/chart-page';
import { dateField, typeDate, typeDateTime } from './pages/date-field';

let app: StippleApp;
let chart: ChartPageObject;
let clientId = 0;

/** A datetime-local value `days` before now, at 10:00 local. */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

/** A datetime-local value for today, a few minutes ago (charting in the future is refused). */
function earlierToday(): string {
  const d = new Date(Math.max(Date.now() - 5 * 60_000, new Date().setHours(0, 0, 0, 0)));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

beforeAll(async () => {
  app = await startApp();
  chart = new ChartPageObject(app.page);
  for (const [name, role] of [
    ['Jo Reyes', 'practitioner'],
    ['Sam Patel', 'reception'],
  ] as const) {
    const r = await app.host.api.call('staff.create', { name, role });
    expect(r.ok).toBe(true);
  }
});

afterAll(async () => {
  await app?.stop();
});

describe('chair-side charting', () => {
  it('charts intake and three sessions with retention, a darker shade and a hairline request', async () => {
    const { page } = app;
    try {
      // A new client, through the list.
      await app.gotoApp('/clients');
      expect(await chart.seriousViolations()).toEqual([]);
      await newClientControl(page).click();
      await page.getByLabel('First name', { exact: true }).fill('Declan');
      await page.getByLabel('Last name', { exact: true }).fill('Murphy');
      await typeDate(dateField(page, 'Date of birth'), '1984-05-02');
      await page.getByRole('button', { name: 'Save client' }).click();
      await page.getByRole('heading', { level: 1, name: 'Declan Murphy' }).waitFor();
      clientId = Number(/clients\/(\d+)/.exec(page.url())?.[1]);

      // Intake: every question answered, consent witnessed, complete.
      const intake = page.getByRole('form', { name: 'Intake questionnaire' });
      // The questions render together once the chart has loaded: wait for the last one before answering.
      await intake.getByText('Sunburn on the scalp now?').waitFor();
      // The questions' groups (the consent time's date field is a group too).
      for (const group of await intake
        .getByRole('group')
        .filter({ has: page.getByText('No', { exact: true }) })
        .all()) {
        await group.getByText('No', { exact: true }).click();
      }
      await chart.chip('Allergies (pigments, metals, anaesthetics, latex)?', 'Yes', intake);
      await intake.getByLabel('Details').fill('Latex');
      // The answers so far survive a reload.
      await expect.poll(async () => JSON.stringify(await app.host.api.call('drafts.get', { clientId, form: 'intake' }))).toContain('Latex');
      await page.reload();
      await page.getByText(/Your unsaved answers from .* are back/).waitFor();
      expect(await intake.getByLabel('Details').inputValue()).toBe('Latex');
      await typeDateTime(dateField(intake, 'Consent given at'), daysAgo(42));
      await intake.getByLabel('Witnessed by').selectOption({ label: 'Sam Patel' });
      await intake.getByText('Questionnaire complete', { exact: true }).click();
      await app.screenshot('charting-01-intake');
      await intake.getByRole('button', { name: 'Save intake' }).click();
      await page.getByText(/Questionnaire completed/).waitFor();
      await page.getByText('Yes: Allergies (pigments, metals, anaesthetics, latex)? — Latex').waitFor();
      // Later, only what changed is asked; nothing changed here.
      await page.getByRole('button', { name: 'Record what changed' }).click();
      await intake.getByText('Completed at the first session. Change only the answers that are different now.').waitFor();
      await intake.getByRole('button', { name: 'Nothing changed' }).click();
      await page.getByRole('button', { name: 'Record what changed' }).waitFor();

      // Session 1, with a missing needle and an expired batch first.
      await chart.startSession(1);
      const form = chart.form;
      await typeDateTime(dateField(form, 'Performed at'), daysAgo(42));
      await form.getByLabel('Practitioner').selectOption({ label: 'Jo Reyes' });
      await form.getByText('Hair cut, scalp prepared').click();
      await form.getByLabel('Assessment').fill('Norwood 4, good skin, no irritation.');
      await form.getByLabel('Pigment', { exact: true }).selectOption({ label: 'Medium Grey' });
      await form.getByLabel('Dilution').fill('1:3');
      await form.getByLabel('Batch / lot number').fill('MG-2291');
      await typeDate(dateField(form, 'Batch expiry'), '2020-01-31');
      for (const zone of ['Frontal hairline', 'Left temple', 'Right temple']) await chart.chip('Zones treated', zone, form);
      await form.getByLabel('Density work').fill('First pass, even spacing.');
      await form.getByRole('button', { name: 'Save session 1' }).click();
      await expect.poll(() => chart.errorBeside('Needle configuration', form).textContent()).toBe('Enter the needle configuration.');
      await expect.poll(() => chart.errorBeside('Batch expiry', form).textContent()).toMatch(/expired on 31 Jan 2020\./);
      // Nothing typed was lost to the errors.
      expect(await form.getByLabel('Density work').inputValue()).toBe('First pass, even spacing.');
      await app.screenshot('charting-02-session1-errors');
      expect(await chart.seriousViolations()).toEqual([]);
      await form.getByLabel('Needle configuration').fill('3RL 0.30');
      await typeDate(dateField(form, 'Batch expiry'), '2028-06-30');
      await form.getByRole('button', { name: 'Save session 1' }).click();
      await page.getByText('Session 1 saved.').waitFor();
      await chart
        .timelineEntry(1)
        .getByText(/Standard SMP Medium Grey, dilution 1:3/)
        .waitFor();

      // Session 2: retention on the hairline faded; take the suggested darker shade; the draft survives a reload.
      await chart.startSession(2);
      await expect.poll(() => page.getByRole('complementary', { name: 'Previous session' }).textContent()).toMatch(/Medium Grey/);
      await typeDateTime(dateField(form, 'Performed at'), daysAgo(21));
      await chart.chip('Frontal hairline', 'Heavy fading', form);
      await form.getByLabel('Frontal hairline: note').fill('Faded at the front edge');
      await chart.chip('Left temple', 'Held well', form);
      await chart.chip('Right temple', 'Held well', form);
      await form.getByRole('group', { name: 'Retention since session 1' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(RESULTS_DIR, 'charting-03a-session2-viewport.png') }); // as seen at 1280×800
      await form.getByRole('button', { name: 'Use Dark Grey' }).click();
      await chart.chip(/^Why the change from Medium Grey/, 'Faded', form);
      await form.getByLabel('Batch / lot number').fill('DG-1180');
      await form.getByLabel('Notes', { exact: true }).fill('Client happy with the density so far.');
      await page.getByText(/Draft kept at/).waitFor();
      await app.screenshot('charting-03-session2-form');
      expect(await chart.seriousViolations()).toEqual([]);

      await page.reload();
      await page.getByText(/Continue your draft from/).waitFor();
      await app.screenshot('charting-04-draft-offer');
      await page.getByRole('button', { name: 'Continue your draft' }).click();
      expect(await form.getByLabel('Notes', { exact: true }).inputValue()).toBe('Client happy with the density so far.');
      expect(await form.getByLabel('Batch / lot number').inputValue()).toBe('DG-1180');
      expect(await form.getByLabel('Frontal hairline: note').inputValue()).toBe('Faded at the front edge');

      await form.getByRole('button', { name: 'Add a client request' }).click();
      await form.getByLabel('Request 1: kind').selectOption({ label: 'Lower the hairline' });
      await form.getByLabel('Request 1: in the client’s words').fill('Lower the hairline a little');
      await form.getByLabel('Request 1: in the client’s words').press('Control+s');
      await page.getByText('Session 2 saved.').waitFor();

      // Session 3: the open request waits at the top of the form; it is done here.
      await chart.startSession(3);
      await form
        .getByRole('group', { name: 'Open client requests' })
        .getByText(/Lower the hairline a little/)
        .waitFor();
      await typeDateTime(dateField(form, 'Performed at'), earlierToday());
      for (const zone of ['Frontal hairline', 'Left temple', 'Right temple']) await chart.chip(zone, 'Held well', form);
      await chart.chip('Open client requests', 'Done in this session', form);
      await form.getByLabel('Batch / lot number').fill('DG-1180');
      await form.getByRole('button', { name: 'Save session 3' }).click();
      await page.getByText('Session 3 saved.').waitFor();

      // After a reload the chart shows all of it.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Declan Murphy' }).waitFor();
      const s2 = chart.timelineEntry(2);
      await s2.getByText('Frontal hairline: Heavy fading — Faded at the front edge').waitFor();
      await s2.getByText(/Medium Grey \(1:3\) → Dark Grey \(1:3\) · Faded/).waitFor();
      await s2.getByText(/Client asked: Lower the hairline — Lower the hairline a little \(Done\)/).waitFor();
      await chart.timelineEntry(3).getByText('Done: Lower the hairline — Lower the hairline a little').waitFor();
      await page
        .getByText(/Session 3 of 3|3 sessions done/)
        .first()
        .waitFor();
      await app.screenshot('charting-05-chart-after-reload');
      expect(await chart.seriousViolations()).toEqual([]);

      // And the database agrees.
      const saved = await app.host.api.callTyped('clients.chart', { id: clientId });
      if (!saved.ok) throw new Error(saved.error.message);
      const [third, second] = saved.data.sessions;
      expect(second?.shadeChanges).toEqual([expect.objectContaining({ fromShade: 'Medium Grey', toShade: 'Dark Grey', reason: 'faded' })]);
      expect(saved.data.hairlineRequests).toEqual([
        expect.objectContaining({ kind: 'lower_hairline', status: 'done', raisedAtSessionId: second?.id, doneAtSessionId: third?.id }),
      ]);
      expect(await app.host.api.call('drafts.get', { clientId, form: 'session' })).toEqual({ ok: true, data: null });

      // The list finds them and says how far the plan has come.
      await navLink(page, 'Clients').click();
      await page.getByLabel('Search clients').fill('murph');
      await clientRow(page, 'Declan Murphy').waitFor();
      expect(app.nonLocalRequests()).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } catch (error) {
      await app.screenshot('charting-failure');
      throw error;
    }
  });

  it('shows a second person’s save of the same session field by field and lets the practitioner choose', async () => {
    const { page } = app;
    const api = app.host.api;
    const created = await api.callTyped('clients.create', { firstName: 'Priya', lastName: 'Nair' });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.id;
    const base = {
      clientId: id,
      pigmentBrand: 'Standard SMP',
      pigmentShade: 'Soft Grey',
      dilution: '1:4',
      pigmentBatch: 'SG-77',
      pigmentExpiry: '2029-01-31',
      needle: '1RL 0.25',
      zones: ['crown', 'mid_scalp'] as ('crown' | 'mid_scalp')[],
    };
    const first = await api.callTyped('sessions.chart', { ...base, performedAt: new Date(Date.now() - 20 * 86_400_000).toISOString() });
    expect(first.ok).toBe(true);
    try {
      await app.gotoApp(`/clients/${id}`);
      await chart.startSession(2);
      const form = chart.form;
      await chart.chip('Crown', 'Slight fading', form);
      await chart.chip('Mid-scalp', 'Held well', form);
      await form.getByLabel('Notes', { exact: true }).fill('Mine: filled the gaps on the crown, even density.');

      // Meanwhile a colleague charts session 2 on the other computer.
      const theirs = await api.callTyped('sessions.chart', {
        ...base,
        needle: '3RL 0.30',
        performedAt: new Date().toISOString(),
        notes: 'Theirs: blended the crown.',
        expectedNumber: 2,
        retention: [{ zone: 'crown', rating: 'held_well', note: '' }],
      });
      expect(theirs.ok).toBe(true);

      await form.getByRole('button', { name: 'Save session 2' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'was saved by someone else' });
      await conflict.waitFor();
      const notesRow = conflict.getByRole('row', { name: /^Notes/ });
      await notesRow.getByText('Mine: filled the gaps on the crown, even density.').waitFor();
      await notesRow.getByText('Theirs: blended the crown.').waitFor();
      await app.screenshot('charting-06-conflict');
      expect(await chart.seriousViolations()).toEqual([]);

      // Keep my notes, take their needle.
      await conflict
        .getByRole('row', { name: /^Needle/ })
        .getByText('3RL 0.30')
        .click();
      await conflict.getByRole('button', { name: 'Use these choices' }).click();
      expect(await form.getByLabel('Notes', { exact: true }).inputValue()).toBe('Mine: filled the gaps on the crown, even density.');
      expect(await form.getByLabel('Needle configuration').inputValue()).toBe('3RL 0.30');
      await form.getByRole('button', { name: 'Save session 2' }).click();
      await page.getByText('Session 2 saved.').waitFor();

      const after = await api.callTyped('clients.chart', { id });
      if (!after.ok) throw new Error(after.error.message);
      expect(after.data.sessions.map((s) => s.number)).toEqual([2, 1]); // corrected, not duplicated
      expect(after.data.sessions[0]).toMatchObject({
        notes: 'Mine: filled the gaps on the crown, even density.',
        needle: '3RL 0.30',
        version: 2,
      });
    } catch (error) {
      await app.screenshot('charting-failure-conflict');
      throw error;
    }
  });

  it('lists many clients in a virtualised table sorted on the server', async () => {
    const { page } = app;
    for (let i = 0; i < 320; i++) {
      const r = await app.host.api.call('clients.create', {
        firstName: `Client${String(i).padStart(3, '0')}`,
        lastName: `Listed${String(i % 40).padStart(2, '0')}`,
      });
      expect(r.ok).toBe(true);
    }
    await app.gotoApp('/clients');
    await page.getByText(/^32\d clients$/).waitFor();
    const rendered = await page.locator('tbody tr.client-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60); // only the rows near the viewport exist

    // Sort by last session, newest first: the charted clients come to the top.
    const header = page.getByRole('columnheader', { name: /Last session/ });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => page.locator('tbody tr.client-row').first().textContent()).toMatch(/Nair, Priya|Murphy, Declan/);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'charting-07-list-viewport.png') }); // as seen at 1280×800

    // Scroll to the end: the last page is fetched on demand.
    await page.locator('.table-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.locator('tbody tr.client-row').last().waitFor();
    await expect.poll(() => page.getByText('Loading…').count()).toBe(0);
    expect(await chart.seriousViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('blocks charting on an unexpired temporary contraindication until a practitioner gives a reason', async () => {
    const { page } = app;
    const api = app.host.api;
    const created = await api.callTyped('clients.create', { firstName: 'Tomasz', lastName: 'Kowal' });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.id;
    const until = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const added = await api.callTyped('contraindications.add', { clientId: id, condition: 'Laser on the scalp', tier: 'temporary', until });
    expect(added.ok).toBe(true);
    try {
      await app.gotoApp(`/clients/${id}`);
      const flags = page.getByRole('note', { name: 'Contraindications' });
      await flags.getByText(/Temporary:\s*Laser on the scalp — until/).waitFor();
      await chart.startSession(1);
      const form = chart.form;
      await form.getByText(/Charting is blocked/).waitFor();
      await form.getByLabel('Pigment', { exact: true }).selectOption({ label: 'Soft Grey' });
      await form.getByLabel('Dilution').fill('1:4');
      await form.getByLabel('Needle configuration').fill('1RL 0.25');
      await form.getByLabel('Batch / lot number').fill('SG-3');
      await typeDate(dateField(form, 'Batch expiry'), '2029-03-31');
      await chart.chip('Zones treated', 'Crown', form);
      await form.getByRole('button', { name: 'Save session 1' }).click();
      await expect
        .poll(() => chart.errorBeside('Override reason', form).textContent())
        .toBe('Write the reason for going ahead despite it.');
      // The block itself is said once, in the group that holds the reason (issue 19).
      await form
        .getByRole('group', { name: /Charting is blocked by Laser on the scalp/ })
        .getByLabel('Override reason')
        .waitFor();
      await app.screenshot('charting-08-contraindication-block');
      await form.getByLabel('Override reason').fill('Laser was on the neck, not the scalp; doctor confirmed by phone.');
      await form.getByRole('button', { name: 'Save session 1' }).click();
      await page.getByText('Session 1 saved.').waitFor();
      await chart.timelineEntry(1).getByText('Laser was on the neck, not the scalp; doctor confirmed by phone.').waitFor();
    } catch (error) {
      await app.screenshot('charting-failure-block');
      throw error;
    }
  });
});
