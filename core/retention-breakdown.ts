// The retention breakdown's rules: which ways the outcomes are split, how the gap between sessions is
// grouped, and the clinic's privacy floor (no figure from fewer than MIN_CASES cases). A case is one
// zone of one session whose retention was assessed at the client's next session.
import { CASE_TYPE_LABELS, RETENTION_RATINGS, ZONE_LABELS, ZONES, type CaseType, type RetentionRating, type Zone } from './vocabulary';

export const BREAKDOWN_DIMENSIONS = ['shade', 'dilution', 'needle', 'fitzpatrick', 'zone', 'caseType', 'gap'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
export const DIMENSION_LABELS: Record<BreakdownDimension, string> = {
  shade: 'Pigment shade',
  dilution: 'Dilution',
  needle: 'Needle configuration',
  fitzpatrick: 'Fitzpatrick skin type',
  zone: 'Zone',
  caseType: 'Case type',
  gap: 'Gap between sessions',
};

/** Fewer cases than this behind a figure and it is not shown: too few to mean anything, and too near one client. */
export const MIN_CASES = 5;

/** Days between the session and the one that assessed it, in the groups a practitioner thinks in. */
export const GAP_BUCKETS = [
  { key: 'under_2w', label: 'Under 2 weeks', below: 14 },
  { key: '2_4w', label: '2–4 weeks', below: 29 },
  { key: '1_6m', label: '1–6 months', below: 183 },
  { key: 'over_6m', label: 'Over 6 months', below: Infinity },
] as const;

/** The same grouping in SQL, over an expression giving the gap in days. */
export function gapBucketSql(days: string): string {
  const whens = GAP_BUCKETS.filter((b) => b.below !== Infinity)
    .map((b) => `WHEN ${days} < ${b.below} THEN '${b.key}'`)
    .join(' ');
  return `CASE ${whens} ELSE '${GAP_BUCKETS.at(-1)!.key}' END`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export function valueLabel(dimension: BreakdownDimension, key: string): string {
  switch (dimension) {
    case 'fitzpatrick':
      return key === '' ? 'Not recorded' : `Type ${ROMAN[Number(key) - 1] ?? key}`;
    case 'zone':
      return ZONE_LABELS[key as Zone] ?? key;
    case 'caseType':
      return CASE_TYPE_LABELS[key as CaseType] ?? key;
    case 'gap':
      return GAP_BUCKETS.find((b) => b.key === key)?.label ?? key;
    default:
      return key === '' ? 'Not recorded' : key;
  }
}

function order(dimension: BreakdownDimension, key: string): number | string {
  if (dimension === 'gap') return GAP_BUCKETS.findIndex((b) => b.key === key);
  if (dimension === 'zone') return ZONES.indexOf(key as Zone);
  if (dimension === 'fitzpatrick') return key === '' ? 99 : Number(key);
  return key;
}

/** One count from the database: `n` cases with this value of this dimension had this outcome. */
export interface Tally {
  dimension: BreakdownDimension;
  key: string;
  rating: RetentionRating;
  n: number;
}

export type Counts = Record<RetentionRating, number>;
export interface Row {
  key: string;
  label: string;
  /** null: fewer than MIN_CASES cases, so neither the count nor the outcomes are shown. */
  cases: number | null;
  counts: Counts | null;
}
export interface Group {
  dimension: BreakdownDimension;
  rows: Row[];
}

const zero = (): Counts => Object.fromEntries(RETENTION_RATINGS.map((r) => [r, 0])) as Counts;

/** Folds tallies into one table per dimension, hiding every figure with fewer than `minCases` behind it. */
export function buildGroups(
  tallies: readonly Tally[],
  dimensions: readonly BreakdownDimension[] = BREAKDOWN_DIMENSIONS,
  minCases = MIN_CASES,
): Group[] {
  const by = new Map<BreakdownDimension, Map<string, Counts>>(dimensions.map((d) => [d, new Map()]));
  for (const t of tallies) {
    const values = by.get(t.dimension);
    if (!values) continue;
    const counts = values.get(t.key) ?? zero();
    counts[t.rating] += t.n;
    values.set(t.key, counts);
  }
  return dimensions.map((dimension) => {
    const rows = [...by.get(dimension)!].map(([key, counts]): Row => {
      const cases = RETENTION_RATINGS.reduce((sum, r) => sum + counts[r], 0);
      const shown = cases >= minCases;
      return { key, label: valueLabel(dimension, key), cases: shown ? cases : null, counts: shown ? counts : null };
    });
    rows.sort((a, b) => {
      const x = order(dimension, a.key);
      const y = order(dimension, b.key);
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { numeric: true });
    });
    return { dimension, rows };
  });
}

/** The share of a row's cases with an outcome, 0–100, for charts and tables. */
export function share(row: Row, rating: RetentionRating): number | null {
  if (!row.counts || !row.cases) return null;
  return Math.round((row.counts[rating] / row.cases) * 1000) / 10;
}
