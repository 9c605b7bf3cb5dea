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

  it('keeps each staff member’s draft their own: a colleague in the same window sees none of it', async () => {
    // Saved before anyone had a PIN: nobody's, so whoever opens the record carries it on.
    await t.ok('drafts.save', { clientId, form: 'intake', data: { answers: { latex: 'yes' } } });
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
    const pat = await t.ok('staff.create', { name: 'Pat Chair', role: 'practitioner' });
    await t.ok('auth.setPin', { staffId: pat.id, pin: '2222' });

    await t.ok('drafts.save', { clientId, form: 'session', data: { notes: 'owner was here' } });
    await t.ok('drafts.save', { clientId, form: 'screen', data: { entries: { 'chart/editing': true } } });
    await t.ok('auth.signOut', { reason: 'lock' });
    await t.ok('auth.signIn', { staffId: pat.id, pin: '2222' });
    expect(await t.ok('drafts.get', { clientId, form: 'session' })).toBeNull();
    expect(await t.ok('drafts.get', { clientId, form: 'screen' })).toBeNull();
    expect(await t.ok('drafts.get', { clientId, form: 'intake' })).toMatchObject({ form: 'intake', data: { answers: { latex: 'yes' } } });
    // Pat carries the unowned intake on: it is Pat's now, and Pat's discard leaves the owner's session draft.
    await t.ok('drafts.save', { clientId, form: 'intake', data: { answers: { latex: 'no' } } });
    await t.ok('drafts.save', { clientId, form: 'session', data: { notes: 'pat' } });
    await t.ok('drafts.discard', { clientId, form: 'session' });

    await t.ok('auth.signOut', { reason: 'lock' });
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1234' });
    expect(await t.ok('drafts.get', { clientId, form: 'session' })).toMatchObject({ form: 'session', data: { notes: 'owner was here' } });
    expect(await t.ok('drafts.get', { clientId, form: 'intake' })).toBeNull();
    expect(await t.ok('drafts.get', { clientId, form: 'screen' })).toMatchObject({ data: { entries: { 'chart/editing': true } } });
    expect(t.counts().drafts).toBe(3); // the owner's session and screen, Pat's intake
  });
});
