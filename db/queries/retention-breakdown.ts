// The retention breakdown's data. A case is a zone of a performed session, rated at the client's next
// performed session; each session's pigment comes from the client's previous performed session
// through a window over the (client, performed_at) index of performed sessions. Counting every case
// of ten years takes seconds at 50,000 clients, so the counts are kept in two small tables
// (db/schema.ts retention_tallies, retention_similar_tallies): a change to a client's chart takes
// that client's cases out before it and puts them back after, in the change's transaction
// (withClientTallies); rebuildRetentionTallies() counts everything afresh (the migration and the demo).
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

/** Every case (or one client's, with `s.client_id = @clientId` as `sessions`), as the CTE `cases`. */
function casesSql(sessions: string): string {
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
  WHERE s.status = 'performed' AND ${sessions}
  WINDOW w AS (PARTITION BY s.client_id ORDER BY s.performed_at)
),
cases AS MATERIALIZED (
  SELECT substr(a.applied_at, 1, 7) AS month, coalesce(a.practitioner_id, 0) AS practitioner_id,
    coalesce(a.brand || ' · ' || a.shade, '') AS shade, coalesce(a.dilution, '') AS dilution,
    coalesce(a.needle, '') AS needle, coalesce(c.fitzpatrick, '') AS fitzpatrick, r.zone AS zone,
    c.case_type AS case_type,
    ${gapBucketSql('(julianday(a.performed_at) - julianday(a.applied_at))')} AS gap,
    r.rating AS rating
  FROM assessed a
  JOIN retention_notes r ON r.session_id = a.id
  JOIN clients c ON c.id = a.client_id
  WHERE a.applied_at IS NOT NULL
)`;
}

const tallySelects = BREAKDOWN_DIMENSIONS.map(
  (d) =>
    `SELECT month, practitioner_id, '${d}' AS dimension, CAST(${COLUMN[d]} AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 1, 2, 4, 5`,
).join('\nUNION ALL\n');
const SIMILAR_DIMENSIONS_SQL = (['dilution', 'shade'] as const)
  .map(
    (d) =>
      `SELECT fitzpatrick, zone, '${d}' AS dimension, ${COLUMN[d]} AS key, rating, count(*) AS n FROM cases WHERE fitzpatrick <> '' GROUP BY 1, 2, 4, 5`,
  )
  .join('\nUNION ALL\n');

/** Counting every case from the sessions themselves: the rebuild, and the bench's baseline. */
export const COUNT_ALL_SQL = `${casesSql('1')}\n${tallySelects}`;
export const REBUILD_SQL = [
  'DELETE FROM retention_tallies;',
  `${casesSql('1')}\nINSERT INTO retention_tallies (month, practitioner_id, dimension, key, rating, n)\n${tallySelects};`,
  'DELETE FROM retention_similar_tallies;',
  `${casesSql('1')}\nINSERT INTO retention_similar_tallies (fitzpatrick, zone, dimension, key, rating, n)\n${SIMILAR_DIMENSIONS_SQL};`,
].join('\n');

/** The breakdown: the kept counts of the months in the period, summed (a range of the primary key). */
export const BREAKDOWN_SQL = `
SELECT dimension, key, rating, sum(n) AS n FROM retention_tallies
WHERE month >= @fromMonth AND month <= @toMonth AND (@practitionerId IS NULL OR practitioner_id = @practitionerId)
GROUP BY 1, 2, 3 HAVING sum(n) > 0`;

export const SIMILAR_DIMENSIONS = ['dilution', 'shade'] as const satisfies readonly BreakdownDimension[];
export const SIMILAR_SQL = `
SELECT dimension, key, rating, sum(n) AS n FROM retention_similar_tallies
WHERE fitzpatrick = @fitzpatrick AND zone IN (SELECT value FROM json_each(@zones))
GROUP BY 1, 2, 3 HAVING sum(n) > 0`;

interface TallyRow {
  month: string;
  practitioner_id: number;
  dimension: string;
  key: string;
  rating: string;
  n: number;
}
interface SimilarRow {
  fitzpatrick: number | string;
  zone: string;
  dimension: string;
  key: string;
  rating: string;
  n: number;
}

const statements = perConnection((sqlite: Database.Database) => ({
  breakdown: sqlite.prepare<{ fromMonth: string; toMonth: string; practitionerId: number | null }, Tally>(BREAKDOWN_SQL),
  similar: sqlite.prepare<{ fitzpatrick: number; zones: string }, Tally>(SIMILAR_SQL),
  clientTallies: sqlite.prepare<{ clientId: number }, TallyRow>(`${casesSql('s.client_id = @clientId')}\n${tallySelects}`),
  clientSimilar: sqlite.prepare<{ clientId: number }, SimilarRow>(`${casesSql('s.client_id = @clientId')}\n${SIMILAR_DIMENSIONS_SQL}`),
  addTally: sqlite.prepare(
    `INSERT INTO retention_tallies (month, practitioner_id, dimension, key, rating, n) VALUES (@month, @practitioner_id, @dimension, @key, @rating, @n)
     ON CONFLICT DO UPDATE SET n = n + excluded.n`,
  ),
  dropTally: sqlite.prepare(
    'DELETE FROM retention_tallies WHERE month = @month AND practitioner_id = @practitioner_id AND dimension = @dimension AND key = @key AND rating = @rating AND n <= 0',
  ),
  addSimilar: sqlite.prepare(
    `INSERT INTO retention_similar_tallies (fitzpatrick, zone, dimension, key, rating, n) VALUES (@fitzpatrick, @zone, @dimension, @key, @rating, @n)
     ON CONFLICT DO UPDATE SET n = n + excluded.n`,
  ),
  dropSimilar: sqlite.prepare(
    'DELETE FROM retention_similar_tallies WHERE fitzpatrick = @fitzpatrick AND zone = @zone AND dimension = @dimension AND key = @key AND rating = @rating AND n <= 0',
  ),
}));

/** Tallies of the cases whose pigment went in from month `fromMonth` to `toMonth` ('YYYY-MM', both included). */
export function breakdownTallies(sqlite: Database.Database, fromMonth: string, toMonth: string, practitionerId: number | null): Tally[] {
  return statements(sqlite).breakdown.all({ fromMonth, toMonth, practitionerId });
}

/** Tallies by dilution and shade for clients of one Fitzpatrick type, in the zones given. */
export function similarTallies(sqlite: Database.Database, fitzpatrick: number, zones: readonly string[]): Tally[] {
  return statements(sqlite).similar.all({ fitzpatrick, zones: JSON.stringify(zones) });
}

function adjust(sqlite: Database.Database, clientId: number, sign: 1 | -1): void {
  const st = statements(sqlite);
  for (const row of st.clientTallies.all({ clientId })) {
    st.addTally.run({ ...row, n: sign * row.n });
    if (sign < 0) st.dropTally.run(row);
  }
  for (const row of st.clientSimilar.all({ clientId })) {
    st.addSimilar.run({ ...row, n: sign * row.n });
    if (sign < 0) st.dropSimilar.run(row);
  }
}

/**
 * Runs a change to one client's chart with the kept counts following it: the client's cases are
 * taken out before and counted again after. Inside the change's transaction, so a refused change
 * (which rolls back) leaves the counts as they were.
 */
export function withClientTallies<T>(sqlite: Database.Database, clientId: number, change: () => T): T {
  adjust(sqlite, clientId, -1);
  const result = change();
  adjust(sqlite, clientId, 1);
  return result;
}

/** Counts every case afresh: after the demo generator, and (as the same SQL) in the migration. */
export function rebuildRetentionTallies(sqlite: Database.Database): void {
  sqlite.exec(REBUILD_SQL);
}
