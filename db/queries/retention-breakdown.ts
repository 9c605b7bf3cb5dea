// The retention breakdown's read: every case (a zone of a performed session, rated at the client's
// next performed session) counted by outcome along each dimension, in one statement. Each session's
// pigment comes from the client's previous performed session through a window over the
// (client, performed_at) index of performed sessions, so nothing is sorted; the cases are gathered
// once (a materialised CTE) and grouped seven ways.
import type Database from 'better-sqlite3';
import { BREAKDOWN_DIMENSIONS, gapBucketSql, type BreakdownDimension, type Tally } from '../../core/retention-breakdown';
import { perConnection } from '../prepared';

const COLUMN: Record<BreakdownDimension, string> = {
  shade: 'shade',
  dilution: 'dilution',
  needle: 'needle',
  fitzpatrick: 'fitzpatrick',
  zone: 'zone',
  caseType: 'case_type',
  gap: 'gap',
};

function casesSql(where: string): string {
  return `
WITH assessed AS (
  SELECT s.id, s.client_id, s.performed_at,
    lag(s.performed_at) OVER w AS applied_at,
    lag(s.pigment_brand) OVER w AS brand,
    lag(s.pigment_shade) OVER w AS shade,
    lag(s.dilution) OVER w AS dilution,
    lag(s.needle) OVER w AS needle,
    lag(s.practitioner_id) OVER w AS practitioner_id
  FROM sessions s INDEXED BY sessions_performed_idx
  WHERE s.status = 'performed'
  WINDOW w AS (PARTITION BY s.client_id ORDER BY s.performed_at)
),
cases AS MATERIALIZED (
  SELECT coalesce(a.brand || ' · ' || a.shade, '') AS shade, coalesce(a.dilution, '') AS dilution,
    coalesce(a.needle, '') AS needle, coalesce(c.fitzpatrick, '') AS fitzpatrick, r.zone AS zone,
    c.case_type AS case_type,
    ${gapBucketSql('(julianday(a.performed_at) - julianday(a.applied_at))')} AS gap,
    r.rating AS rating
  FROM assessed a
  JOIN retention_notes r ON r.session_id = a.id
  JOIN clients c ON c.id = a.client_id
  WHERE a.applied_at IS NOT NULL AND ${where}
)`;
}

function groupedSql(dimensions: readonly BreakdownDimension[]): string {
  return dimensions
    .map((d) => `SELECT '${d}' AS dimension, CAST(${COLUMN[d]} AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 2, 3`)
    .join('\nUNION ALL\n');
}

export const BREAKDOWN_CASES_SQL = casesSql(
  'a.applied_at >= @from AND a.applied_at < @until AND (@practitionerId IS NULL OR a.practitioner_id = @practitionerId)',
);
export const BREAKDOWN_SQL = `${BREAKDOWN_CASES_SQL}
${groupedSql(BREAKDOWN_DIMENSIONS)}`;

export const SIMILAR_DIMENSIONS = ['dilution', 'shade'] as const satisfies readonly BreakdownDimension[];
export const SIMILAR_SQL = `${casesSql('c.fitzpatrick = @fitzpatrick AND r.zone IN (SELECT value FROM json_each(@zones))')}
${groupedSql(SIMILAR_DIMENSIONS)}`;

const statements = perConnection((sqlite: Database.Database) => ({
  breakdown: sqlite.prepare<{ from: string; until: string; practitionerId: number | null }, Tally>(BREAKDOWN_SQL),
  similar: sqlite.prepare<{ fitzpatrick: number; zones: string }, Tally>(SIMILAR_SQL),
}));

/** Tallies of the cases whose pigment went in from `from` (inclusive) to `until` (exclusive), ISO instants or dates. */
export function breakdownTallies(sqlite: Database.Database, from: string, until: string, practitionerId: number | null): Tally[] {
  return statements(sqlite).breakdown.all({ from, until, practitionerId });
}

/** Tallies by dilution and shade for clients of one Fitzpatrick type, in the zones given. */
export function similarTallies(sqlite: Database.Database, fitzpatrick: number, zones: readonly string[]): Tally[] {
  return statements(sqlite).similar.all({ fitzpatrick, zones: JSON.stringify(zones) });
}
