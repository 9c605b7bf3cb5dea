import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../testing';

// Four clients at different points of treatment, charted through the API on a real database.
let t: Awaited<ReturnType<typeof testApi>>;
const ids: Record<string, number> = {};
const session = (clientId: number, performedAt: string, planId: number | null = null) => ({
  clientId,
  planId,
  performedAt,
  pigmentBrand: 'Standard SMP',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: 'B',
  pigmentExpiry: '2030-01-01',
  needle: '3RL',
  zones: ['crown'] as 'crown'[],
  retention: [{ zone: 'crown' as const, rating: 'held_well' as const, note: '' }],
});

beforeAll(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  for (const [first, last] of [
    ['Ava', 'Brennan'],
    ['Ben', 'Ahmed'],
    ['Cara', 'Diaz'],
    ['Dev', 'Clarke'],
  ] as const) {
    ids[first] = (await t.ok('clients.create', { firstName: first, lastName: last })).id;
  }
  // Ava: two of three sessions, third secured by a required deposit.
  const plan = await t.ok('plans.create', {
    clientId: ids.Ava!,
    quotedSessions: 3,
    priceMinor: 90000,
    currency: 'GBP',
    deposits: [{ sessionNumber: 3, amountMinor: 5000 }],
  });
  await t.ok('sessions.chart', { ...session(ids.Ava!, '2026-10-01T10:00:00.000Z', plan.id), retention: [] });
  await t.ok('sessions.chart', { ...session(ids.Ava!, '2026-10-20T10:00:00.000Z', plan.id) });
  // Ben: one session, no plan.
  await t.ok('sessions.chart', { ...session(ids.Ben!, '2026-11-10T10:00:00.000Z'), retention: [] });
  // Cara: nothing yet. Dev: one session long ago.
  await t.ok('sessions.chart', { ...session(ids.Dev!, '2026-06-01T10:00:00.000Z'), retention: [] });
});
afterAll(() => t.close());

const names = (rows: { firstName: string }[]) => rows.map((r) => r.firstName);

describe('clients.list', () => {
  it('lists by name with plan progress, last session, next session due and deposit status', async () => {
    const r = await t.ok('clients.list', {});
    expect(r.total).toBe(4);
    expect(names(r.rows)).toEqual(['Ben', 'Ava', 'Dev', 'Cara']); // Ahmed, Brennan, Clarke, Diaz
    expect(r.rows[1]).toMatchObject({
      performedSessions: 2,
      quotedSessions: 3,
      depositStatus: 'required',
      nextDue: '2026-11-10',
      nextBooked: false,
    });
    expect(r.rows[0]).toMatchObject({ performedSessions: 1, quotedSessions: null, nextDue: '2026-11-17' }); // 7 days after session 1
    expect(r.rows[3]).toMatchObject({ performedSessions: 0, lastSessionAt: null, nextDue: null, depositStatus: null });
  });

  it('sorts by each column both ways, empty values last, and pages with limit/offset', async () => {
    expect(names((await t.ok('clients.list', { sort: 'lastSession', descending: true })).rows)).toEqual(['Ben', 'Ava', 'Dev', 'Cara']);
    expect(names((await t.ok('clients.list', { sort: 'lastSession' })).rows)).toEqual(['Dev', 'Ava', 'Ben', 'Cara']);
    expect(names((await t.ok('clients.list', { sort: 'nextDue' })).rows)).toEqual(['Dev', 'Ava', 'Ben', 'Cara']);
    expect(names((await t.ok('clients.list', { sort: 'progress', descending: true })).rows)).toEqual(['Ava', 'Ben', 'Dev', 'Cara']);
    expect(names((await t.ok('clients.list', { sort: 'deposit' })).rows)[0]).toBe('Ava');
    expect(names((await t.ok('clients.list', { sort: 'name', descending: true })).rows)).toEqual(['Cara', 'Dev', 'Ava', 'Ben']);
    expect(names((await t.ok('clients.list', { sort: 'name', descending: true, limit: 3, offset: 2 })).rows)).toEqual(['Ava', 'Ben']);
    expect((await t.ok('clients.list', { sort: 'name', descending: true, offset: 9 })).rows).toEqual([]);
    const page = await t.ok('clients.list', { sort: 'lastSession', limit: 2, offset: 2 });
    expect(page.total).toBe(4);
    expect(names(page.rows)).toEqual(['Ben', 'Cara']);
  });

  it('searches as it sorts', async () => {
    const r = await t.ok('clients.list', { query: 'c', sort: 'lastSession', descending: true });
    expect(names(r.rows)).toEqual(['Dev', 'Cara']); // Clarke, Cara
    expect(r.total).toBe(2);
  });

  it('refuses an unknown sort or a negative page beside the field, writing nothing', async () => {
    const before = t.counts();
    expect((await t.err('clients.list', { sort: 'shoeSize' })).fields?.sort).toMatch(/Sort by name/);
    expect((await t.err('clients.list', { offset: -1 })).fields?.offset).toBeDefined();
    expect(t.counts()).toEqual(before);
  });

  it('keeps a sorted order between pages, and re-sorts as soon as the chart changes', async () => {
    const before = await t.ok('clients.list', { sort: 'lastSession', descending: true, limit: 1 });
    expect(names(before.rows)).toEqual(['Ben']);
    await t.ok('sessions.chart', { ...session(ids.Cara!, '2026-11-20T10:00:00.000Z'), retention: [] });
    const after = await t.ok('clients.list', { sort: 'lastSession', descending: true, limit: 2 });
    expect(names(after.rows)).toEqual(['Cara', 'Ben']);
  });
});

describe('lapsed clients on the list', () => {
  it('says “lapsed” instead of a next date once the touch-up recall passed more than a year ago, and not while something is booked', async () => {
    // Recall is 3 years: a last session before 21 Nov 2022 has lapsed on 21 Nov 2026.
    const old = (await t.ok('clients.create', { firstName: 'Eli', lastName: 'Old' })).id;
    await t.ok('sessions.chart', { ...session(old, '2021-03-01T10:00:00.000Z'), retention: [] });
    const recent = (await t.ok('clients.create', { firstName: 'Fay', lastName: 'Recent' })).id;
    await t.ok('sessions.chart', { ...session(recent, '2023-03-01T10:00:00.000Z'), retention: [] });
    const rows = (await t.ok('clients.list', { query: 'Old' })).rows.concat((await t.ok('clients.list', { query: 'Recent' })).rows);
    expect(rows.map((r) => [r.firstName, r.lapsed, r.nextDue])).toEqual([
      ['Eli', true, null],
      ['Fay', false, '2023-03-08'],
    ]);
    // Booked again: no longer lapsed, and the booking is what is due.
    await t.ok('sessions.book', { clientId: old, bookedFor: '2026-11-25T10:00:00.000Z', outsideWindowReason: 'Back after years' });
    expect((await t.ok('clients.list', { query: 'Old' })).rows[0]).toMatchObject({
      lapsed: false,
      nextDue: '2026-11-25',
      nextBooked: true,
    });
  });
});
