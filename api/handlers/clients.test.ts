import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi();
});
afterEach(() => t.close());

const ada = { firstName: 'Ada', lastName: 'Lovelace', phone: '+44 7700 900123', email: 'ada@example.com' };

describe('clients', () => {
  it('creates a client and audits it in the same change', async () => {
    const c = await t.ok('clients.create', { ...ada, hairLossScale: 'norwood', hairLossStage: '3V', fitzpatrick: 2 });
    expect(c).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', version: 1, caseType: 'hair_loss' });
    const audit = t.open.sqlite.prepare("SELECT entity, entity_id, action, after FROM audit_log WHERE entity = 'client'").all() as {
      after: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'client', entity_id: String(c.id), action: 'create' });
    expect(JSON.parse(audit[0]!.after).lastName).toBe('Lovelace');
  });

  it('refuses a client without a name, says so per field, and writes nothing', async () => {
    const before = t.counts();
    const e = await t.err('clients.create', { firstName: '  ', email: 'not-an-email' });
    expect(e.code).toBe('invalid_input');
    expect(e.fields).toMatchObject({
      firstName: 'Enter the first name.',
      lastName: 'Enter the last name.',
      email: expect.stringContaining('email address'),
    });
    expect(t.counts()).toEqual(before);
  });

  it('checks the stage against the scale and the birth date against today', async () => {
    const e = await t.err('clients.create', { ...ada, hairLossScale: 'ludwig', hairLossStage: '5', dateOfBirth: '2999-01-01' });
    expect(e.fields?.hairLossStage).toMatch(/Ludwig/);
    expect(e.fields?.dateOfBirth).toMatch(/future/);
    const e2 = await t.err('clients.create', { ...ada, dateOfBirth: '2026-02-30' });
    expect(e2.fields?.dateOfBirth).toMatch(/not a real date/);
  });

  it('updates with the version it read, and refuses a stale save with the current record', async () => {
    const c = await t.ok('clients.create', ada);
    const updated = await t.ok('clients.update', { ...ada, id: c.id, expectedVersion: 1, lastName: 'King' });
    expect(updated).toMatchObject({ lastName: 'King', version: 2 });
    const before = t.counts();
    const e = await t.err('clients.update', { ...ada, id: c.id, expectedVersion: 1, lastName: 'Byron' });
    expect(e.code).toBe('conflict');
    expect(e.current).toMatchObject({ lastName: 'King', version: 2 });
    expect(t.counts()).toEqual(before);
  });

  it('searches by name prefix, phone digits and email as you type', async () => {
    await t.ok('clients.create', ada);
    await t.ok('clients.create', { firstName: 'Grace', lastName: 'Hopper', phone: '020 7946 0000', email: 'grace@navy.example' });
    const names = async (query: string) => (await t.ok('clients.search', { query })).rows.map((r) => r.lastName);
    expect(await names('lov')).toEqual(['Lovelace']);
    expect(await names('GRA')).toEqual(['Hopper']);
    expect(await names('07946')).toEqual([]);
    expect(await names('0207946')).toEqual(['Hopper']);
    expect(await names('+447700')).toEqual(['Lovelace']);
    expect(await names('ada lov')).toEqual(['Lovelace']);
    expect(await names('grace@')).toEqual(['Hopper']);
    expect(await names('%')).toEqual([]);
    expect((await t.ok('clients.search', {})).total).toBe(2);
  });

  it('archives a client out of the default list, with the reason audited', async () => {
    const c = await t.ok('clients.create', ada);
    await t.ok('clients.archive', { id: c.id, expectedVersion: 1, reason: 'Moved abroad' });
    expect((await t.ok('clients.search', { query: 'ada' })).total).toBe(0);
    expect((await t.ok('clients.search', { query: 'ada', includeArchived: true })).rows[0]?.archived).toBe(true);
    const reason = t.open.sqlite.prepare("SELECT reason FROM audit_log WHERE action = 'archive'").pluck().get();
    expect(reason).toBe('Moved abroad');
  });

  it('returns the whole chart, and not_found for a missing client', async () => {
    const c = await t.ok('clients.create', ada);
    const chart = await t.ok('clients.chart', { id: c.id });
    expect(chart).toMatchObject({ client: { id: c.id }, intake: null, sessions: [], deposits: [] });
    expect((await t.err('clients.chart', { id: 999 })).code).toBe('not_found');
  });
});
