import { describe, expect, it } from 'vitest';
import { createApi } from './dispatch';
import { testApi } from './testing';

describe('default pigment list', () => {
  it('is written once into a new database, in order of darkness, and not again on the next start', async () => {
    const t = await testApi();
    try {
      const list = await t.ok('pigments.list', {});
      expect(list.length).toBeGreaterThanOrEqual(7);
      const greys = list.filter((p) => p.brand === 'Standard SMP');
      expect(greys.map((p) => p.darkness)).toEqual([...greys.map((p) => p.darkness)].sort((a, b) => a - b));
      const audits = t.counts().audit_log;

      createApi(t.open); // a second start on the same database
      expect((await t.ok('pigments.list', {})).length).toBe(list.length);
      expect(t.counts().audit_log).toBe(audits);
    } finally {
      t.close();
    }
  });
});
