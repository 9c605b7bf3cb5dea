import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, staleAfter, type Channel } from './contract';
import { handlers } from './handlers';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  t = await testApi();
  await t.ok('clients.create', { firstName: 'Kim', lastName: 'Lee' });
});
afterAll(() => t.close());

const MALFORMED: unknown[] = [null, 42, 'text', [], { id: -1 }, { id: 'one' }, { clientId: 1.5 }, { expectedVersion: 0 }];

describe('the contract', () => {
  it('has exactly one handler per channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('%s answers malformed input with a structured error and writes nothing', async (channel) => {
    const before = t.counts();
    for (const input of MALFORMED) {
      const r = await t.api.call(channel, input);
      if (r.ok) continue; // some query channels accept defaults (e.g. settings.get with {})
      expect(['invalid_input', 'not_found', 'rule', 'conflict']).toContain(r.error.code);
      expect(typeof r.error.message).toBe('string');
      expect(r.error.message).not.toMatch(/at .*\.(ts|js):\d+|ZodError|SQLITE_/);
    }
    const changed = t.counts();
    expect(changed).toEqual(before);
  });

  it('refuses an unknown channel', async () => {
    const r = await t.api.call('clients.drop', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});

describe('what each change makes stale', () => {
  const queries = CHANNELS.filter((c) => !contract[c].changes && contract[c].task !== true);
  const writes = CHANNELS.filter((c) => !queries.includes(c));
  const declared = (c: Channel) => contract[c] as { invalidates?: unknown; staleNothingBecause?: string };

  it.each(writes)('%s declares a list of query channels, or everything', (channel) => {
    const stale = staleAfter(channel);
    if (stale === 'all') return;
    expect(Array.isArray(declared(channel).invalidates)).toBe(true);
    for (const name of stale) expect(queries, `${channel} names ${name}`).toContain(name);
    expect(new Set(stale).size, `${channel} names a channel twice`).toBe(stale.length);
    if (stale.length === 0) expect(declared(channel).staleNothingBecause, `${channel} says why nothing goes stale`).toMatch(/^\S.{20,}/);
  });

  it('makes nothing stale after a query', () => {
    for (const q of queries) expect(staleAfter(q)).toEqual([]);
  });

  it('refetches what each desk is looking at', () => {
    expect(staleAfter('clients.create')).toEqual(expect.arrayContaining(['clients.search', 'clients.list']));
    expect(staleAfter('deposits.recordPayment')).toEqual(expect.arrayContaining(['clients.chart', 'reception.board', 'clients.list']));
    expect(staleAfter('sessions.chart')).toEqual(
      expect.arrayContaining(['clients.chart', 'clients.list', 'reception.board', 'reception.day', 'audit.history']),
    );
    expect(staleAfter('settings.update')).toEqual(
      expect.arrayContaining(['settings.get', 'reception.board', 'reception.nextSession', 'auth.status']),
    );
    expect(staleAfter('staff.update')).toEqual(expect.arrayContaining(['staff.list', 'auth.status']));
    expect(staleAfter('safety.restore')).toBe('all');
  });
});

describe('settings, staff and pigments', () => {
  it('stores only changed settings and validates them per field', async () => {
    const defaults = await t.ok('settings.get', {});
    expect(defaults).toMatchObject({ secondSessionMinDays: 7, laterSessionMinDays: 21, laterSessionMaxDays: 28, touchUpRecallYears: 3 });
    const e = await t.err('settings.update', { laterSessionMinDays: 30, laterSessionMaxDays: 20 });
    expect(e.fields?.laterSessionMaxDays).toMatch(/not be before/);
    const s = await t.ok('settings.update', { clinicName: 'North Street SMP', paperSize: 'LETTER' });
    expect(s).toMatchObject({ clinicName: 'North Street SMP', paperSize: 'LETTER', secondSessionMinDays: 7 });
    expect((await t.ok('settings.get', {})).clinicName).toBe('North Street SMP');
    // A setting left out of an update stays as stored: not put back to its default.
    await t.ok('settings.update', { secondSessionMinDays: 10 });
    expect(await t.ok('settings.update', { clinicPhone: '020 7946 0000' })).toMatchObject({
      clinicName: 'North Street SMP',
      secondSessionMinDays: 10,
      clinicPhone: '020 7946 0000',
    });
    await t.ok('settings.update', { secondSessionMinDays: 7 });
  });

  it('adds and updates staff with roles', async () => {
    const s = await t.ok('staff.create', { name: 'Ana Ruiz', role: 'reception' });
    expect(s).toMatchObject({ role: 'reception', active: true, hasPin: false });
    const u = await t.ok('staff.update', { id: s.id, expectedVersion: 1, name: 'Ana Ruiz', role: 'owner', active: false });
    expect(u.version).toBe(2);
    expect((await t.ok('staff.list', {})).map((x) => x.id)).not.toContain(s.id);
    expect((await t.err('staff.create', { name: 'X', role: 'janitor' })).fields?.role).toBe('Choose a role.');
  });

  it('refuses a duplicate pigment beside the shade', async () => {
    await t.ok('pigments.add', { brand: 'Scalp Ink', shade: 'Ash 2', darkness: 2 });
    const e = await t.err('pigments.add', { brand: 'Scalp Ink', shade: 'Ash 2' });
    expect(e.fields?.shade).toMatch(/already/);
  });
});
