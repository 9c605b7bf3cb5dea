// The appointment book at the handler: lengths, clashes named, opening hours, blocked time, the
// grid's read with its badges, and the owner-only settings, all on a real database file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { auditActions, expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let sam: number;
let alex: number;
let kim: number;
/** A local time on 23 Nov 2026 (a Monday), so messages read the same in any zone. */
const at = (hour: number, minute = 0, day = 23) => new Date(2026, 10, day, hour, minute).toISOString();

beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  sam = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  alex = (await t.ok('clients.create', { firstName: 'Alex', lastName: 'Moreau' })).id;
  kim = (await t.ok('staff.create', { name: 'Kim Lee', role: 'practitioner' })).id;
});
afterEach(() => t.close());

const book = (clientId: number, bookedFor: string, over: Record<string, unknown> = {}) =>
  t.ok('sessions.book', { clientId, bookedFor, practitionerId: kim, ...over });

describe('session lengths', () => {
  it('gives a booking the default for its kind unless a length is given', async () => {
    expect((await book(sam, at(10))).lengthMinutes).toBe(240);
    await t.ok('settings.update', { firstSessionMinutes: 300 });
    expect((await book(alex, at(10, 0, 24))).lengthMinutes).toBe(300);
    const third = (await t.ok('clients.create', { firstName: 'Jo', lastName: 'Park' })).id;
    const s = await book(third, at(9, 0, 25), { lengthMinutes: 90 });
    expect(s.lengthMinutes).toBe(90);
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'book', after: { lengthMinutes: 90 } });
  });

  it('refuses a length of nothing beside the field and writes nothing', async () => {
    const before = t.counts();
    const e = await t.err('sessions.book', { clientId: sam, bookedFor: at(10), practitionerId: kim, lengthMinutes: 0 });
    expect(e.fields?.lengthMinutes).toBe('The session must end at least 15 minutes after it starts.');
    expect(t.counts()).toEqual(before);
  });
});

describe('clashes', () => {
  it('refuses a booking that overlaps another of the practitioner’s, naming it, and writes nothing', async () => {
    await book(sam, at(10), { lengthMinutes: 180 });
    const before = t.counts();
    const e = await t.err('sessions.book', { clientId: alex, bookedFor: at(12), practitionerId: kim });
    expect(e.fields?.bookedFor).toBe('Kim Lee already has Sam Okafor 10:00–13:00. Choose another time or practitioner.');
    expect(t.counts()).toEqual(before);
  });

  it('takes back-to-back bookings, and the same hour with another practitioner', async () => {
    await book(sam, at(10), { lengthMinutes: 180 });
    await book(alex, at(13));
    const ana = (await t.ok('staff.create', { name: 'Ana Ruiz', role: 'practitioner' })).id;
    const third = (await t.ok('clients.create', { firstName: 'Jo', lastName: 'Park' })).id;
    await book(third, at(10), { practitionerId: ana });
  });

  it('does not count cancelled sessions as taking the chair', async () => {
    const s = await book(sam, at(10));
    await t.ok('sessions.cancel', { id: s.id, expectedVersion: s.version, reason: 'Ill' });
    await book(alex, at(10));
  });

  it('refuses blocked time, naming why it is blocked', async () => {
    await t.ok('book.block', { staffId: kim, startsAt: at(12), endsAt: at(13), reason: 'Lunch' });
    const e = await t.err('sessions.book', { clientId: sam, bookedFor: at(10), practitionerId: kim });
    expect(e.fields?.bookedFor).toBe('Kim Lee is not available 12:00–13:00 (Lunch). Choose another time or practitioner.');
  });

  it('checks a move and a new length against the others, but never against itself', async () => {
    const first = await book(sam, at(9), { lengthMinutes: 120 });
    await book(alex, at(13));
    const longer = await t.ok('sessions.reschedule', {
      id: first.id,
      expectedVersion: first.version,
      bookedFor: at(10),
      lengthMinutes: 180,
      reason: 'Client asked for later',
    });
    expect(longer).toMatchObject({ bookedFor: at(10), lengthMinutes: 180 });
    const before = t.counts();
    const e = await t.err('sessions.reschedule', {
      id: first.id,
      expectedVersion: longer.version,
      bookedFor: at(10),
      lengthMinutes: 240,
      reason: 'Needs longer',
    });
    expect(e.fields?.bookedFor).toBe('Kim Lee already has Alex Moreau 13:00–17:00. Choose another time or practitioner.');
    expect(t.counts()).toEqual(before);
  });

  it('moves a booking to another practitioner’s column, and says so in the audit', async () => {
    const ana = (await t.ok('staff.create', { name: 'Ana Ruiz', role: 'practitioner' })).id;
    const s = await book(sam, at(10));
    const moved = await t.ok('sessions.reschedule', {
      id: s.id,
      expectedVersion: s.version,
      bookedFor: at(11),
      practitionerId: ana,
      reason: 'Kim is on a course',
    });
    expect(moved.practitionerId).toBe(ana);
    expectAudit(t, {
      entity: 'session',
      entityId: s.id,
      action: 'reschedule',
      changed: ['bookedFor', 'practitionerId'],
      reason: 'Kim is on a course',
    });
  });

  it('refuses an inactive practitioner beside the field and writes nothing', async () => {
    const kimRecord = (await t.ok('staff.list', { includeInactive: true })).find((s) => s.id === kim)!;
    await t.ok('staff.update', { id: kim, expectedVersion: kimRecord.version, name: 'Kim Lee', role: 'practitioner', active: false });
    const before = t.counts();
    const e = await t.err('sessions.book', { clientId: sam, bookedFor: at(10), practitionerId: kim });
    expect(e.fields?.practitionerId).toBe('Kim Lee no longer works here. Choose another practitioner.');
    expect(t.counts()).toEqual(before);
  });

  it('refuses someone not on the staff list, or a receptionist, as the practitioner; writes nothing', async () => {
    const desk = await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' });
    const before = t.counts();
    expect((await t.err('sessions.book', { clientId: sam, bookedFor: at(10), practitionerId: 999 })).fields?.practitionerId).toBe(
      'Choose a practitioner from the staff list.',
    );
    expect((await t.err('sessions.book', { clientId: sam, bookedFor: at(10), practitionerId: desk.id })).fields?.practitionerId).toBe(
      'Rae Desk is reception. Choose a practitioner.',
    );
    expect(t.counts()).toEqual(before);
  });
});

describe('opening hours', () => {
  beforeEach(async () => {
    await t.ok('book.setHours', { staffId: kim, week: [{ weekday: 1, opens: '09:00', closes: '17:00' }] });
  });

  it('asks for a reason outside the hours, and audits the one given', async () => {
    const before = t.counts();
    const late = await t.err('sessions.book', { clientId: sam, bookedFor: at(15), practitionerId: kim });
    expect(late.fields?.outsideHoursReason).toBe('Kim Lee works 09:00–17:00 on Mondays. Give a reason to book outside their hours.');
    const off = await t.err('sessions.book', { clientId: sam, bookedFor: at(10, 0, 24), practitionerId: kim });
    expect(off.fields?.outsideHoursReason).toBe('Kim Lee does not work on Tuesdays. Give a reason to book outside their hours.');
    expect(t.counts()).toEqual(before);
    const s = await book(sam, at(15), { outsideHoursReason: 'Only evening free' });
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'override:hours', reason: 'Only evening free' });
  });

  it('books inside the hours without a word: no reason kept, no override in the trail', async () => {
    const s = await book(sam, at(9));
    const later = await t.ok('sessions.reschedule', { id: s.id, expectedVersion: s.version, bookedFor: at(11), reason: 'Asked' });
    expect(auditActions(t, 'session', s.id)).toEqual(['book', 'reschedule']);
    expect(later.bookedFor).toBe(at(11));
  });
});

describe('the owner’s settings', () => {
  it('sets hours with an audit entry and refuses stale or bad input beside the field', async () => {
    const h = await t.ok('book.setHours', { staffId: kim, week: [{ weekday: 2, opens: '10:00', closes: '16:00' }] });
    expect(h).toMatchObject({ staffId: kim, version: 1, week: [{ weekday: 2, opens: '10:00', closes: '16:00' }] });
    const before = t.counts();
    expect(
      (await t.err('book.setHours', { staffId: kim, expectedVersion: 1, week: [{ weekday: 2, opens: '16:00', closes: '10:00' }] })).fields,
    ).toEqual({ 'week.0.closes': 'The closing time must be after the opening time.' });
    expect(
      (await t.err('book.setHours', { staffId: kim, expectedVersion: 1, week: [{ weekday: 2, opens: '9am', closes: '16:00' }] })).fields?.[
        'week.0.opens'
      ],
    ).toBe('Enter the opening time as a time such as 09:30.');
    expect((await t.err('book.setHours', { staffId: kim, expectedVersion: null, week: [] })).code).toBe('conflict');
    expect(t.counts()).toEqual(before);
    const h2 = await t.ok('book.setHours', { staffId: kim, expectedVersion: 1, week: [] });
    expect(h2).toMatchObject({ week: [], version: 2 });
    expectAudit(t, { entity: 'practitioner_hours', entityId: 1, action: 'update', changed: ['week'] });
  });

  it('blocks and unblocks time with why, audited; refuses an end before the start and writes nothing', async () => {
    const before = t.counts();
    const e = await t.err('book.block', { staffId: kim, startsAt: at(13), endsAt: at(12), reason: 'Lunch' });
    expect(e.fields).toEqual({ endsAt: 'The end must be after the start.' });
    expect((await t.err('book.block', { staffId: kim, startsAt: at(12), endsAt: at(13), reason: ' ' })).fields?.reason).toBe(
      'Enter why the time is blocked.',
    );
    expect(t.counts()).toEqual(before);
    const b = await t.ok('book.block', { staffId: kim, startsAt: at(12), endsAt: at(13), reason: 'Training' });
    expectAudit(t, { entity: 'blocked_time', entityId: b.id, action: 'create', reason: 'Training', after: { reason: 'Training' } });
    const gone = await t.ok('book.unblock', { id: b.id, expectedVersion: b.version, reason: 'Course moved' });
    expect(gone.removedAt).not.toBeNull();
    expectAudit(t, { entity: 'blocked_time', entityId: b.id, action: 'remove', reason: 'Course moved' });
    await book(sam, at(12)); // the time is free again
  });

  it('lets only an owner change hours and blocked time', async () => {
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1111', confirmPin: '1111' });
    const desk = await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' });
    await t.ok('auth.setPin', { staffId: desk.id, pin: '3333' });
    await t.ok('auth.signIn', { staffId: desk.id, pin: '3333' });
    const before = t.counts();
    expect((await t.err('book.setHours', { staffId: kim, week: [] })).message).toBe(
      'Only an owner can change a practitioner’s opening hours.',
    );
    expect((await t.err('book.block', { staffId: kim, startsAt: at(12), endsAt: at(13), reason: 'x' })).code).toBe('forbidden');
    expect(t.counts()).toEqual(before);
    await book(sam, at(10)); // reception books
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
    await t.ok('book.block', { staffId: kim, startsAt: at(14), endsAt: at(15), reason: 'Training' });
  });
});

describe('the book’s read', () => {
  it('gives each booking its client, session number, length and badges, with blocked time and hours', async () => {
    const plan = await t.ok('plans.create', {
      clientId: sam,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 5000 }],
    });
    await t.ok('contraindications.add', { clientId: sam, condition: 'Keloid scarring', tier: 'absolute' });
    await book(sam, new Date(2026, 9, 19, 10).toISOString(), { planId: plan.id, confirmInPast: true });
    await book(sam, new Date(2026, 10, 2, 10).toISOString(), { planId: plan.id, confirmInPast: true });
    await book(sam, at(10), { planId: plan.id, depositOverrideReason: 'Paying on the day' });
    await book(alex, at(10), { practitionerId: null });
    await t.ok('book.block', { staffId: kim, startsAt: at(14), endsAt: at(15), reason: 'Training' });
    await t.ok('book.setHours', { staffId: kim, week: [{ weekday: 1, opens: '09:00', closes: '17:00' }] });
    const r = await t.ok('book.range', { from: at(0), to: at(0, 0, 30) });
    expect(r.practitioners).toEqual([
      { staffId: kim, name: 'Kim Lee', active: true, version: 1, week: [{ weekday: 1, opens: '09:00', closes: '17:00' }] },
    ]);
    expect(r.bookings).toHaveLength(2);
    const samBooking = r.bookings.find((b) => b.clientId === sam)!;
    expect(samBooking).toMatchObject({
      clientName: 'Sam Okafor',
      practitionerId: kim,
      number: 3,
      quotedSessions: 3,
      startsAt: at(10),
      endsAt: at(13),
      badges: { depositOutstanding: true, intakeIncomplete: true, contraindicationActive: true, firstVisit: true },
    });
    expect(r.bookings.find((b) => b.clientId === alex)).toMatchObject({ practitionerId: null, quotedSessions: null });
    expect(r.blocked).toMatchObject([{ staffId: kim, reason: 'Training', startsAt: at(14), endsAt: at(15) }]);
    // Only the practitioners asked for, and nothing outside the span.
    expect((await t.ok('book.range', { from: at(0), to: at(0, 0, 30), practitionerIds: [kim] })).bookings).toHaveLength(1);
    expect((await t.ok('book.range', { from: at(0, 0, 24), to: at(0, 0, 30) })).bookings).toHaveLength(0);
  });

  it('refuses a span that ends before it starts, beside the field', async () => {
    expect((await t.err('book.range', { from: at(0, 0, 24), to: at(0) })).fields?.to).toBe('The end must be after the start.');
  });
});
