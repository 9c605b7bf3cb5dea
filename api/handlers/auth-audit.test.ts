// What the sign-in and PIN changes leave in the audit trail (auth.test.ts has the sign-in rules).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
});
afterEach(() => t.close());

describe('the audit trail of staff access', () => {
  it('records the first owner with the reason, a PIN set and a sign-in, by whom, and never the PIN', async () => {
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
    expectAudit(t, {
      entity: 'staff',
      entityId: owner.id,
      action: 'create',
      before: null,
      after: { name: 'Olu Owner', role: 'owner', hasPin: true },
      reason: 'first owner account',
    });
    const jo = await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' });
    await t.ok('auth.setPin', { staffId: jo.id, pin: '2468' });
    const setPin = expectAudit(t, {
      entity: 'staff',
      entityId: jo.id,
      action: 'set_pin',
      before: null,
      after: null,
      reason: null,
      by: owner.id,
    });
    expect(JSON.stringify(setPin)).not.toMatch(/2468|scrypt/);
    await t.ok('auth.signOut', { reason: 'lock' });
    await t.ok('auth.signIn', { staffId: jo.id, pin: '2468' });
    expectAudit(t, { entity: 'staff', entityId: jo.id, action: 'sign_in', before: null, after: null, by: jo.id });
  });
});
