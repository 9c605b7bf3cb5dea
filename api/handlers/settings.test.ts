import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { auditActions, expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi();
});
afterEach(() => t.close());

describe('clinic settings', () => {
  it('audits a change with only the settings that changed', async () => {
    const before = await t.ok('settings.get', {});
    const after = await t.ok('settings.update', { secondSessionMinDays: before.secondSessionMinDays + 3, currency: before.currency });
    expect(after.secondSessionMinDays).toBe(before.secondSessionMinDays + 3);
    expectAudit(t, { entity: 'settings', entityId: 'clinic', action: 'update', changed: ['secondSessionMinDays'] });
    expect((await t.ok('settings.get', {})).secondSessionMinDays).toBe(before.secondSessionMinDays + 3);
  });

  it('writes and audits nothing when nothing changed', async () => {
    const before = await t.ok('settings.get', {});
    const n = auditActions(t, 'settings', 'clinic').length;
    await t.ok('settings.update', { currency: before.currency, secondSessionMinDays: before.secondSessionMinDays });
    expect(auditActions(t, 'settings', 'clinic')).toHaveLength(n);
  });
});
