import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi();
});
afterEach(() => t.close());

describe('staff', () => {
  it('adds a member, audited, without a PIN yet', async () => {
    const s = await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' });
    expect(s).toMatchObject({ name: 'Jo Reyes', role: 'practitioner', active: true, hasPin: false });
    expectAudit(t, {
      entity: 'staff',
      entityId: s.id,
      action: 'create',
      before: null,
      after: { name: 'Jo Reyes', role: 'practitioner', active: true },
    });
  });

  it('audits a change of role or a member leaving with what changed', async () => {
    const s = await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' });
    const u = await t.ok('staff.update', { id: s.id, expectedVersion: s.version, name: 'Jo Reyes', role: 'reception', active: false });
    expect(u).toMatchObject({ role: 'reception', active: false });
    expectAudit(t, { entity: 'staff', entityId: s.id, action: 'update', changed: ['role', 'active'] });
    expect((await t.ok('staff.list', {})).map((m) => m.id)).not.toContain(s.id);
    expect((await t.ok('staff.list', { includeInactive: true })).map((m) => m.id)).toContain(s.id);
  });

  it('lets each person choose their own language, audited, and only an owner choose another’s', async () => {
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
    const rae = await t.ok('staff.create', { name: 'Rae Reception', role: 'reception' });
    await t.ok('auth.setPin', { staffId: rae.id, pin: '3333' });
    await t.ok('auth.signOut', {});
    await t.ok('auth.signIn', { staffId: rae.id, pin: '3333' });
    await t.ok('staff.setLocale', { staffId: rae.id, locale: 'de-DE' });
    expect((await t.ok('auth.status', {})).actor).toMatchObject({ id: rae.id, locale: 'de-DE' });
    expectAudit(t, { entity: 'staff', entityId: rae.id, action: 'set_locale', before: { locale: null }, after: { locale: 'de-DE' } });
    const before = t.counts();
    expect((await t.err('staff.setLocale', { staffId: owner.id, locale: 'es-ES' })).code).toBe('forbidden');
    // Rae reads German now: the contract's check refuses in her language.
    expect((await t.err('staff.setLocale', { staffId: rae.id, locale: 'not a language' })).fields?.locale).toBe(
      'Bitte eine Sprache aus der Liste wählen.',
    );
    expect(t.counts()).toEqual(before);
    // Back to the clinic's: null, and the owner may set anyone's.
    await t.ok('auth.signOut', {});
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1234' });
    await t.ok('staff.setLocale', { staffId: rae.id, locale: null });
    expect((await t.ok('staff.list', {})).find((m) => m.id === rae.id)?.locale).toBeNull();
  });
});
