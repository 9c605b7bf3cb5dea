// What a clinic day turned up (issue 19), kept fixed end to end in Chromium over the browser host:
// layout by bounding boxes, focus by the focused element, contrast by computed colours. The staff
// picker, focus rings, where focus lands, the skip link and search, chip names, the practitioner
// default, the board's names and targets, the screens at 1024×768, 800×1280 and 200% zoom, and one
// session charted and a deposit paid with the keyboard alone. Screenshots go to test-results/.
import { dateField, typeDate, typeDateTime } from './pages/date-field';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAsPage, startApp, VIEWPORT, type StippleApp } from './harness';
import { ChartPageObject } from './pages/chart-page';
import { activeInfo, focusRingContrast, ownerName, pressUntilFocused, rect } from './pages/keyboard';

let app: StippleApp;
let chart: ChartPageObject;
const DAY = 86_400_000;
const jo = { id: 0, name: 'Jo Reyes', pin: '2468' };
const ids = { aoife: 0, aoifePlan: 0, kaur: 0, tomasz: 0, draft: 0 };
const draftFor = { clientId: 0 };

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

let batch = 0;
function session(clientId: number, planId: number | null, daysAgo: number, extra: Record<string, unknown> = {}) {
  batch += 1;
  return {
    clientId,
    ...(planId ? { planId } : {}),
    performedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
    practitionerId: jo.id,
    pigmentBrand: 'Standard SMP',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: `CD-${batch}`,
    pigmentExpiry: '2031-01-31',
    needle: '3RL 0.30',
    zones: ['frontal_hairline', 'crown'],
    ...extra,
  };
}

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '800x1280', width: 800, height: 1280 },
] as const;

beforeAll(async () => {
  app = await startApp();
  chart = new ChartPageObject(app.page);
  jo.id = (await api<{ id: number }>('staff.create', { name: jo.name, role: 'practitioner' })).id;
  await api('auth.setPin', { staffId: jo.id, pin: jo.pin });
  await api('staff.create', { name: 'Sam Patel', role: 'reception' });

  // Aoife: a four-session course, deposits on sessions 3 and 4, session 1 and 2 done.
  ids.aoife = (await api<{ id: number }>('clients.create', { firstName: 'Aoife', lastName: 'Byrne', phone: '07700 900123' })).id;
  ids.aoifePlan = (
    await api<{ id: number }>('plans.create', {
      clientId: ids.aoife,
      quotedSessions: 4,
      priceMinor: 180000,
      currency: 'GBP',
      deposits: [
        { sessionNumber: 3, amountMinor: 10000 },
        { sessionNumber: 4, amountMinor: 10000 },
      ],
    })
  ).id;
  await api('sessions.chart', session(ids.aoife, ids.aoifePlan, 40));
  await api(
    'sessions.chart',
    session(ids.aoife, ids.aoifePlan, 20, {
      retention: [
        { zone: 'crown', rating: 'held_well', note: '' },
        { zone: 'frontal_hairline', rating: 'held_well', note: '' },
      ],
    }),
  );

  // Harpreet Kaur: charted and paid for by keyboard alone.
  ids.kaur = (await api<{ id: number }>('clients.create', { firstName: 'Harpreet', lastName: 'Kaur', phone: '07700 900456' })).id;
  const kaurPlan = (
    await api<{ id: number }>('plans.create', {
      clientId: ids.kaur,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    })
  ).id;
  await api('sessions.chart', session(ids.kaur, kaurPlan, 21));

  // Tomasz: a temporary contraindication blocks charting.
  ids.tomasz = (await api<{ id: number }>('clients.create', { firstName: 'Tomasz', lastName: 'Nowak' })).id;
  const until = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);
  await api('contraindications.add', { clientId: ids.tomasz, condition: 'Laser on the scalp', tier: 'temporary', until });

  // Ruth: a draft of session 2 left behind by a crash, and an aftercare sheet to open.
  ids.draft = (await api<{ id: number }>('clients.create', { firstName: 'Ruth', lastName: 'Okafor' })).id;
  await api('sessions.chart', session(ids.draft, null, 21));
  draftFor.clientId = ids.draft;
});

afterAll(async () => {
  if (app?.pageErrors.length) console.error('[clinic-day e2e] page errors:', app.pageErrors);
  await app?.stop();
});

async function openChart(id: number, name: string) {
  await app.gotoApp(`/clients/${id}`);
  await app.page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The next Tab goes on from the skip link, the first thing on every page. */
async function fromTheTop(page: Page) {
  await page.locator('.skip-link').focus();
}

/** Closes the session form and throws away any draft it left. */
async function closeForm() {
  await chart.form.getByRole('button', { name: 'Close, keep the draft' }).click();
  const discard = app.page.getByRole('button', { name: 'Discard draft' });
  if (
    await discard.waitFor({ timeout: 1500 }).then(
      () => true,
      () => false,
    )
  )
    await discard.click();
  await app.page.getByRole('button', { name: /^Chart (booked )?session/ }).waitFor();
}

async function shoot(name: string) {
  await app.screenshot(`clinic-day-${name}`);
}

describe('a clinic day, keyboard and small screens', () => {
  it('signs in from the lock with the arrow keys on the staff list, the PIN reached by Tab', async () => {
    const { page } = app;
    await app.gotoApp('/clients');
    await page.getByRole('button', { name: 'Lock' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stipple is locked' });
    await dialog.waitFor();
    // The dialog takes focus: the staff list's one tab stop.
    await expect.poll(async () => (await activeInfo(page)).role).toBe('radio');
    expect((await activeInfo(page)).inDialog).toBe(true);
    const names = await dialog
      .getByRole('radio')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect((await activeInfo(page)).name).toBe(names[0]);

    // ↓ moves the choice and focus along the list, round to the start; focus never jumps to the PIN.
    for (let i = 1; i <= names.length; i++) {
      await page.keyboard.press('ArrowDown');
      const now = await activeInfo(page);
      expect(now.role).toBe('radio');
      expect(now.name).toBe(names[i % names.length]);
      expect(now.checked).toBe('true');
      expect(await dialog.getByRole('radio', { checked: true }).count()).toBe(1);
    }
    await pressUntilFocused(page, 'ArrowDown', (a) => a.name.startsWith(jo.name), names.length);
    let now = await activeInfo(page);
    expect(now.checked).toBe('true');

    // Tab goes on to the PIN; typing it signs in the person chosen, not the owner.
    await page.keyboard.press('Tab');
    now = await activeInfo(page);
    expect(now.label).toBe('PIN');
    await page.keyboard.type(jo.pin);
    await shoot('sign-in-picker');
    expect(await chart.seriousViolations()).toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.signed-in').getByText(jo.name).waitFor();
    // After signing in, focus is where the page starts: the client search.
    await expect.poll(async () => (await activeInfo(page)).label).toBe('Search clients');
  });

  it('has a skip link to the content, and Enter or ↓ in the search goes to the results', async () => {
    const { page } = app;
    // A page without a field of its own to start in: the first Tab reaches the skip link.
    await app.gotoApp('/reception');
    await page.getByRole('table', { name: /Reception board/ }).waitFor();
    await page.keyboard.press('Tab');
    let now = await activeInfo(page);
    expect(now.name).toBe('Skip to content');
    expect((await rect(page.getByRole('link', { name: 'Skip to content' }))).y).toBeGreaterThanOrEqual(0); // shown on focus
    await page.keyboard.press('Enter');
    now = await activeInfo(page);
    expect(now.tag).toBe('H1');
    expect(now.name).toBe('Reception');

    await app.gotoApp('/clients');
    await page.getByRole('link', { name: 'Byrne, Aoife' }).waitFor(); // the list writes surname first
    const search = page.getByLabel('Search clients');
    await search.focus();
    await page.keyboard.type('Byrne');
    await expect.poll(() => page.locator('tbody tr.client-row').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    now = await activeInfo(page);
    expect(now.tag).toBe('A');
    expect(now.name).toBe('Byrne, Aoife');
    await search.focus();
    await page.keyboard.press('Enter');
    expect((await activeInfo(page)).name).toBe('Byrne, Aoife');
    // Opening the chart puts focus on the client's name.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Aoife Byrne' }).waitFor();
    await expect.poll(async () => (await activeInfo(page)).tag).toBe('H1');
    expect((await activeInfo(page)).name).toBe('Aoife Byrne');
  });

  it('gives every focusable control a ring of 3:1 or more on the chart, the session form and the board', async () => {
    const { page } = app;
    await openChart(ids.aoife, 'Aoife Byrne');
    await chart.startSession(3);
    await page.getByTestId('deposit-3').getByRole('button', { name: 'Record a payment' }).click();
    const failures: string[] = [];
    const seen = new Set<string>();
    await fromTheTop(page);
    for (let i = 0; i < 140; i++) {
      await page.keyboard.press('Tab');
      const ring = await focusRingContrast(page);
      if (!ring) break;
      seen.add(ring.what);
      if (ring.width < 2 || ring.contrast < 3) failures.push(`${ring.what}: ${ring.width}px at ${ring.contrast.toFixed(2)}:1`);
    }
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].some((w) => w.startsWith('A '))).toBe(true); // links are among them
    expect(failures).toEqual([]);

    // A field focused after a failed save (a click, not the keyboard) shows its ring too.
    const form = chart.form;
    await form.getByRole('button', { name: 'Save session 3' }).click();
    await shoot('failed-save-focus');
    await expect.poll(async () => JSON.stringify(await activeInfo(page))).toContain('"role":"radio"'); // the first unrated zone
    const ring = await focusRingContrast(page);
    expect(ring?.width).toBeGreaterThanOrEqual(2);
    expect(ring?.contrast).toBeGreaterThanOrEqual(3);
    await closeForm();

    // On the board, and the header's own controls on the dark bar.
    await app.gotoApp('/reception');
    await page.getByRole('table', { name: /Reception board/ }).waitFor();
    await fromTheTop(page);
    const boardFailures: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const r = await focusRingContrast(page);
      if (!r) break;
      if (r.width < 2 || r.contrast < 3) boardFailures.push(`${r.what}: ${r.width}px at ${r.contrast.toFixed(2)}:1`);
    }
    expect(boardFailures).toEqual([]);
  });

  it('keeps "Correct session" a normal button beside the open aftercare panel', async () => {
    const { page } = app;
    await openChart(ids.aoife, 'Aoife Byrne');
    const entry = chart.timelineEntry(2);
    await entry.getByRole('button', { name: 'Aftercare sheet' }).click();
    await entry.getByRole('region', { name: 'Aftercare sheet' }).waitFor();
    const correct = await rect(entry.getByRole('button', { name: 'Correct session 2' }));
    expect(correct.height).toBeLessThanOrEqual(56);
    expect(correct.width).toBeLessThan(260);
    await entry.getByRole('region', { name: 'Aftercare sheet' }).locator('canvas').waitFor({ timeout: 20_000 });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await entry.scrollIntoViewIfNeeded();
      const b = await rect(entry.getByRole('button', { name: 'Correct session 2' }));
      expect(b.height, size.name).toBeLessThanOrEqual(56);
      const panel = await rect(entry.getByRole('region', { name: 'Aftercare sheet' }));
      expect(panel.x + panel.width, size.name).toBeLessThanOrEqual(size.width);
      await shoot(`aftercare-panel-${size.name}`);
    }
    await page.setViewportSize(VIEWPORT);
    await entry.getByRole('region', { name: 'Aftercare sheet' }).getByRole('button', { name: 'Close' }).click();
  });

  it('says at the top of the chart that a draft is waiting, with the button to continue', async () => {
    const { page } = app;
    // What a crash leaves: a draft kept for the person signed in (drafts are each person's own).
    const kept = await callAsPage(page, 'drafts.save', {
      clientId: draftFor.clientId,
      form: 'session',
      data: { target: { sessionId: null, expectedVersion: null, number: 2, kind: 'new' }, values: { notes: 'Typed before the power cut' } },
    });
    expect(kept.ok).toBe(true);
    await openChart(ids.draft, 'Ruth Okafor');
    const offer = page.getByRole('region', { name: 'Unsaved draft' });
    await offer.getByText(/A draft of session 2 is waiting/).waitFor();
    const box = await rect(offer);
    const button = await rect(offer.getByRole('button', { name: 'Continue your draft' }));
    expect(box.y).toBeLessThan(300); // on the first screen, under the name
    expect(button.y + button.height).toBeLessThan(VIEWPORT.height);
    await shoot('draft-offer');
    expect(await chart.seriousViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Continue your draft' }).click();
    await chart.form.waitFor();
    expect(await chart.form.getByLabel('Notes', { exact: true }).inputValue()).toBe('Typed before the power cut');
    // The form took focus, so the person is where the draft is.
    await expect.poll(async () => (await activeInfo(page)).inForm).toBe(true);
    await chart.form.getByRole('button', { name: 'Close, keep the draft' }).click();
  });

  it('writes a contraindication block once, next to the override reason', async () => {
    await openChart(ids.tomasz, 'Tomasz Nowak');
    await chart.startSession(1);
    const form = chart.form;
    const count = async () => ((await form.textContent()) ?? '').split('Laser on the scalp').length - 1;
    expect(await count()).toBe(1);
    await form.getByLabel('Pigment', { exact: true }).selectOption({ label: 'Soft Grey' });
    await form.getByLabel('Dilution').fill('1:4');
    await form.getByLabel('Needle configuration').fill('1RL 0.25');
    await form.getByLabel('Batch / lot number').fill('SG-3');
    await typeDate(dateField(form, 'Batch expiry'), '2029-03-31');
    await chart.chip('Zones treated', 'Crown', form);
    await form.getByRole('button', { name: 'Save session 1' }).click();
    await expect.poll(() => chart.errorBeside('Override reason', form).textContent()).toBe('Write the reason for going ahead despite it.');
    expect(await count()).toBe(1);
    // The block and the reason are one group, the reason box inside it.
    const group = form.getByRole('group', { name: /Charting is blocked by Laser on the scalp/ });
    const g = await rect(group);
    const reason = await rect(group.getByLabel('Override reason'));
    expect(reason.y).toBeGreaterThan(g.y);
    expect(reason.y + reason.height).toBeLessThanOrEqual(g.y + g.height);
    await shoot('contraindication-once');
    await closeForm();
  });

  it('keeps the ✓ out of a chip’s name, and defaults the practitioner to the person charting', async () => {
    // Sessions 1 and 2 were Jo's; Jo is signed in and charts session 3.
    await openChart(ids.aoife, 'Aoife Byrne');
    await chart.startSession(3);
    const form = chart.form;
    await chart.chip('Crown', 'Slight fading', form);
    const chip = form.getByRole('group', { name: 'Crown' }).getByRole('radio', { name: 'Slight fading', exact: true });
    expect(await chip.isChecked()).toBe(true);
    const zone = form.getByRole('group', { name: 'Zones treated' }).getByRole('checkbox', { name: 'Crown', exact: true });
    expect(await zone.isChecked()).toBe(true);
    // The tick is drawn on screen all the same.
    const tick = await form
      .getByRole('group', { name: 'Zones treated' })
      .getByText('Crown', { exact: true })
      .evaluate((el) => getComputedStyle(el, '::before').content);
    expect(tick).toContain('✓');

    const practitioner = form.getByLabel('Practitioner');
    expect(await practitioner.locator('option:checked').textContent()).toBe(jo.name);
    await form.getByText(`You, signed in as ${jo.name}.`).waitFor();
    await practitioner.selectOption({ label: ownerName() });
    await form.getByText(`Not you: ${ownerName()} is recorded as doing this session.`).waitFor();
    await closeForm();
  });

  it('names the board, tells apart links to the same client, and gives the back link a 44px target', async () => {
    const { page } = app;
    await app.gotoApp('/reception');
    const board = page.getByRole('table', { name: /Reception board/ });
    await board.waitFor();
    const links = board.getByRole('link', { name: /^Aoife Byrne/ });
    await expect.poll(() => links.count()).toBe(2);
    // Seen the same, named apart: the name carries the session and its state.
    const seen = await links.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
    expect(seen).toEqual(['Aoife Byrne', 'Aoife Byrne']);
    await board.getByRole('link', { name: /^Aoife Byrne, session 3 of 4, deposit outstanding$/ }).waitFor();
    await board.getByRole('link', { name: /^Aoife Byrne, session 4 of 4, deposit outstanding$/ }).waitFor();
    expect(await chart.seriousViolations()).toEqual([]);

    await openChart(ids.aoife, 'Aoife Byrne');
    const back = await rect(page.getByRole('link', { name: '← All clients' }));
    expect(back.height).toBeGreaterThanOrEqual(44);
  });

  it('lands focus where the person goes next for the session form, a payment and a booking, and says what was saved', async () => {
    const { page } = app;
    await openChart(ids.aoife, 'Aoife Byrne');
    // The payment form takes focus on opening; the saved payment is confirmed and focused.
    const deposit = page.getByTestId('deposit-3');
    await deposit.getByRole('button', { name: 'Record a payment' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await activeInfo(page)).label).toBe('Amount (GBP)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('R-311');
    await page.keyboard.press('Enter');
    const paid = deposit.getByRole('status');
    await paid.getByText('Payment of £100.00 by card saved, receipt R-311.').waitFor();
    await expect.poll(async () => (await activeInfo(page)).name).toBe('Payment of £100.00 by card saved, receipt R-311.');

    // The booking form takes focus on opening; booking is confirmed and focused.
    const plan = page.getByRole('article', { name: 'Course of 4 sessions' });
    await plan.getByRole('button', { name: 'Book the next session' }).focus();
    await page.keyboard.press('Enter');
    const booking = page.getByRole('form', { name: 'Book session 3' });
    await booking.waitFor();
    await expect.poll(async () => (await activeInfo(page)).inBooking).toBe(true);
    await shoot('booking-form-focus');
    // A day ahead; a reason is given if it falls outside the window.
    const d = new Date(Date.now() + 3 * DAY);
    const p2 = (n: number) => String(n).padStart(2, '0');
    await typeDateTime(dateField(booking, 'Day and time'), `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}T10:00`);
    await booking.getByRole('button', { name: 'Book session 3' }).press('Enter');
    const outside = booking.getByLabel('Reason for booking outside the window');
    if (
      await outside.waitFor({ timeout: 1000 }).then(
        () => true,
        () => false,
      )
    ) {
      await outside.fill('The client asked for this day.');
      await booking.getByRole('button', { name: 'Book session 3' }).press('Enter');
    }
    const booked = plan.getByRole('status').filter({ hasText: /^Session 3 booked for / });
    await booked.waitFor();
    await expect.poll(async () => (await activeInfo(page)).name).toMatch(/^Session 3 booked for .*10:00\.$/);
    await shoot('booking-confirmed');
  });

  it('charts a whole session and takes a payment with the keyboard alone', async () => {
    const { page } = app;
    await app.gotoApp('/clients');
    await expect.poll(async () => (await activeInfo(page)).label).toBe('Search clients');
    await page.keyboard.type('Kaur');
    await expect.poll(() => page.locator('tbody tr.client-row').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Harpreet Kaur' }).waitFor();
    await expect.poll(async () => (await activeInfo(page)).name).toBe('Harpreet Kaur');

    // To "Chart session 2" by Tab, and open the form: focus goes into it.
    await pressUntilFocused(page, 'Tab', (a) => a.name === 'Chart session 2');
    await page.keyboard.press('Enter');
    await chart.form.waitFor();
    await expect.poll(async () => (await activeInfo(page)).inForm).toBe(true);
    await pressUntilFocused(page, 'Tab', (a) => a.label === 'Assessment');
    await page.keyboard.type('Even healing, no scarring.');

    // Ctrl+S: each thing missing takes focus in turn; Space rates the zone "Held well".
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Control+s');
      const saved = page.getByRole('status').filter({ hasText: 'Session 2 saved.' });
      const done = await saved.waitFor({ timeout: 1500 }).then(
        () => true,
        () => false,
      );
      if (done) break;
      const now = await activeInfo(page);
      expect(now.role, JSON.stringify(now)).toBe('radio');
      await page.keyboard.press('Space');
    }
    await expect.poll(async () => (await activeInfo(page)).name).toBe('Session 2 saved.');
    await chart.timelineEntry(2).getByText('Even healing, no scarring.').waitFor();
    const charted = await api<{ sessions: { number: number; practitionerId: number | null; status: string }[] }>('clients.chart', {
      id: ids.kaur,
    });
    expect(charted.sessions.find((s) => s.number === 2)).toMatchObject({ status: 'performed', practitionerId: jo.id });

    // The deposit for session 3, paid by card, by keyboard.
    await pressUntilFocused(page, 'Shift+Tab', (a) => a.name === 'Record a payment', 120);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await activeInfo(page)).label).toBe('Amount (GBP)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('K-100');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await activeInfo(page)).name).toBe('Payment of £100.00 by card saved, receipt K-100.');
    const after = await api<{ deposits: { status: string; paidMinor: number }[] }>('clients.chart', { id: ids.kaur });
    expect(after.deposits[0]).toMatchObject({ status: 'paid', paidMinor: 10000 });
    await shoot('keyboard-only-done');
    expect(await chart.seriousViolations()).toEqual([]);
  });

  it('fits the list, board, chart and session form at 1024×768 and 800×1280, and the header at 200% zoom', async () => {
    const { page } = app;
    try {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        // The client list: dates whole, not cut.
        await app.gotoApp('/clients');
        await page.getByRole('link', { name: 'Byrne, Aoife' }).waitFor();
        const clipped = await page
          .locator('.client-table td')
          .evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent));
        expect(clipped, size.name).toEqual([]);
        await shoot(`list-${size.name}`);

        // The board: every column on screen, or a scroller the person can see and reach.
        await app.gotoApp('/reception');
        const board = page.getByRole('table', { name: /Reception board/ });
        await board.waitFor();
        await shoot(`board-${size.name}`);
        const fit = await page.locator('.board-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(fit.scroll, size.name).toBeLessThanOrEqual(fit.client + 1);
        const cellsClipped = await board
          .locator('td, th')
          .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
        expect(cellsClipped, size.name).toEqual([]);
        const last = await rect(board.locator('th').last());
        expect(last.x + last.width, size.name).toBeLessThanOrEqual(size.width);

        // The chart and the session form: nothing runs off the side.
        await openChart(ids.aoife, 'Aoife Byrne');
        expect(await page.evaluate(() => document.documentElement.scrollWidth), size.name).toBeLessThanOrEqual(size.width);
        await shoot(`chart-${size.name}`);
        // Session 3 was booked by an earlier step: its button says so.
        await page.getByRole('button', { name: /^Chart (booked )?session 3$/ }).click();
        await chart.form.waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), size.name).toBeLessThanOrEqual(size.width);
        // The fields a person types in (the date field is a group of parts; its hidden input is not one).
        const inputs = await chart.form
          .locator('input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([hidden]), select, textarea, .date-input')
          .evaluateAll((els) =>
            els
              .filter((e) => e.getClientRects().length > 0 && e.closest('[aria-hidden="true"]') === null)
              .map((e) => {
                const r = e.getBoundingClientRect();
                return { right: r.right, width: r.width, name: e.id || e.className };
              }),
          );
        for (const i of inputs) {
          expect(i.right, `${size.name} ${i.name}`).toBeLessThanOrEqual(size.width);
          expect(i.width, `${size.name} ${i.name}`).toBeGreaterThan(120);
        }
        await shoot(`session-form-${size.name}`);
        await closeForm();
      }
      // 200% zoom on 1280×800 is a 640×400 CSS viewport: the name and Lock stay on screen.
      await page.setViewportSize({ width: 640, height: 400 });
      await app.gotoApp('/clients');
      const name = await rect(page.locator('.signed-in > span').last()); // who is signed in
      const lock = await rect(page.getByRole('button', { name: 'Lock' }));
      for (const r of [name, lock]) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(640);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      // The list under it keeps its dates whole there too.
      await page.getByRole('link', { name: 'Byrne, Aoife' }).waitFor();
      const cut = await page
        .locator('.client-table td')
        .evaluateAll((tds) =>
          tds.filter((td) => td.getClientRects().length && td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent),
        );
      expect(cut).toEqual([]);
      await shoot('header-200pct');
    } finally {
      await page.setViewportSize(VIEWPORT);
    }
  });
});
