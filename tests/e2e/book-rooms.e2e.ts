// The appointment book per room, end to end in Chromium over the browser host: the owner adds two
// rooms and switches the book to a column per room in Settings; a booking is made in a room column
// with the keyboard only (the slot cursor walks the room columns); a clash in the same room is
// refused beside the room field, naming the room and who has it; a booking dragged to another
// room's column changes its room and keeps its practitioner; axe on the day and week views, and a
// screenshot of the week at 1280×800.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, startApp, type StippleApp } from './harness';
import { dateField, typeDateTime } from './pages/date-field';
import { activeInfo, pressUntilFocused } from './pages/keyboard';

let app: StippleApp;
const ids = { kim: 0, ana: 0, sam: 0, alex: 0, jo: 0 };

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A Monday at least a week ahead, at midnight on this machine's clock. */
const monday = (() => {
  const d = new Date(Date.now() + 7 * DAY);
  d.setDate(d.getDate() + ((8 - d.getDay()) % 7));
  d.setHours(0, 0, 0, 0);
  return d;
})();
const on = (hour: number) => {
  const d = new Date(monday);
  d.setHours(hour, 0, 0, 0);
  return d;
};
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

async function api<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

/** The grid's column headed `name` (day view: one day-slot per column, in the header's order). */
async function column(page: Page, name: string): Promise<Locator> {
  const headers = await page.locator('.rbc-time-header .rbc-row-resource .rbc-header').allTextContents();
  const index = headers.findIndex((h) => h.trim() === name);
  expect(index, `${name} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return page.locator('.rbc-time-content .rbc-day-slot').nth(index);
}

async function pointAt(col: Locator, hour: number, minute = 0): Promise<{ x: number; y: number }> {
  const box = (await col.boundingBox())!;
  const fraction = (hour * 60 + minute - 7 * 60) / (14 * 60);
  return { x: box.x + box.width / 2, y: box.y + box.height * fraction + 4 };
}

type Session = { number: number; bookedFor: string | null; practitionerId: number | null; roomId: number | null };
const sessionsOf = async (clientId: number) => (await api<{ sessions: Session[] }>('clients.chart', { id: clientId })).sessions;

describe('the appointment book per room', () => {
  beforeAll(async () => {
    app = await startApp();
    ids.kim = (await api<{ id: number }>('staff.create', { name: 'Kim Lee', role: 'practitioner' })).id;
    ids.ana = (await api<{ id: number }>('staff.create', { name: 'Ana Ruiz', role: 'practitioner' })).id;
    ids.sam = (await api<{ id: number }>('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
    ids.alex = (await api<{ id: number }>('clients.create', { firstName: 'Alex', lastName: 'Moreau' })).id;
    ids.jo = (await api<{ id: number }>('clients.create', { firstName: 'Jo', lastName: 'Park' })).id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('adds rooms, books in a room by keyboard, refuses a clash in the room, moves by drag to another room', async () => {
    const { page } = app;

    // Settings: the owner adds two rooms and sets the book to a column per room.
    await app.gotoApp('/settings');
    const section = page.getByRole('region', { name: 'Rooms and the book’s columns' });
    const addForm = section.getByRole('form', { name: 'Add a room' });
    await addForm.getByLabel('Room or chair name').fill('Room 1');
    await addForm.getByRole('button', { name: 'Add the room' }).click();
    await section.getByText('Room 1 was added.').waitFor();
    await addForm.getByRole('button', { name: 'Add the room' }).click(); // empty: refused beside the field
    await addForm.getByText('Enter the room’s name.').waitFor();
    await addForm.getByLabel('Room or chair name').fill('Room 2');
    await addForm.getByRole('button', { name: 'Add the room' }).click();
    await section.getByText('Room 2 was added.').waitFor();
    expect(await section.locator('tbody tr td:first-child').allTextContents()).toEqual(['Room 1', 'Room 2']);
    const layout = section.getByRole('form', { name: 'The book’s columns' });
    await layout.getByLabel('The book’s columns').selectOption('room');
    await layout.getByRole('button', { name: 'Save the layout' }).click();
    await layout.getByText('Saved.').waitFor();
    expect((await api<{ bookColumns: string }>('settings.get', {})).bookColumns).toBe('room');
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'settings-rooms.png') }); // the viewport, at the section
    const axeSettings = await new AxeBuilder({ page }).include('main').analyze();
    expect(axeSettings.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    const rooms = await api<{ id: number; name: string }[]>('rooms.list', {});
    const room1 = rooms.find((r) => r.name === 'Room 1')!.id;
    const room2 = rooms.find((r) => r.name === 'Room 2')!.id;
    // Alex has Kim in Room 2 from 10:00 (a first session: four hours).
    await api('sessions.book', { clientId: ids.alex, bookedFor: on(10).toISOString(), practitionerId: ids.kim, roomId: room2 });

    await app.gotoApp(`/reception/book?date=${isoDay(monday)}&view=day`);
    const alexEvent = page.locator('.rbc-event', { hasText: 'Alex Moreau' });
    await alexEvent.waitFor();
    expect((await page.locator('.rbc-time-header .rbc-row-resource .rbc-header').allTextContents()).map((h) => h.trim())).toEqual([
      'Room 1',
      'Room 2',
      'No room yet',
    ]);
    const inRoom2 = (await (await column(page, 'Room 2')).boundingBox())!;
    const alexBox = (await alexEvent.boundingBox())!;
    expect(alexBox.x).toBeGreaterThanOrEqual(inRoom2.x - 1);
    expect(alexBox.x + alexBox.width).toBeLessThanOrEqual(inRoom2.x + inRoom2.width + 1);

    // The keyboard only: the cursor walks the room columns, Enter opens the form in Room 1 at 10:00;
    // the client is found and picked, Ana chosen by typing her name, and the booking made.
    const grid = page.getByRole('group', { name: /time slots/ });
    await grid.focus();
    const says = page.getByTestId('book-cursor-says');
    await expect.poll(() => says.textContent()).toMatch(/^Room 1, .*09:00, free$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => says.textContent()).toMatch(/^Room 2, .*09:00, free$/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => says.textContent()).toMatch(/^Room 2, .*10:00, booked: Alex Moreau$/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => says.textContent()).toMatch(/^Room 1, .*10:00, free$/);
    await page.keyboard.press('Enter');
    const keyed = page.getByRole('form', { name: 'Book a session' });
    await keyed.waitFor();
    expect(await keyed.getByLabel('Room').inputValue()).toBe(String(room1));
    await expect.poll(async () => (await activeInfo(page)).label).toBe('Client');
    await page.keyboard.type('Okaf');
    await keyed.getByRole('button', { name: /Sam Okafor/ }).waitFor();
    await page.keyboard.press('Tab');
    expect((await activeInfo(page)).name).toMatch(/Sam Okafor/);
    await page.keyboard.press('Enter');
    await keyed.getByText(/^For Sam Okafor/).waitFor();
    await pressUntilFocused(page, 'Tab', (a) => a.label === 'Practitioner', 20);
    await page.keyboard.type('Ana');
    expect(await keyed.getByLabel('Practitioner').inputValue()).toBe(String(ids.ana));
    await pressUntilFocused(page, 'Tab', (a) => a.tag === 'BUTTON' && a.name.startsWith('Book '), 10);
    await page.keyboard.press('Enter');
    await keyed.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await sessionsOf(ids.sam))[0])
      .toMatchObject({ bookedFor: on(10).toISOString(), practitionerId: ids.ana, roomId: room1 });
    const samEvent = page.locator('.rbc-event', { hasText: 'Sam Okafor' });
    await samEvent.waitFor();

    // Jo in Room 2 at 11:00, no practitioner yet: Alex has the room, so it is refused beside the room.
    await page.getByRole('button', { name: 'New booking' }).click();
    const clash = page.getByRole('form', { name: 'Book a session' });
    await clash.getByLabel('Client').fill('Park');
    await clash.getByRole('button', { name: /Jo Park/ }).click();
    await typeDateTime(dateField(clash, 'Day and time'), `${isoDay(monday)}T11:00`);
    await clash.getByLabel('Practitioner').selectOption('');
    await clash.getByLabel('Room').selectOption(String(room2));
    await clash.getByRole('button', { name: 'Book a session' }).click();
    const refusal = clash.getByText('Room 2 is taken by Alex Moreau 10:00–14:00. Choose another time or room.');
    await refusal.waitFor();
    expect(await clash.getByLabel('Room').getAttribute('aria-invalid')).toBe('true');
    expect(await sessionsOf(ids.jo)).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.help}`)).toEqual([]);
    await app.screenshot('book-rooms-clash');
    await clash.getByRole('button', { name: 'Cancel' }).click();

    // Drag Sam from Room 1 at 10:00 to Room 2 at 15:00: his room changes, Ana stays his practitioner.
    const from = (await samEvent.boundingBox())!;
    const to = await pointAt(await column(page, 'Room 2'), 15, 0);
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + 30, { steps: 4 });
    await page.mouse.move(to.x, to.y + 11, { steps: 12 });
    await page.mouse.up();
    const move = page.getByRole('form', { name: 'Move the booking' });
    await move.waitFor();
    expect(await move.getByLabel('Room').inputValue()).toBe(String(room2));
    expect(await move.getByLabel('Practitioner').inputValue()).toBe(String(ids.ana));
    await move.getByLabel('Why it is moved').fill('Room 1 is being painted');
    await move.getByRole('button', { name: 'Save the change' }).click();
    await move.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await sessionsOf(ids.sam))[0])
      .toMatchObject({ bookedFor: on(15).toISOString(), practitionerId: ids.ana, roomId: room2 });
    const movedBox = async () => (await page.locator('.rbc-event', { hasText: 'Sam Okafor' }).boundingBox())!;
    const room2Box = (await (await column(page, 'Room 2')).boundingBox())!;
    await expect.poll(async () => (await movedBox()).x >= room2Box.x - 1 && (await movedBox()).x < room2Box.x + room2Box.width).toBe(true);

    // The week per room: axe clean, and looked at.
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
    await page.locator('.rbc-event', { hasText: 'Sam Okafor' }).waitFor();
    const axeWeek = await new AxeBuilder({ page }).include('main').analyze();
    expect(axeWeek.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await app.screenshot('book-rooms-week');
    expect(app.nonLocalRequests()).toEqual([]);
  });
});
