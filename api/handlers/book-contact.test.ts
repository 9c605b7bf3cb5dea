// The "to contact" list on a real database: tomorrow's bookings, a deposit owed before a booking, a
// window opening this week and a touch-up recall, each with the clinic's template filled in; the
// audited "contacted" tick; and the appointment card's data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openRaw, TEST_KEY } from '../../db/testing';
import { verifyDatabaseFile } from '../../db/verify';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

const NOW = new Date(2026, 10, 21, 9, 0); // Saturday 21 Nov 2026, 09:00 on this machine's clock
let t: Awaited<ReturnType<typeof testApi>>;
const ids = { sam: 0, alex: 0, jo: 0, lee: 0, kim: 0, samPlan: 0, joSession: 0, alexSession: 0, recallPlan: 0 };
const local = (day: number, hour: number, month = 10) => new Date(2026, month, day, hour, 0).toISOString();

let batch = 0;
const chart = (clientId: number, planId: number | null, performedAt: string, first: boolean) => ({
  clientId,
  ...(planId ? { planId } : {}),
  performedAt,
  pigmentBrand: 'Scalp Ink',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: `C-${++batch}`,
  pigmentExpiry: '2030-06-30',
  needle: '1RL 0.25',
  zones: ['crown' as const],
  retention: first ? [] : [{ zone: 'crown' as const, rating: 'held_well' as const, note: '' }],
});

async function course(clientId: number, second: string) {
  const plan = await t.ok('plans.create', {
    clientId,
    quotedSessions: 3,
    priceMinor: 150000,
    currency: 'GBP',
    deposits: [{ sessionNumber: 3, amountMinor: 5000 }],
  });
  await t.ok('sessions.chart', chart(clientId, plan.id, local(1, 10, 9), true));
  await t.ok('sessions.chart', chart(clientId, plan.id, second, false));
  return plan.id;
}

beforeEach(async () => {
  t = await testApi(() => NOW);
  await t.ok('settings.update', { clinicName: 'Harbour SMP', clinicPhone: '01632 960000' });
  ids.kim = (await t.ok('staff.create', { name: 'Kim Lee', role: 'practitioner' })).id;
  ids.sam = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor', phone: '07700 900123' })).id;
  ids.alex = (await t.ok('clients.create', { firstName: 'Alex', lastName: 'Moreau', phone: '07700 900456' })).id;
  ids.jo = (await t.ok('clients.create', { firstName: 'Jo', lastName: 'Park', phone: '07700 900789' })).id;
  ids.lee = (await t.ok('clients.create', { firstName: 'Lee', lastName: 'Chan' })).id;
  // Sam's session 2 was on 1 Nov: session 3's window (21–28 days) opens on Sun 22 Nov, this week.
  ids.samPlan = await course(ids.sam, local(1, 10));
  // Jo's session 3 is booked for Wed 25 Nov with the deposit unpaid (an override reason given).
  const joPlan = await course(ids.jo, local(2, 10));
  const jo3 = await t.ok('sessions.book', {
    clientId: ids.jo,
    planId: joPlan,
    bookedFor: local(25, 10),
    practitionerId: ids.kim,
    depositOverrideReason: 'Pays on the day',
  });
  ids.joSession = jo3.id;
  // Alex is booked tomorrow at 10:00.
  ids.alexSession = (await t.ok('sessions.book', { clientId: ids.alex, bookedFor: local(22, 10), practitionerId: ids.kim })).id;
  // Lee's touch-up recall falls on Tue 24 Nov.
  await t.ok('sessions.chart', chart(ids.lee, null, local(1, 10, 0), true));
  ids.recallPlan = (
    await t.ok('plans.create', {
      clientId: ids.lee,
      kind: 'touch_up',
      quotedSessions: 1,
      priceMinor: 30000,
      currency: 'GBP',
      recallOn: '2026-11-24',
    })
  ).id;
});
afterEach(() => t.close());

describe('the to-contact list', () => {
  it('lists tomorrow, deposits due, windows opening and recalls, each with its phone and message', async () => {
    const list = await t.ok('book.toContact', { day: '2026-11-21' });
    expect(list.tomorrow).toBe('2026-11-22');
    expect(list.items.map((i) => [i.reason, i.clientName, i.phone])).toEqual([
      ['booking_tomorrow', 'Alex Moreau', '07700 900456'],
      ['deposit_due', 'Jo Park', '07700 900789'],
      ['window_opens', 'Sam Okafor', '07700 900123'],
      ['recall_due', 'Lee Chan', null],
    ]);
    const [alex, jo, sam, lee] = list.items;
    expect(alex!.message).toBe(
      'Hi Alex, a reminder of your SMP session at Harbour SMP tomorrow, Sun, 22 Nov 2026 at 10:00. Please come with a clean, dry scalp. To change it, call 01632 960000.',
    );
    expect(jo!.message).toBe(
      'Hi Jo, the booking deposit of £50.00 for your session 3 at Harbour SMP is still to pay. Please pay it before Wed, 25 Nov 2026; call 01632 960000 with any questions.',
    );
    expect(sam!.message).toBe(
      'Hi Sam, it is time to book your session 3 at Harbour SMP: the best days are Sun, 22 Nov 2026 to Sun, 29 Nov 2026. Call 01632 960000 to choose a time.',
    );
    expect(lee!.message).toBe(
      'Hi Lee, your SMP touch-up at Harbour SMP is due from Tue, 24 Nov 2026. Call 01632 960000 to book a time that suits you.',
    );
    expect(list.items.every((i) => i.contacted === null)).toBe(true);
  });

  it('leaves blank what an item does not have: no date or time for a window, no window end, time or amount for a recall', async () => {
    await t.ok('settings.update', {
      contactTemplateWindow: 'Book now, {firstName}: [{date}][{time}][{amount}]',
      contactTemplateRecall: 'Due {date}[{windowTo}][{time}][{amount}]',
    });
    const items = (await t.ok('book.toContact', { day: '2026-11-21' })).items;
    expect(items.find((i) => i.reason === 'window_opens')!.message).toBe('Book now, Sam: [][][£50.00]'); // the deposit owed for session 3
    expect(items.find((i) => i.reason === 'recall_due')!.message).toBe('Due Tue, 24 Nov 2026[][][]');
  });

  it('fills in the owner’s own template, and refuses one with a placeholder it does not know, beside the field', async () => {
    await t.ok('settings.update', { contactTemplateBooking: 'See you {date} at {time}, {firstName}!' });
    const list = await t.ok('book.toContact', { day: '2026-11-21' });
    expect(list.items[0]!.message).toBe('See you Sun, 22 Nov 2026 at 10:00, Alex!');
    const before = t.counts();
    const e = await t.err('settings.update', { contactTemplateDeposit: 'Pay {amont} please' });
    expect(e.fields?.contactTemplateDeposit).toMatch(/^\{amont\} is not filled in by Stipple\. Use \{firstName\}/);
    expect(t.counts()).toEqual(before);
  });

  it('ticks an item as contacted, audited, shows who, unticks it, and a second tick changes nothing', async () => {
    const key = `booking:${ids.alexSession}`;
    const tick = await t.ok('book.markContacted', { day: '2026-11-21', key, clientId: ids.alex, contacted: true });
    expect(tick).toMatchObject({ day: '2026-11-21', itemKey: key, clientId: ids.alex, removedAt: null, contactedAt: NOW.toISOString() });
    expectAudit(t, {
      entity: 'contact_tick',
      entityId: tick.id,
      action: 'create',
      changed: ['id', 'day', 'itemKey', 'clientId', 'contactedBy', 'contactedAt', 'removedAt'],
      after: { itemKey: key, clientId: ids.alex, removedAt: null },
      reason: null,
    });
    const counted = t.counts();
    expect((await t.ok('book.markContacted', { day: '2026-11-21', key, clientId: ids.alex, contacted: true })).id).toBe(tick.id);
    expect(t.counts()).toEqual(counted);
    const list = await t.ok('book.toContact', { day: '2026-11-21' });
    expect(list.items[0]!.contacted).toMatchObject({ id: tick.id });
    // The next day's list starts unticked.
    expect((await t.ok('book.toContact', { day: '2026-11-22' })).items.every((i) => i.contacted === null)).toBe(true);

    const off = await t.ok('book.markContacted', { day: '2026-11-21', key, clientId: ids.alex, contacted: false });
    expect(off.removedAt).toBe(NOW.toISOString());
    expectAudit(t, {
      entity: 'contact_tick',
      entityId: tick.id,
      action: 'update',
      changed: ['removedAt'],
      before: { removedAt: null },
      after: { removedAt: NOW.toISOString() },
    });
    expect((await t.ok('book.toContact', { day: '2026-11-21' })).items[0]!.contacted).toBeNull();
    // Unticked twice: the second changes nothing.
    const unticked = t.counts();
    expect((await t.ok('book.markContacted', { day: '2026-11-21', key, clientId: ids.alex, contacted: false })).removedAt).toBe(
      NOW.toISOString(),
    );
    expect(t.counts()).toEqual(unticked);
    // Ticked again: the same row, and verify finds every tick as its trail says.
    const again = await t.ok('book.markContacted', { day: '2026-11-21', key, clientId: ids.alex, contacted: true });
    expect(again).toMatchObject({ id: tick.id, removedAt: null, contactedAt: NOW.toISOString() });
    expectAudit(t, {
      entity: 'contact_tick',
      entityId: tick.id,
      action: 'update',
      before: { removedAt: NOW.toISOString() },
      after: { removedAt: null, contactedAt: NOW.toISOString() },
      changed: ['removedAt'],
    });
    expect((await t.ok('book.toContact', { day: '2026-11-21' })).items[0]!.contacted).toMatchObject({ id: tick.id });
    const file = t.open.file;
    t.close();
    const report = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(report.ok).toBe(true);
    // …and a tick changed behind Stipple's back is found.
    const raw = openRaw(file);
    raw.exec('UPDATE contact_ticks SET client_id = (SELECT min(id) FROM clients)');
    raw.close();
    expect(verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY).ok).toBe(false);
    t = await testApi(() => NOW); // afterEach closes one
  });

  it('refuses a malformed item, an unknown client or another client’s item beside the field, writing nothing', async () => {
    const key = `booking:${ids.alexSession}`;
    await t.ok('book.markContacted', { day: '2026-11-21', key, clientId: ids.alex, contacted: true });
    const before = t.counts();
    expect(
      (await t.err('book.markContacted', { day: '2026-11-21', key: 'drop table', clientId: ids.alex, contacted: true })).fields?.key,
    ).toBe('Choose an item of the to-contact list.');
    expect((await t.err('book.markContacted', { day: '2026-11-31', key, clientId: ids.alex, contacted: true })).fields?.day).toBe(
      'The day is not a real date.',
    );
    expect((await t.err('book.markContacted', { day: '2026-11-21', key, clientId: 9999, contacted: true })).fields?.clientId).toBe(
      'Choose a client from the list.',
    );
    expect((await t.err('book.markContacted', { day: '2026-11-21', key, clientId: ids.sam, contacted: true })).fields?.key).toBe(
      'This item of the list is about another client.',
    );
    expect(
      (await t.err('book.markContacted', { day: '2026-11-21', key: 'recall:1', clientId: ids.lee, contacted: false })).fields?.key,
    ).toBe('This item was not ticked as contacted.');
    expect(t.counts()).toEqual(before);
  });
});

describe('the appointment card', () => {
  it('carries the client’s next booking, the clinic’s details and the aftercare reminder', async () => {
    const card = await t.ok('book.card', { clientId: ids.jo });
    expect(card).toMatchObject({
      clinic: { name: 'Harbour SMP', phone: '01632 960000' },
      client: { firstName: 'Jo', lastName: 'Park' },
      booking: { sessionId: ids.joSession, startsAt: local(25, 10), number: 3, quotedSessions: 3, practitionerName: 'Kim Lee' },
      locale: 'en-GB',
    });
    // The first day's rules of the clinic's template for session 3 (the standard one here), in its words.
    expect(card.aftercareReminder).toBe(
      "Keep your scalp completely dry: no washing, rinsing or shampoo. Don't cut your hair or shave the treated area. Avoid sweating: no gym, sport, heavy exercise, sauna or steam room. Your aftercare sheet has the dates.",
    );
  });

  it('takes the reminder from the clinic’s own template for that session, in the words they wrote', async () => {
    await t.ok('aftercare.templates.save', {
      name: 'Nach der dritten Sitzung',
      sessionKind: 'later',
      rules: [
        { fromDay: 1, toDay: 3, instruction: 'Nicht ins Fitnessstudio' },
        { fromDay: 0, toDay: 2, instruction: 'Kopfhaut trocken halten' },
        { fromDay: 0, toDay: 5, instruction: 'Keine Sonne!' },
      ],
      advice: [],
    });
    const card = await t.ok('book.card', { clientId: ids.jo });
    // Only the first day's rules, each a sentence; the line about the sheet in the clinic's language.
    expect(card.aftercareReminder).toBe('Kopfhaut trocken halten. Keine Sonne! Your aftercare sheet has the dates.');
  });

  it('says so when there is no booking ahead, or the session is not this client’s', async () => {
    expect((await t.err('book.card', { clientId: ids.sam })).message).toBe('This client has no booking ahead to put on a card.');
    expect((await t.err('book.card', { clientId: ids.sam, sessionId: ids.joSession })).fields?.sessionId).toBe(
      'Choose one of this client’s bookings.',
    );
  });

  it('refuses a client not on file or a cancelled booking, and has none ahead once the only one is cancelled', async () => {
    expect((await t.err('book.card', { clientId: 9999 })).fields?.clientId).toBe('Choose a client from the list.');
    const alex = await t.ok('book.card', { clientId: ids.alex, sessionId: ids.alexSession });
    expect(alex.booking).toMatchObject({ sessionId: ids.alexSession, startsAt: local(22, 10), number: 1, quotedSessions: null });
    const version = t.open.sqlite.prepare('SELECT version FROM sessions WHERE id = ?').pluck().get(ids.alexSession) as number;
    await t.ok('sessions.cancel', { id: ids.alexSession, expectedVersion: version, reason: 'Ill' });
    expect((await t.err('book.card', { clientId: ids.alex, sessionId: ids.alexSession })).fields?.sessionId).toBe(
      'This session is not booked: there is nothing to put on a card.',
    );
    expect((await t.err('book.card', { clientId: ids.alex })).message).toBe('This client has no booking ahead to put on a card.');
  });
});
