// The kept retention counts follow every change to a chart exactly as counting afresh would.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildRetentionTallies, REBUILD_SQL } from '../../db/queries/retention-breakdown';
import { MIGRATIONS_FOLDER } from '../../db/testing';
import type { ChannelInput } from '../contract';
import { testApi } from '../testing';

const NOW = new Date('2026-11-21T12:00:00Z');
let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => NOW);
});
afterEach(() => t.close());

const chart = (
  clientId: number,
  performedAt: string,
  extra: Partial<ChannelInput<'sessions.chart'>> = {},
): ChannelInput<'sessions.chart'> => ({
  clientId,
  performedAt,
  pigmentBrand: 'Zeta Ink',
  pigmentShade: 'Night',
  dilution: '1:3',
  pigmentBatch: 'ZN-001',
  pigmentExpiry: '2027-06-30',
  needle: '1RL 0.25',
  zones: ['crown', 'frontal_hairline'],
  ...extra,
});

const kept = () => ({
  tallies: t.open.sqlite.prepare('SELECT * FROM retention_tallies ORDER BY 1, 2, 3, 4, 5').all(),
  similar: t.open.sqlite.prepare('SELECT * FROM retention_similar_tallies ORDER BY 1, 2, 3, 4, 5').all(),
});
function expectKeptAsCountedAfresh() {
  const now = kept();
  rebuildRetentionTallies(t.open.sqlite);
  expect(now).toEqual(kept());
}

describe('the kept retention counts', () => {
  it('follow charting, a correction, a retention re-rating and a new skin type, as a fresh count would', async () => {
    const sam = await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor', fitzpatrick: 3 });
    const s1 = await t.ok('sessions.chart', chart(sam.id, '2026-10-01T10:00:00.000Z'));
    const retention = [
      { zone: 'crown' as const, rating: 'heavy_fading' as const, note: '' },
      { zone: 'frontal_hairline' as const, rating: 'held_well' as const, note: '' },
    ];
    await t.ok('sessions.chart', chart(sam.id, '2026-10-20T10:00:00.000Z', { retention }));
    expect(kept().tallies.length).toBeGreaterThan(0);
    expectKeptAsCountedAfresh();
    // Correcting session 1's dilution moves session 2's cases to another row.
    await t.ok(
      'sessions.chart',
      chart(sam.id, '2026-10-01T10:00:00.000Z', { sessionId: s1.id, expectedVersion: s1.version, dilution: '1:2' }),
    );
    expectKeptAsCountedAfresh();
    const s2 = t.open.sqlite.prepare('SELECT id FROM sessions WHERE client_id = ? AND number = 2').pluck().get(sam.id) as number;
    await t.ok('retention.save', { sessionId: s2, notes: [{ zone: 'crown', rating: 'patchy', note: 'Thin' }] });
    expectKeptAsCountedAfresh();
    const client = await t.ok('clients.chart', { id: sam.id });
    await t.ok('clients.update', {
      id: sam.id,
      expectedVersion: client.client.version,
      firstName: 'Sam',
      lastName: 'Okafor',
      fitzpatrick: 5,
    });
    expectKeptAsCountedAfresh();
    const similar = await t.ok('retention.similar', { clientId: sam.id, zones: ['crown'] });
    expect(similar.fitzpatrick).toBe(5);
    expect(similar.cases).toBe(1);
    // One case: counted, but no figure shown from it.
    expect(similar.groups[0]!.rows).toEqual([{ key: '1:2', label: '1:2', cases: null, counts: null }]);
    const b = await t.ok('retention.breakdown', { from: '2026-01-01', to: '2026-12-31' });
    expect(b.cases).toBe(2);
  });

  it('are left as they were by a refused change', async () => {
    const sam = await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor', fitzpatrick: 3 });
    await t.ok('sessions.chart', chart(sam.id, '2026-10-01T10:00:00.000Z'));
    await t.ok(
      'sessions.chart',
      chart(sam.id, '2026-10-20T10:00:00.000Z', { retention: [{ zone: 'crown', rating: 'held_well', note: '' }] }),
    );
    const before = kept();
    // Session 3 without its retention check is refused after the counts were taken out: the transaction rolls back.
    await t.err('sessions.chart', chart(sam.id, '2026-11-10T10:00:00.000Z'));
    expect(kept()).toEqual(before);
  });

  it('are counted for the charts already on file by the migration, with the same SQL as the rebuild', () => {
    const file = fs.readdirSync(MIGRATIONS_FOLDER).find((f) => f.endsWith('_pigment_batches.sql'))!;
    expect(fs.readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8')).toContain(REBUILD_SQL);
  });
});
