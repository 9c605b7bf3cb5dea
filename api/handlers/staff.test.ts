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
});
