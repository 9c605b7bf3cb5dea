// The retention breakdown finds what the demo's retention model (bench/demo-retention-model.ts) put in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { share, type Row } from '../core/retention-breakdown';
import { testApi } from '../api/testing';
import { generateDemoClinic } from './demo-clinic';
import { DEMO_PIN } from './demo-setup';
import { retentionWeights } from './demo-retention-model';

let t: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  t = await testApi(() => new Date('2026-11-20T12:00:00Z'));
  generateDemoClinic(t.open.sqlite, { clients: 1500, today: '2026-11-20', auditRecords: false });
  const owner = t.open.sqlite.prepare("SELECT id FROM staff WHERE role = 'owner' LIMIT 1").pluck().get() as number;
  await t.ok('auth.signIn', { staffId: owner, pin: DEMO_PIN });
}, 60_000);
afterAll(() => t.close());

const row = (rows: Row[], key: string) => rows.find((r) => r.key === key)!;
const heavy = (r: Row) => share(r, 'heavy_fading')!;

describe('the demo retention model, found by the breakdown', () => {
  it('states its weights: weaker dilution and darker skin fade more; the darkest shades look too dark on fair skin', () => {
    const w = (f: Parameters<typeof retentionWeights>[0]) => Object.fromEntries(retentionWeights(f));
    expect(w({ fitzpatrick: 3, darkness: 2, dilution: '1:1' })).toEqual({
      held_well: 45,
      slight_fading: 30,
      heavy_fading: 12,
      patchy: 8,
      too_dark: 5,
    });
    expect(w({ fitzpatrick: 3, darkness: 2, dilution: '1:4' }).heavy_fading).toBe(30);
    expect(w({ fitzpatrick: 6, darkness: 2, dilution: '1:1' }).heavy_fading).toBe(24);
    expect(w({ fitzpatrick: 1, darkness: 4, dilution: '1:1' }).too_dark).toBe(25);
  });

  it('shows more heavy fading the weaker the dilution, and on Fitzpatrick V–VI than I–IV', async () => {
    const b = await t.ok('retention.breakdown', { from: '2016-01-01', to: '2026-11-20' });
    expect(b.cases).toBeGreaterThan(5000);
    const dilution = b.groups.find((g) => g.dimension === 'dilution')!.rows;
    // Planted: 12% at 1:1 rising by 6 points a step to 30% at 1:4 (the model's averages over skin types a little higher).
    expect(heavy(row(dilution, '1:4')) - heavy(row(dilution, '1:1'))).toBeGreaterThan(12);
    expect(heavy(row(dilution, '1:2'))).toBeGreaterThan(heavy(row(dilution, '1:1')));
    expect(heavy(row(dilution, '1:3'))).toBeGreaterThan(heavy(row(dilution, '1:2')));
    const skin = b.groups.find((g) => g.dimension === 'fitzpatrick')!.rows;
    for (const dark of ['5', '6'])
      for (const fair of ['1', '2', '3', '4']) expect(heavy(row(skin, dark)) - heavy(row(skin, fair))).toBeGreaterThan(7);
    // Each figure says how many cases stand behind it.
    expect(row(skin, '5').cases).toBe(Object.values(row(skin, '5').counts!).reduce((a, n) => a + n, 0));
  });

  it('for a fair-skinned client, shows the darkest shade coming out too dark more often than a light one', async () => {
    const id = t.open.sqlite.prepare('SELECT id FROM clients WHERE fitzpatrick = 2 LIMIT 1').pluck().get() as number;
    const similar = await t.ok('retention.similar', { clientId: id, zones: ['frontal_hairline', 'crown', 'mid_scalp'] });
    expect(similar.fitzpatrick).toBe(2);
    const shades = similar.groups.find((g) => g.dimension === 'shade')!.rows;
    const tooDark = (key: string) => share(row(shades, key), 'too_dark')!;
    expect(tooDark('Scalp Ink Co · Graphite 4') - tooDark('Scalp Ink Co · Graphite 1')).toBeGreaterThan(10);
  });
});
