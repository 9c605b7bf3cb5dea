// Rooms at the handler: the owner's list (add, rename, retire, reorder, audited; bad input beside
// the field with nothing written), and a booking's room: a clash in it named, an inactive room
// refused, a move to another room, the practitioner's own rules unchanged. Real database files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let sam: number;
let alex: number;
let kim: number;
let ana: number;
/** A local time on 23 Nov 2026 (a Monday), so messages read the same in any zone. */
const at = (hour: number, minute = 0, day = 23) => new Date(2026, 10, day, hour, minute).toISOString();

beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  sam = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  alex = (await t.ok('clients.create', { firstName: 'Alex', lastName: 'Moreau' })).id;
  kim = (await t.ok('staff.create', { name: 'Kim Lee', role: 'practitioner' })).id;
  ana = (await t.ok('staff.create', { name: 'Ana Ruiz', role: 'practitioner' })).id;
});
afterEach(() => t.close());

const book = (clientId: number, bookedFor: string, over: Record<string, unknown> = {}) =>
  t.ok('sessions.book', { clientId, bookedFor, practitionerId: kim, ...over });

describe('the rooms list', () => {
  it('adds rooms in order, each audited, and lists them', async () => {
    const one = await t.ok('rooms.add', { name: 'Room 1' });
    const two = await t.ok('rooms.add', { name: '  Room 2 ' });
    expect(two).toMatchObject({ name: 'Room 2', active: true });
    expect((await t.ok('rooms.list', {})).map((r) => r.name)).toEqual(['Room 1', 'Room 2']);
    expect(two.displayOrder).toBeGreaterThan(one.displayOrder);
    expectAudit(t, { entity: 'room', entityId: two.id, action: 'create', after: { name: 'Room 2', active: true } });
  });

  it('refuses an empty name or one already taken beside the field, and writes nothing', async () => {
    await t.ok('rooms.add', { name: 'Room 1' });
    const before = t.counts();
    expect((await t.err('rooms.add', { name: '   ' })).fields?.name).toBe('Enter the room’s name.');
    expect((await t.err('rooms.add', { name: 'room 1' })).fields?.name).toBe('There is already a room called room 1.');
    expect((await t.err('rooms.add', { name: 'x'.repeat(61) })).fields?.name).toBe('Keep the room’s name under 60 characters.');
    expect(t.counts()).toEqual(before);
  });

  it('renames, retires and brings back a room, audited, and refuses a stale copy', async () => {
    const r = await t.ok('rooms.add', { name: 'Room 1' });
    const renamed = await t.ok('rooms.update', { id: r.id, expectedVersion: r.version, name: 'Chair A' });
    expectAudit(t, { entity: 'room', entityId: r.id, action: 'update', changed: ['name'] });
    const retired = await t.ok('rooms.update', { id: r.id, expectedVersion: renamed.version, active: false });
    expect(retired.active).toBe(false);
    expectAudit(t, { entity: 'room', entityId: r.id, action: 'retire', changed: ['active'] });
    const before = t.counts();
    expect((await t.err('rooms.update', { id: r.id, expectedVersion: renamed.version, active: true })).code).toBe('conflict');
    expect((await t.err('rooms.update', { id: r.id, expectedVersion: retired.version })).fields?.name).toBe('Nothing to change.');
    expect(t.counts()).toEqual(before);
    await t.ok('rooms.update', { id: r.id, expectedVersion: retired.version, active: true });
    expectAudit(t, { entity: 'room', entityId: r.id, action: 'reactivate', changed: ['active'] });
  });

  it('moves a room one place earlier or later, audited, and refuses moving the first one earlier', async () => {
    const one = await t.ok('rooms.add', { name: 'Room 1' });
    const two = await t.ok('rooms.add', { name: 'Room 2' });
    const order = await t.ok('rooms.move', { id: two.id, expectedVersion: two.version, direction: 'earlier' });
    expect(order.map((r) => r.name)).toEqual(['Room 2', 'Room 1']);
    expectAudit(t, { entity: 'room', entityId: one.id, action: 'reorder', changed: ['displayOrder'] });
    const before = t.counts();
    const first = order[0]!;
    expect((await t.err('rooms.move', { id: first.id, expectedVersion: first.version, direction: 'earlier' })).fields?.direction).toBe(
      'Room 2 is already first.',
    );
    expect(t.counts()).toEqual(before);
  });

  it('moves a room later, swapping places in the audit, refuses the last one later, a stale copy or an unknown room', async () => {
    const one = await t.ok('rooms.add', { name: 'Room 1' });
    const two = await t.ok('rooms.add', { name: 'Room 2' });
    const order = await t.ok('rooms.move', { id: one.id, expectedVersion: one.version, direction: 'later' });
    expect(order.map((r) => r.name)).toEqual(['Room 2', 'Room 1']);
    expectAudit(t, {
      entity: 'room',
      entityId: one.id,
      action: 'reorder',
      before: { displayOrder: one.displayOrder },
      after: { displayOrder: two.displayOrder },
    });
    expectAudit(t, {
      entity: 'room',
      entityId: two.id,
      action: 'reorder',
      before: { displayOrder: two.displayOrder },
      after: { displayOrder: one.displayOrder },
    });
    const before = t.counts();
    const last = order[1]!;
    expect((await t.err('rooms.move', { id: last.id, expectedVersion: last.version, direction: 'later' })).fields?.direction).toBe(
      'Room 1 is already last.',
    );
    expect((await t.err('rooms.move', { id: last.id, expectedVersion: one.version, direction: 'earlier' })).message).toBe(
      'This room was changed by someone else since you opened it. Review their changes before saving again.',
    );
    expect((await t.err('rooms.move', { id: 999, expectedVersion: 1, direction: 'earlier' })).message).toBe('That room was not found.');
    expect(t.counts()).toEqual(before);
  });

  it('parts two rooms left in the same place (an older database) when one is moved', async () => {
    await t.ok('rooms.add', { name: 'Room 1' });
    const two = await t.ok('rooms.add', { name: 'Room 2' });
    t.open.sqlite.prepare('UPDATE rooms SET display_order = 5').run();
    const listed = await t.ok('rooms.list', {});
    const second = listed.find((r) => r.id === two.id)!;
    const later = await t.ok('rooms.move', { id: listed[0]!.id, expectedVersion: listed[0]!.version, direction: 'later' });
    expect(later.map((r) => r.id)).toEqual([listed[1]!.id, listed[0]!.id]);
    expect(later.map((r) => r.displayOrder)).toEqual([5, 6]);
    t.open.sqlite.prepare('UPDATE rooms SET display_order = 5').run();
    const back = (await t.ok('rooms.list', {})).find((r) => r.id === listed[1]!.id)!;
    const earlier = await t.ok('rooms.move', { id: back.id, expectedVersion: back.version, direction: 'earlier' });
    expect(earlier.map((r) => [r.id, r.displayOrder])).toEqual([
      [listed[1]!.id, 4],
      [listed[0]!.id, 5],
    ]);
    expect(second.displayOrder).toBe(5);
  });

  it('renames a room to its own name in other letters, never to another room’s', async () => {
    const one = await t.ok('rooms.add', { name: 'Room 1' });
    await t.ok('rooms.add', { name: 'Room 2' });
    expect((await t.err('rooms.update', { id: one.id, expectedVersion: one.version, name: 'room 2' })).fields?.name).toBe(
      'There is already a room called room 2.',
    );
    expect((await t.ok('rooms.update', { id: one.id, expectedVersion: one.version, name: 'ROOM 1' })).name).toBe('ROOM 1');
    expect((await t.err('rooms.update', { id: 999, expectedVersion: 1, name: 'Room 9' })).message).toBe('That room was not found.');
    expect((await t.err('rooms.update', { id: one.id, expectedVersion: one.version, name: 'Room 9' })).message).toBe(
      'This room was changed by someone else since you opened it. Review their changes before saving again.',
    );
  });

  it('cannot be deleted while a session is in it, even by hand', async () => {
    const r = await t.ok('rooms.add', { name: 'Room 1' });
    await book(sam, at(10), { roomId: r.id });
    expect(() => t.open.sqlite.prepare('DELETE FROM rooms WHERE id = ?').run(r.id)).toThrow(/FOREIGN KEY/);
  });

  it('lets only an owner change the rooms', async () => {
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1111', confirmPin: '1111' });
    const desk = await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' });
    await t.ok('auth.setPin', { staffId: desk.id, pin: '3333' });
    await t.ok('auth.signIn', { staffId: desk.id, pin: '3333' });
    const before = t.counts();
    expect((await t.err('rooms.add', { name: 'Room 1' })).message).toBe('Only an owner can add a room.');
    expect(t.counts()).toEqual(before);
    await t.ok('rooms.list', {}); // reception reads them to book
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
    await t.ok('rooms.add', { name: 'Room 1' });
  });
});

describe('the book’s columns setting', () => {
  it('is per practitioner until the owner says per room; anything else is refused beside the field and not saved', async () => {
    expect((await t.ok('settings.get', {})).bookColumns).toBe('practitioner');
    const before = t.counts();
    expect((await t.err('settings.update', { bookColumns: 'chairs' })).fields?.bookColumns).toBe('Choose how the book is laid out.');
    expect(t.counts()).toEqual(before);
    expect((await t.ok('settings.update', { bookColumns: 'room' })).bookColumns).toBe('room');
    expectAudit(t, { entity: 'settings', entityId: 'clinic', action: 'update', after: { bookColumns: 'room' } });
  });
});

describe('a booking’s room', () => {
  let room1: number;
  let room2: number;
  beforeEach(async () => {
    room1 = (await t.ok('rooms.add', { name: 'Room 1' })).id;
    room2 = (await t.ok('rooms.add', { name: 'Room 2' })).id;
  });

  it('is kept on the session, shown in the book with the rooms, and audited', async () => {
    const s = await book(sam, at(10), { roomId: room2 });
    expect(s.roomId).toBe(room2);
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'book', after: { roomId: room2 } });
    const r = await t.ok('book.range', { from: at(0), to: at(0, 0, 24) });
    expect(r.bookings[0]).toMatchObject({ sessionId: s.id, roomId: room2 });
    expect(r.rooms.map((x) => x.name)).toEqual(['Room 1', 'Room 2']);
  });

  it('refuses an overlap in the same room with another practitioner, naming the room and who has it; writes nothing', async () => {
    await book(sam, at(10), { roomId: room2, lengthMinutes: 180 });
    const before = t.counts();
    const e = await t.err('sessions.book', { clientId: alex, bookedFor: at(12), practitionerId: ana, roomId: room2 });
    expect(e.fields?.roomId).toBe('Room 2 is taken by Sam Okafor 10:00–13:00. Choose another time or room.');
    expect(t.counts()).toEqual(before);
    // Another room, or the same room once it is free, or a booking with no practitioner yet: taken.
    await book(alex, at(12), { practitionerId: ana, roomId: room1 });
    const third = (await t.ok('clients.create', { firstName: 'Jo', lastName: 'Park' })).id;
    expect((await t.err('sessions.book', { clientId: third, bookedFor: at(11), practitionerId: null, roomId: room2 })).fields?.roomId).toBe(
      'Room 2 is taken by Sam Okafor 10:00–13:00. Choose another time or room.',
    );
    await book(third, at(13), { practitionerId: null, roomId: room2 });
  });

  it('keeps the practitioner’s clash first and unchanged when both are taken', async () => {
    await book(sam, at(10), { roomId: room1, lengthMinutes: 180 });
    const e = await t.err('sessions.book', { clientId: alex, bookedFor: at(11), practitionerId: kim, roomId: room1 });
    expect(e.fields).toEqual({ bookedFor: 'Kim Lee already has Sam Okafor 10:00–13:00. Choose another time or practitioner.' });
  });

  it('does not count a cancelled session as holding the room', async () => {
    const s = await book(sam, at(10), { roomId: room1 });
    await t.ok('sessions.cancel', { id: s.id, expectedVersion: s.version, reason: 'Ill' });
    await book(alex, at(10), { practitionerId: ana, roomId: room1 });
  });

  it('refuses an inactive or unknown room beside the field, and writes nothing', async () => {
    const r = (await t.ok('rooms.list', {})).find((x) => x.id === room2)!;
    await t.ok('rooms.update', { id: room2, expectedVersion: r.version, active: false });
    const before = t.counts();
    expect((await t.err('sessions.book', { clientId: sam, bookedFor: at(10), practitionerId: kim, roomId: room2 })).fields?.roomId).toBe(
      'Room 2 is no longer in use. Choose another room.',
    );
    expect((await t.err('sessions.book', { clientId: sam, bookedFor: at(10), practitionerId: kim, roomId: 999 })).fields?.roomId).toBe(
      'Choose a room from the list.',
    );
    expect(
      (await t.err('sessions.book', { clientId: sam, bookedFor: at(10), practitionerId: kim, roomId: 'Room 1' })).fields?.roomId,
    ).toBeTruthy();
    expect(t.counts()).toEqual(before);
  });

  it('moves to another room keeping the practitioner, checks the new room, and never clashes with itself', async () => {
    const mine = await book(sam, at(10), { roomId: room1, lengthMinutes: 120 });
    await book(alex, at(10), { practitionerId: ana, roomId: room2, lengthMinutes: 120 });
    const later = await t.ok('sessions.reschedule', {
      id: mine.id,
      expectedVersion: mine.version,
      bookedFor: at(10, 30),
      reason: 'Running late',
    });
    expect(later).toMatchObject({ roomId: room1, practitionerId: kim });
    const before = t.counts();
    const e = await t.err('sessions.reschedule', {
      id: mine.id,
      expectedVersion: later.version,
      bookedFor: at(10, 30),
      roomId: room2,
      reason: 'Room 1 too warm',
    });
    expect(e.fields?.roomId).toBe('Room 2 is taken by Alex Moreau 10:00–12:00. Choose another time or room.');
    expect(t.counts()).toEqual(before);
    const moved = await t.ok('sessions.reschedule', {
      id: mine.id,
      expectedVersion: later.version,
      bookedFor: at(12),
      roomId: room2,
      reason: 'Room 1 too warm',
    });
    expect(moved).toMatchObject({ roomId: room2, practitionerId: kim });
    expectAudit(t, {
      entity: 'session',
      entityId: mine.id,
      action: 'reschedule',
      changed: ['bookedFor', 'roomId'],
      reason: 'Room 1 too warm',
    });
    const cleared = await t.ok('sessions.reschedule', {
      id: mine.id,
      expectedVersion: moved.version,
      bookedFor: at(12),
      roomId: null,
      reason: 'No room needed',
    });
    expect(cleared.roomId).toBeNull();
  });
});
