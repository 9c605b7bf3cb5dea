import { describe, expect, it } from 'vitest';
import { buildGroups, gapBucketSql, share, type Tally } from './retention-breakdown';

describe('the retention breakdown', () => {
  it('shows nothing where fewer than 5 cases stand behind a figure, and the count of cases where 5 or more do', () => {
    const tallies: Tally[] = [
      { dimension: 'dilution', key: '1:2', rating: 'held_well', n: 3 },
      { dimension: 'dilution', key: '1:2', rating: 'patchy', n: 1 },
      { dimension: 'dilution', key: '1:3', rating: 'held_well', n: 4 },
      { dimension: 'dilution', key: '1:3', rating: 'heavy_fading', n: 1 },
    ];
    const [g] = buildGroups(tallies, ['dilution']);
    expect(g!.rows).toEqual([
      { key: '1:2', label: '1:2', cases: null, counts: null },
      {
        key: '1:3',
        label: '1:3',
        cases: 5,
        counts: { held_well: 4, slight_fading: 0, heavy_fading: 1, patchy: 0, too_dark: 0 },
      },
    ]);
    expect(share(g!.rows[1]!, 'held_well')).toBe(80);
    expect(share(g!.rows[0]!, 'held_well')).toBeNull();
  });

  it('names skin types, zones and gaps for people, in their natural order', () => {
    const tallies: Tally[] = ['6', '1', ''].map((key) => ({ dimension: 'fitzpatrick', key, rating: 'held_well', n: 5 }));
    expect(buildGroups(tallies, ['fitzpatrick'])[0]!.rows.map((r) => r.label)).toEqual(['Type I', 'Type VI', 'Not recorded']);
    const gaps: Tally[] = ['over_6m', 'under_2w', '2_4w'].map((key) => ({ dimension: 'gap', key, rating: 'patchy', n: 9 }));
    expect(buildGroups(gaps, ['gap'])[0]!.rows.map((r) => r.label)).toEqual(['Under 2 weeks', '2–4 weeks', 'Over 6 months']);
    expect(gapBucketSql('d')).toBe("CASE WHEN d < 14 THEN 'under_2w' WHEN d < 29 THEN '2_4w' WHEN d < 183 THEN '1_6m' ELSE 'over_6m' END");
  });
});
