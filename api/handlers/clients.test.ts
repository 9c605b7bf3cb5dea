import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { auditActions, expectAudit } from '../testing-audit';

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
    expect(auditActions(t, 'client', c.id)).toEqual(['create']);
    expectAudit(t, {
      entity: 'client',
      entityId: c.id,
      action: 'create',
      before: null,
      after: { firstName: 'Ada', lastName: 'Lovelace', hairLossStage: '3V', fitzpatrick: 2 },
    });
  });

  it('audits an edit with the fields it changed, and finds the client by the new phone', async () => {
    const c = await t.ok('clients.create', ada);
    const u = await t.ok('clients.update', {
      id: c.id,
      expectedVersion: c.version,
      ...ada,
      phone: '020 7946 0000',
      email: 'ada@lovelace.example',
    });
    expect(u).toMatchObject({ phone: '020 7946 0000', version: 2 });
    expectAudit(t, {
      entity: 'client',
      entityId: c.id,
      action: 'update',
      changed: ['phone', 'email'],
      before: { phone: ada.phone },
      after: { phone: '020 7946 0000' },
    });
    expect((await t.ok('clients.search', { query: '02079460000' })).rows.map((r) => r.id)).toEqual([c.id]);
    const stale = await t.err('clients.update', { id: c.id, expectedVersion: c.version, ...ada });
    expect(stale.code).toBe('conflict');
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
    // A word of punctuation only folds to nothing and filters nothing, like spaces.
    expect(await names('%')).toEqual(['Hopper', 'Lovelace']);
    expect(await names('020 7946 0')).toEqual(['Hopper']);
    expect((await t.ok('clients.search', {})).total).toBe(2);
  });

  it('archives a client out of the default list, with the reason audited', async () => {
    const c = await t.ok('clients.create', ada);
    await t.ok('clients.archive', { id: c.id, expectedVersion: 1, reason: 'Moved abroad' });
    expect((await t.ok('clients.search', { query: 'ada' })).total).toBe(0);
    expect((await t.ok('clients.search', { query: 'ada', includeArchived: true })).rows[0]?.archived).toBe(true);
    expectAudit(t, { entity: 'client', entityId: c.id, action: 'archive', changed: ['archivedAt'], reason: 'Moved abroad' });
    await t.ok('clients.archive', { id: c.id, expectedVersion: 2, archived: false, reason: 'Came back' });
    expect((await t.ok('clients.search', { query: 'ada' })).total).toBe(1);
    expectAudit(t, {
      entity: 'client',
      entityId: c.id,
      action: 'unarchive',
      changed: ['archivedAt'],
      after: { archivedAt: null },
      reason: 'Came back',
    });
  });

  it('returns the whole chart, and not_found for a missing client', async () => {
    const c = await t.ok('clients.create', ada);
    const chart = await t.ok('clients.chart', { id: c.id });
    expect(chart).toMatchObject({ client: { id: c.id }, intake: null, sessions: [], deposits: [] });
    expect((await t.err('clients.chart', { id: 999 })).code).toBe('not_found');
  });
});
