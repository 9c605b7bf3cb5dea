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
