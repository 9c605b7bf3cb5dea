import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let clock = new Date('2026-11-21T09:00:00Z');
beforeEach(async () => {
  clock = new Date('2026-11-21T09:00:00Z');
  t = await testApi(() => clock);
  clientId = (await t.ok('clients.create', { firstName: 'Dara', lastName: 'Quinn' })).id;
});
afterEach(() => t.close());

describe('drafts', () => {
  it('keeps one draft per client and form, replaced on every save, without audit entries', async () => {
    const auditBefore = t.counts().audit_log;
    expect(await t.ok('drafts.get', { clientId, form: 'session' })).toBeNull();

    await t.ok('drafts.save', { clientId, form: 'session', data: { needle: '1RL', zones: ['crown'] } });
    clock = new Date('2026-11-21T09:00:05Z');
    const saved = await t.ok('drafts.save', { clientId, form: 'session', data: { needle: '3RL' }, baseVersion: 2 });
    expect(saved).toEqual({ clientId, form: 'session', data: { needle: '3RL' }, baseVersion: 2, savedAt: '2026-11-21T09:00:05.000Z' });
    await t.ok('drafts.save', { clientId, form: 'intake', data: { answers: {} } });

    expect(await t.ok('drafts.get', { clientId, form: 'session' })).toMatchObject({ data: { needle: '3RL' } });
    expect(t.counts().drafts).toBe(2);
    expect(t.counts().audit_log).toBe(auditBefore);

    await t.ok('drafts.discard', { clientId, form: 'session' });
    expect(await t.ok('drafts.get', { clientId, form: 'session' })).toBeNull();
    expect(await t.ok('drafts.get', { clientId, form: 'intake' })).not.toBeNull();
  });

  it('refuses an unknown form, a missing client or an oversized draft, and writes nothing', async () => {
    const before = t.counts();
    const badForm = await t.err('drafts.save', { clientId, form: 'payroll', data: {} });
    expect(badForm.fields?.form).toBe('Unknown form for a draft.');
    const noClient = await t.err('drafts.save', { clientId: 999, form: 'session', data: {} });
    expect(noClient.code).toBe('not_found');
    const huge = await t.err('drafts.save', { clientId, form: 'session', data: { notes: 'x'.repeat(200_001) } });
    expect(huge.fields?.data).toBe('This draft is too large to keep.');
    const notObject = await t.err('drafts.save', { clientId, form: 'session', data: 'text' });
    expect(notObject.code).toBe('invalid_input');
    expect(t.counts()).toEqual(before);
  });
});
