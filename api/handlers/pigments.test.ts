import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi();
});
afterEach(() => t.close());

describe('the pigment list', () => {
  it('adds a pigment, audited, and lists it by brand and darkness', async () => {
    const p = await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 95 });
    expectAudit(t, {
      entity: 'pigment',
      entityId: p.id,
      action: 'create',
      before: null,
      after: { brand: 'Zeta Ink', shade: 'Night', darkness: 95, active: true },
    });
    await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Dawn', darkness: 15 });
    const zeta = (await t.ok('pigments.list', {})).filter((x) => x.brand === 'Zeta Ink').map((x) => x.shade);
    expect(zeta).toEqual(['Dawn', 'Night']);
  });

  it('refuses the same brand and shade twice, beside the shade', async () => {
    await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 95 });
    const e = await t.err('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 90 });
    expect(e.fields?.shade).toBe('Zeta Ink Night is already on the pigment list.');
  });
});

describe('editing the pigment list (pigments.update, owners only)', () => {
  it('renames, moves in the shade order, retires and brings back, each audited; sessions keep what they were charted with', async () => {
    const p = await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 95 });
    const renamed = await t.ok('pigments.update', { id: p.id, shade: 'Midnight', darkness: 90 });
    expect(renamed).toEqual({ id: p.id, brand: 'Zeta Ink', shade: 'Midnight', darkness: 90, active: true });
    expectAudit(t, {
      entity: 'pigment',
      entityId: p.id,
      action: 'update',
      before: { shade: 'Night', darkness: 95 },
      after: { shade: 'Midnight', darkness: 90 },
    });
    await t.ok('pigments.update', { id: p.id, active: false });
    expectAudit(t, { entity: 'pigment', entityId: p.id, action: 'retire' });
    expect((await t.ok('pigments.list', {})).some((x) => x.id === p.id)).toBe(false);
    expect((await t.ok('pigments.list', { includeInactive: true })).find((x) => x.id === p.id)).toMatchObject({ active: false });
    await t.ok('pigments.update', { id: p.id, active: true });
    expectAudit(t, { entity: 'pigment', entityId: p.id, action: 'reactivate' });
    expect((await t.ok('pigments.list', {})).some((x) => x.id === p.id)).toBe(true);
  });

  it('bad input gets a field error beside what caused it, and writes nothing', async () => {
    const p = await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 95 });
    await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Dawn', darkness: 15 });
    const before = t.counts();
    const audit = t.counts().audit_log;
    expect((await t.err('pigments.update', { id: p.id, shade: 'Dawn' })).fields?.shade).toBe(
      'Zeta Ink Dawn is already on the pigment list.',
    );
    expect((await t.err('pigments.update', { id: p.id, darkness: 101 })).fields?.darkness).toMatch(/whole number from 0/);
    expect((await t.err('pigments.update', { id: p.id, darkness: 2.5 })).fields?.darkness).toMatch(/whole number from 0/);
    expect((await t.err('pigments.update', { id: p.id, shade: '  ' })).fields?.shade).toBeDefined();
    expect((await t.err('pigments.update', { id: p.id })).fields?.shade).toBe('Nothing to change.');
    expect(await t.err('pigments.update', { id: 9999, shade: 'X' })).toMatchObject({ code: 'not_found' });
    expect(t.counts()).toEqual(before);
    expect(t.counts().audit_log).toBe(audit);
    expect((await t.ok('pigments.list', {})).find((x) => x.id === p.id)).toMatchObject({ shade: 'Night', darkness: 95 });
  });

  it('is refused to a practitioner, with nothing written', async () => {
    const p = await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 95 });
    await t.ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
    const pat = await t.ok('staff.create', { name: 'Pat Chair', role: 'practitioner' });
    await t.ok('auth.setPin', { staffId: pat.id, pin: '2222' });
    await t.ok('auth.signIn', { staffId: pat.id, pin: '2222' });
    const before = t.counts();
    expect(await t.err('pigments.update', { id: p.id, active: false })).toMatchObject({
      code: 'forbidden',
      message: 'Only an owner can rename, reorder or retire a pigment.',
    });
    expect(t.counts()).toEqual(before);
  });
});
