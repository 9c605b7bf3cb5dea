import { describe, expect, it } from 'vitest';
import { dayFullness, insideWindow, isClosed, localDay, NO_ROOM, toEvents, UNASSIGNED, visibleRange } from './bookEvents';

describe('the grid’s days', () => {
  it('shows Monday to Sunday around any day of the week', () => {
    const { from, to } = visibleRange(new Date(2026, 10, 26, 15), 'week'); // a Thursday
    expect([localDay(from), localDay(to)]).toEqual(['2026-11-23', '2026-11-30']);
    const sunday = visibleRange(new Date(2026, 10, 29, 9), 'week');
    expect(localDay(sunday.from)).toBe('2026-11-23');
    const day = visibleRange(new Date(2026, 10, 26, 15), 'day');
    expect([localDay(day.from), localDay(day.to)]).toEqual(['2026-11-26', '2026-11-27']);
  });
  it('shows a month as six weeks from the Monday on or before its first', () => {
    const { from, to } = visibleRange(new Date(2026, 11, 17), 'month'); // December 2026 starts on a Tuesday
    expect([localDay(from), localDay(to)]).toEqual(['2026-11-30', '2027-01-11']);
  });
  it('says how full a day is against the practitioners’ hours', () => {
    const at = (h: number, day = 23) => new Date(2026, 10, day, h).toISOString();
    const bookings = [
      { startsAt: at(9), lengthMinutes: 240, status: 'booked' as const },
      { startsAt: at(14), lengthMinutes: 120, status: 'performed' as const },
      { startsAt: at(10), lengthMinutes: 180, status: 'cancelled' as const },
      { startsAt: at(10, 24), lengthMinutes: 180, status: 'booked' as const },
    ];
    const kim = { active: true, week: [{ weekday: 1, opens: '09:00', closes: '17:00' }] }; // Mondays only
    const ana = { active: true, week: null }; // hours never set: 8 hours
    const gone = { active: false, week: null };
    expect(dayFullness('2026-11-23', bookings, [kim, ana, gone])).toEqual({
      bookings: 2,
      bookedMinutes: 360,
      openMinutes: 960,
      share: 0.375,
    });
    expect(dayFullness('2026-11-24', bookings, [kim])).toEqual({ bookings: 1, bookedMinutes: 180, openMinutes: 0, share: null });
    expect(dayFullness('2026-11-23', [...bookings, { startsAt: at(8), lengthMinutes: 600, status: 'booked' }], [kim]).share).toBe(1);
  });
  it('shades the days of a window, open-ended or not', () => {
    expect(insideWindow('2026-11-23', { earliest: '2026-11-23', latest: '2026-11-30' })).toBe(true);
    expect(insideWindow('2026-12-01', { earliest: '2026-11-23', latest: '2026-11-30' })).toBe(false);
    expect(insideWindow('2027-01-01', { earliest: '2026-11-23', latest: null })).toBe(true);
    expect(insideWindow('2026-11-22', { earliest: '2026-11-23', latest: null })).toBe(false);
    expect(insideWindow('2026-11-23', null)).toBe(false);
  });
  it('puts bookings with no practitioner in a column of their own', () => {
    const badges = { depositOutstanding: false, intakeIncomplete: false, contraindicationActive: false, firstVisit: false };
    const [e] = toEvents(
      [
        {
          sessionId: 1,
          version: 1,
          clientId: 1,
          clientName: 'Sam Okafor',
          practitionerId: null,
          roomId: null,
          planId: null,
          kind: 'course',
          number: 2,
          quotedSessions: 3,
          status: 'booked',
          startsAt: '2026-11-23T10:00:00.000Z',
          endsAt: '2026-11-23T13:00:00.000Z',
          lengthMinutes: 180,
          badges,
        },
      ],
      [],
    );
    expect(e).toMatchObject({ resourceId: UNASSIGNED, title: 'Sam Okafor, session 2 of 3' });
  });
  it('per room: puts each booking in its room’s column (or no room yet), and blocked time in none', () => {
    const badges = { depositOutstanding: false, intakeIncomplete: false, contraindicationActive: false, firstVisit: false };
    const booking = (sessionId: number, roomId: number | null) => ({
      sessionId,
      version: 1,
      clientId: 1,
      clientName: 'Sam Okafor',
      practitionerId: 7,
      roomId,
      planId: null,
      kind: 'course' as const,
      number: 2,
      quotedSessions: null,
      status: 'booked' as const,
      startsAt: '2026-11-23T10:00:00.000Z',
      endsAt: '2026-11-23T13:00:00.000Z',
      lengthMinutes: 180,
      badges,
    });
    const blocked = [
      {
        id: 1,
        version: 1,
        staffId: 7,
        startsAt: '2026-11-23T14:00:00.000Z',
        endsAt: '2026-11-23T15:00:00.000Z',
        reason: 'Lunch',
        removedAt: null,
      },
    ];
    const perRoom = toEvents([booking(1, 4), { ...booking(2, null), practitionerId: null }], blocked, 'room', new Map([[7, 'Ana Ruiz']]));
    expect(perRoom.map((e) => [e.key, e.resourceId, e.kind === 'booking' && e.withWhom])).toEqual([
      ['s1', 4, 'with Ana Ruiz'],
      ['s2', NO_ROOM, 'no practitioner yet'],
    ]);
    expect(toEvents([booking(1, 4)], blocked).map((e) => [e.key, e.resourceId])).toEqual([
      ['s1', 7],
      ['b1', 7],
    ]);
  });
});

describe('closed hours', () => {
  const week = [{ weekday: 1, opens: '09:00', closes: '17:00' }];
  it('greys the slots before opening, from closing, and every slot of a day off', () => {
    expect(isClosed(new Date(2026, 10, 23, 8, 45), week)).toBe(true);
    expect(isClosed(new Date(2026, 10, 23, 9, 0), week)).toBe(false);
    expect(isClosed(new Date(2026, 10, 23, 16, 45), week)).toBe(false);
    expect(isClosed(new Date(2026, 10, 23, 17, 0), week)).toBe(true);
    expect(isClosed(new Date(2026, 10, 24, 12, 0), week)).toBe(true);
  });
  it('greys nothing for a practitioner whose hours were never set', () => {
    expect(isClosed(new Date(2026, 10, 24, 3, 0), null)).toBe(false);
  });
});
