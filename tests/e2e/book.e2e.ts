// The appointment book, end to end in Chromium over the browser host: a day with a column per
// practitioner; a booking made by clicking a free slot (the client's booking window shaded while it
// is made), a clash refused with who has the slot, a booking moved by dragging it (asked why), axe
// on the book, a booking form opened from the keyboard's slot cursor, and a screenshot at 1280×800.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type StippleApp } from './harness';
import { dateField, shownDateTime, typeDateTime } from './pages/date-field';

let app: StippleApp;
const ids = { kim: 0, ana: 0, sam: 0, alex: 0, jo: 0, plan: 0 };

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** The day the scenario books on: a Monday at least a week ahead, at `hour` on this machine's clock. */
const monday = (() => {
  const d = new Date(Date.now() + 7 * DAY);
  d.setDate(d.getDate() + ((8 - d.getDay()) % 7));
  d.setHours(0, 0, 0, 0);
  return d;
})();
const on = (hour: number, days = 0) => {
  const d = new Date(monday);
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d;
};
/** A time as the date field shows it in the clinic's default locale (en-GB): "14/12/2026, 10:00". */
const shown = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

function charting(clientId: number, planId: number, performedAt: Date, first: boolean) {
  return {
    clientId,
    planId,
    performedAt: performedAt.toISOString(),
    practitionerId: ids.kim,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: `BOOK-${first ? 1 : 2}`,
    pigmentExpiry: '2031-01-31',
    needle: '1RL 0.25',
    zones: ['crown'],
    retention: first ? [] : [{ zone: 'crown', rating: 'held_well', note: '' }],
  };
}

/** The grid's column of one practitioner (day view: one day-slot per column, in the header's order). */
async function column(page: Page, name: string): Promise<Locator> {
  const headers = await page.locator('.rbc-time-header .rbc-row-resource .rbc-header').allTextContents();
  const index = headers.findIndex((h) => h.trim() === name);
  expect(index, `${name} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return page.locator('.rbc-time-content .rbc-day-slot').nth(index);
}

/** The point in a column at hh:mm (the grid runs 07:00–21:00). */
async function pointAt(col: Locator, hour: number, minute = 0): Promise<{ x: number; y: number }> {
  const box = (await col.boundingBox())!;
  const fraction = (hour * 60 + minute - 7 * 60) / (14 * 60);
  return { x: box.x + box.width / 2, y: box.y + box.height * fraction + 4 };
}

describe('the appointment book', () => {
  beforeAll(async () => {
    app = await startApp();
    ids.kim = (await api<{ id: number }>('staff.create', { name: 'Kim Lee', role: 'practitioner' })).id;
    ids.ana = (await api<{ id: number }>('staff.create', { name: 'Ana Ruiz', role: 'practitioner' })).id;
    ids.sam = (await api<{ id: number }>('clients.create', { firstName: 'Sam', lastName: 'Okafor', phone: '07700 900123' })).id;
    ids.alex = (await api<{ id: number }>('clients.create', { firstName: 'Alex', lastName: 'Moreau' })).id;
    ids.jo = (await api<{ id: number }>('clients.create', { firstName: 'Jo', lastName: 'Park' })).id;
    ids.plan = (
      await api<{ id: number }>('plans.create', { clientId: ids.sam, quotedSessions: 3, priceMinor: 150000, currency: 'GBP' })
    ).id;
    // Sessions 1 and 2 done; session 3's window is 21–28 days after session 2: the Monday is day 22.
    await api('sessions.chart', charting(ids.sam, ids.plan, on(10, -40), true));
    await api('sessions.chart', charting(ids.sam, ids.plan, on(10, -22), false));
    // Alex has Kim from 10:00 (a first session: four hours).
    await api('sessions.book', { clientId: ids.alex, bookedFor: on(10).toISOString(), practitionerId: ids.kim });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('books by clicking a slot, refuses a clash naming it, moves by drag, and is axe clean', async () => {
    const { page } = app;
    await app.gotoApp(`/reception/book?date=${isoDay(monday)}&view=day`);
    await page.getByRole('link', { name: 'Appointment book' }).waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    const alexEvent = page.locator('.rbc-event', { hasText: 'Alex Moreau' });
    await alexEvent.waitFor();
    expect(await alexEvent.textContent()).toMatch(/Alex Moreau.*session 1.*First visit/);

    // A click on Ana's free 10:00 opens the booking form with her and the time filled in.
    const ana = await column(page, 'Ana Ruiz');
    const tenAtAna = await pointAt(ana, 10, 5);
    await page.mouse.click(tenAtAna.x, tenAtAna.y);
    const form = page.getByRole('form', { name: 'Book a session' });
    await form.waitFor();
    expect(await form.getByLabel('Practitioner').inputValue()).toBe(String(ids.ana));
    expect(await shownDateTime(dateField(form, 'Day and time'))).toBe(shown(on(10)));
    await form.getByLabel('Client').fill('Okaf');
    await form.getByRole('button', { name: /Sam Okafor/ }).click();
    // Her plan's next session is 3: its window is named and its days shaded in the grid.
    await form.getByTestId('book-window').waitFor();
    expect(await form.getByTestId('book-window').textContent()).toMatch(/^Book between .+ and .+: those days are shaded\.$/);
    await expect.poll(() => page.locator('.rbc-day-slot.book-in-window, .rbc-time-slot.book-in-window').count()).toBeGreaterThan(0);
    await app.screenshot('book-booking-form');
    await form.getByRole('button', { name: 'Book session 3' }).click();
    const samEvent = page.locator('.rbc-event', { hasText: 'Sam Okafor' });
    await samEvent.waitFor();
    expect(await samEvent.textContent()).toMatch(/session 3 of 3/);
    await form.waitFor({ state: 'detached' });

    // Kim at 11:00 is Alex's: refused, beside the time, with who has the slot; nothing is booked.
    const kim = await column(page, 'Kim Lee');
    const elevenAtKim = await pointAt(kim, 11, 5);
    // The click lands on Alex's booking, so open the form from the keyboard-friendly button instead.
    await page.getByRole('button', { name: 'New booking' }).click();
    const clashForm = page.getByRole('form', { name: 'Book a session' });
    await clashForm.getByLabel('Client').fill('Park');
    await clashForm.getByRole('button', { name: /Jo Park/ }).click();
    await typeDateTime(dateField(clashForm, 'Day and time'), `${isoDay(monday)}T11:00`);
    await clashForm.getByLabel('Practitioner').selectOption(String(ids.kim));
    await clashForm.getByRole('button', { name: 'Book a session' }).click();
    await clashForm.getByText('Kim Lee already has Alex Moreau 10:00–14:00. Choose another time or practitioner.').waitFor();
    const jo = await api<{ sessions: unknown[] }>('clients.chart', { id: ids.jo });
    expect(jo.sessions).toEqual([]);
    await clashForm.getByRole('button', { name: 'Cancel' }).click();
    expect(elevenAtKim.y).toBeGreaterThan(0);

    // Drag Sam's booking from Ana at 10:00 to Kim at 15:00: asked why, then moved.
    const from = (await samEvent.boundingBox())!;
    const to = await pointAt(kim, 15, 0);
    // Held 12 px below its top (clear of the resize handle), dropped 15 px below 15:00.
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + 30, { steps: 4 });
    await page.mouse.move(to.x, to.y + 11, { steps: 12 });
    await page.mouse.up();
    const move = page.getByRole('form', { name: 'Move the booking' });
    await move.waitFor();
    expect(await move.getByLabel('Practitioner').inputValue()).toBe(String(ids.kim));
    expect(await shownDateTime(dateField(move, 'New day and time'))).toBe(shown(on(15)));
    await move.getByRole('button', { name: 'Save the change' }).click();
    await move.getByText('Enter why the session is moved.').waitFor();
    await move.getByLabel('Why it is moved').fill('Ana is on a course');
    await move.getByRole('button', { name: 'Save the change' }).click();
    await move.waitFor({ state: 'detached' });
    const booked = await api<{ sessions: { number: number; bookedFor: string | null; practitionerId: number | null }[] }>('clients.chart', {
      id: ids.sam,
    });
    expect(booked.sessions.find((s) => s.number === 3)).toMatchObject({ bookedFor: on(15).toISOString(), practitionerId: ids.kim });

    // Its lower edge dragged down an hour: the length becomes four hours, asked why.
    const moved = page.locator('.rbc-event', { hasText: 'Sam Okafor' });
    await expect.poll(async () => (await moved.textContent()) ?? '').toMatch(/^15:00–18:00/);
    await moved.hover(); // the handle shows on hover
    const edge = moved.locator('.rbc-addons-dnd-resize-ns-anchor').last().locator('.rbc-addons-dnd-resize-ns-icon');
    const box = (await edge.boundingBox())!;
    const seven = await pointAt(kim, 19, 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, seven.y, { steps: 6 });
    await page.mouse.up();
    const resize = page.getByRole('form', { name: 'Move the booking' });
    expect(await resize.getByLabel('Length in minutes').inputValue()).toBe('240');
    await resize.getByLabel('Why it changes').fill('More density work on the crown');
    await resize.getByRole('button', { name: 'Save the change' }).click();
    await resize.waitFor({ state: 'detached' });
    await expect.poll(async () => (await moved.textContent()) ?? '').toMatch(/^15:00–19:00/);

    // From the keyboard: the booking takes focus, Enter opens it, “Keep as it is” closes it; N and P step a day.
    await moved.focus();
    await page.keyboard.press('Enter');
    const opened = page.getByRole('form', { name: 'Move the booking' });
    expect(await opened.getByLabel('Length in minutes').inputValue()).toBe('240');
    await opened.getByRole('button', { name: 'Keep as it is' }).click();
    await page.keyboard.press('n');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toBe(heading);
    await page.keyboard.press('p');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);

    // The owner sets Kim's hours (Mondays 09:00–17:00): the closed hours grey, and a booking at 19:00
    // asks for a reason beside the field, then is made with it.
    await page.getByRole('button', { name: 'Opening hours' }).click();
    const hours = page.getByRole('form', { name: 'Opening hours' });
    await hours.getByLabel('Practitioner').selectOption(String(ids.kim));
    await hours.getByLabel('Monday closes').fill('17:00');
    await hours.getByRole('button', { name: 'Save opening hours' }).click();
    await hours.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.rbc-time-slot.book-closed').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'New booking' }).click();
    const late = page.getByRole('form', { name: 'Book a session' });
    // The client chosen before the clash is still chosen: nothing was booked for them.
    expect(await late.getByText(/^For Jo Park/).textContent()).toMatch(/For Jo Park/);
    await typeDateTime(dateField(late, 'Day and time'), `${isoDay(monday)}T19:00`);
    await late.getByLabel('Length in minutes').fill('60');
    await late.getByLabel('Practitioner').selectOption(String(ids.kim));
    await late.getByRole('button', { name: 'Book a session' }).click();
    await late.getByText('Kim Lee works 09:00–17:00 on Mondays. Give a reason to book outside their hours.').waitFor();
    await late.getByLabel('Reason for booking outside their hours').fill('Only free after work');
    await late.getByRole('button', { name: 'Book a session' }).click();
    await late.waitFor({ state: 'detached' });
    const joSessions = async () => (await api<{ sessions: { bookedFor: string | null }[] }>('clients.chart', { id: ids.jo })).sessions;
    await expect.poll(async () => (await joSessions())[0]?.bookedFor).toBe(on(19).toISOString());
    await page.locator('.rbc-event', { hasText: 'Jo Park' }).waitFor();

    // Keyboard: the grid's box takes focus, the arrows move the slot cursor (announced, outlined), and
    // Enter opens the booking form at that slot and practitioner. Sam moved to Kim, so Ana is free.
    const grid = page.getByRole('group', { name: /time slots/ });
    await grid.focus();
    const says = page.getByTestId('book-cursor-says');
    await expect.poll(() => says.textContent()).toMatch(/^.+, .*09:00, free$/);
    expect(await page.locator('.rbc-time-slot.book-cursor').count()).toBe(1);
    const toColumn = async (name: string) => {
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft'); // the first column
      for (let i = 0; i < 4 && !(await says.textContent())?.startsWith(name); i++) await page.keyboard.press('ArrowRight');
      expect(await says.textContent()).toMatch(new RegExp(`^${name}, `));
    };
    await toColumn('Kim Lee');
    for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowDown'); // 09:00 → 15:00
    await expect.poll(() => says.textContent()).toMatch(/^Kim Lee, .*15:00, booked: Sam Okafor$/);
    await page.keyboard.press('Enter'); // a booking under the cursor opens as it does when clicked
    const underCursor = page.getByRole('form', { name: 'Move the booking' });
    await underCursor.getByRole('button', { name: 'Keep as it is' }).click();
    await grid.focus();
    await toColumn('Ana Ruiz');
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('Home'); // 07:00
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown'); // 12:00
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => says.textContent()).toMatch(/^Ana Ruiz, .*12:00, free$/);
    await app.screenshot('book-keyboard-slot');
    await page.keyboard.press('Enter');
    const byKeys = page.getByRole('form', { name: 'Book a session' });
    await byKeys.waitFor();
    expect(await byKeys.getByLabel('Practitioner').inputValue()).toBe(String(ids.ana));
    expect(await shownDateTime(dateField(byKeys, 'Day and time'))).toBe(shown(on(12)));
    await byKeys.getByRole('button', { name: 'Cancel' }).click();

    // Axe on the book: nothing serious or critical.
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
    await page.locator('.rbc-event', { hasText: 'Sam Okafor' }).waitFor();
    const axeWeek = await new AxeBuilder({ page }).include('main').analyze();
    expect(axeWeek.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await app.screenshot('book-week');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Day' }).click();
    await app.screenshot('book-day');
    expect(app.nonLocalRequests()).toEqual([]);
  });
});
