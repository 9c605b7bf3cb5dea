// The client list with its summary columns, in any of the list's sort orders. Name order comes
// from client-search.ts (index walks, fast at any size); other orders compute each client's
// summary in one pass over sessions, plans and deposits and let SQLite sort (tested in
// db/queries/client-list.test.ts).
import type Database from 'better-sqlite3';
import type { CountryCode } from 'libphonenumber-js';
import type { ClientListSort } from '../../core/client-list';
import { preparedBySource } from '../prepared';
import { searchClientIds } from './client-search';

export interface ClientListInput {
  query: string;
  sort: ClientListSort;
  descending: boolean;
  limit: number;
  offset: number;
  /** Days after session 1 / after later sessions when the next one falls due (clinic settings). */
  secondSessionMinDays: number;
  laterSessionMinDays: number;
  /** Clients whose last session was before this day, with nothing booked, have lapsed
   *  (core/client-list.ts lapsedIfLastBefore); none when left out. */
  lapsedBefore?: string;
  /** The clinic's country, for a phone number in the query (core/phone.ts); GB when left out. */
  country?: CountryCode;
}

export interface ClientListEntry {
  id: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  performedSessions: number;
  quotedSessions: number | null;
  lastSessionAt: string | null;
  /** The booked date of the next session, else the earliest date it falls due; null when none is due. */
  nextDue: string | null;
  nextBooked: boolean;
  /** The touch-up recall passed more than a year ago and nothing is booked: no date is due any more. */
  lapsed: boolean;
  depositStatus: string | null;
}

/** A search that matches more than this is sorted over its first this-many matches by name. */
export const MAX_SORTED_MATCHES = 20_000;

// Sessions are grouped once; the plan and deposit columns are correlated lookups through their
// client indexes, which measured faster than grouping and joining those tables too.
const SUMMARY = `
  WITH s AS (
    SELECT client_id,
           sum(status = 'performed' AND kind = 'course') AS performed,
           max(CASE WHEN status = 'performed' THEN performed_at END) AS lastAt,
           max(CASE WHEN status = 'performed' AND kind = 'course' THEN number END) AS lastNumber,
           min(CASE WHEN status = 'booked' THEN booked_for END) AS nextBooked
    FROM sessions %SESSION_FILTER% GROUP BY client_id
  ),
  rows AS (
    SELECT c.id, c.first_name AS firstName, c.last_name AS lastName, c.phone, c.email,
           c.sort_last AS sortLast, c.sort_first AS sortFirst,
           coalesce(s.performed, 0) AS performedSessions,
           (SELECT p.quoted_sessions FROM treatment_plans p
             WHERE p.client_id = c.id AND p.kind = 'course' AND p.status != 'cancelled' ORDER BY p.id DESC LIMIT 1) AS quotedSessions,
           s.lastAt AS lastSessionAt, s.lastNumber, s.nextBooked,
           (SELECT d.status FROM treatment_plans p JOIN deposits d ON d.plan_id = p.id
             WHERE p.client_id = c.id ORDER BY d.id DESC LIMIT 1) AS depositStatus
    FROM clients c LEFT JOIN s ON s.client_id = c.id
    WHERE %CLIENT_FILTER%
  )
  SELECT id, firstName, lastName, phone, email, sortLast, sortFirst, performedSessions, quotedSessions, lastSessionAt, depositStatus,
         nextBooked IS NOT NULL AS nextBooked,
         (nextBooked IS NULL AND lastSessionAt IS NOT NULL AND date(lastSessionAt) < @lapsedBefore) AS lapsed,
         CASE
           WHEN nextBooked IS NOT NULL THEN date(nextBooked)
           WHEN lastNumber IS NULL THEN NULL
           WHEN date(lastSessionAt) < @lapsedBefore THEN NULL
           WHEN quotedSessions IS NOT NULL AND performedSessions >= quotedSessions THEN NULL
           ELSE date(lastSessionAt, '+' || (CASE WHEN lastNumber = 1 THEN @second ELSE @later END) || ' days')
         END AS nextDue
  FROM rows`;

const ORDER: Record<Exclude<ClientListSort, 'name'>, string> = {
  progress: 'performedSessions %DIR%, coalesce(quotedSessions, 0) %DIR%',
  lastSession: 'lastSessionAt IS NULL, lastSessionAt %DIR%',
  nextDue: 'nextDue IS NULL, nextDue %DIR%',
  // Money owed first: a required deposit is what reception acts on.
  deposit: `depositStatus IS NULL, CASE depositStatus WHEN 'required' THEN 0 WHEN 'paid' THEN 1 WHEN 'applied' THEN 2
            WHEN 'waived' THEN 3 WHEN 'refunded' THEN 4 WHEN 'forfeited' THEN 5 ELSE 6 END %DIR%`,
};

const prepare = preparedBySource();

type Days = { second: number; later: number; lapsedBefore: string };

function summarySql(scope: 'ids' | 'all', orderBy: string, columns = '*'): string {
  const ids = scope === 'ids';
  const inPage = 'IN (SELECT value FROM json_each(@ids))';
  const base = SUMMARY.replace('%SESSION_FILTER%', ids ? `WHERE client_id ${inPage}` : '').replace(
    '%CLIENT_FILTER%',
    ids ? `c.id ${inPage}` : 'c.archived_at IS NULL',
  );
  return `SELECT ${columns} FROM (${base}) ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`;
}

type Raw = Omit<ClientListEntry, 'nextBooked' | 'lapsed'> & { nextBooked: number; lapsed: number; sortLast: string; sortFirst: string };
const toEntry = ({ sortLast: _l, sortFirst: _f, ...r }: Raw): ClientListEntry => ({
  ...r,
  nextBooked: r.nextBooked === 1,
  lapsed: r.lapsed === 1,
});

export function listClients(sqlite: Database.Database, input: ClientListInput): { total: number; rows: ClientListEntry[] } {
  const days = { second: input.secondSessionMinDays, later: input.laterSessionMinDays, lapsedBefore: input.lapsedBefore ?? '0000-01-01' };
  const dir = input.descending ? 'DESC' : 'ASC';
  // Name order is the clinic's locale's (collation keys, core/collation-key.ts).
  const tieBreak = 'sortLast, sortFirst, id';

  if (input.sort === 'name') {
    // The search's own name-ordered page; Z to A is the same walk read from the other end.
    let { limit, offset } = input;
    if (input.descending) {
      const { total } = searchClientIds(sqlite, {
        query: input.query,
        country: input.country,
        includeArchived: false,
        limit: 1,
        offset: 0,
      });
      limit = Math.max(0, Math.min(limit, total - offset));
      offset = Math.max(0, total - input.offset - limit);
      if (limit === 0) return { total, rows: [] };
    }
    const page = searchClientIds(sqlite, { query: input.query, country: input.country, includeArchived: false, limit, offset });
    if (page.ids.length === 0) return { total: page.total, rows: [] };
    const ids = [...page.ids];
    if (input.descending) ids.reverse();
    const rows = prepare(sqlite, summarySql('ids', 'id')).all({ ...days, ids: JSON.stringify(ids), limit: ids.length, offset: 0 }) as Raw[];
    const byId = new Map(rows.map((r) => [r.id, toEntry(r)]));
    return { total: page.total, rows: ids.map((id) => byId.get(id)!).filter(Boolean) };
  }

  const orderBy = `${ORDER[input.sort].replaceAll('%DIR%', dir)}, ${tieBreak}`;
  const order = sortedIds(sqlite, input, orderBy, days);
  const ids = order.ids.slice(input.offset, input.offset + input.limit);
  return { total: order.total, rows: pageRows(sqlite, ids, days) };
}

function pageRows(sqlite: Database.Database, ids: number[], days: Days): ClientListEntry[] {
  if (ids.length === 0) return [];
  const rows = prepare(sqlite, summarySql('ids', 'id')).all({ ...days, ids: JSON.stringify(ids), limit: ids.length, offset: 0 }) as Raw[];
  const byId = new Map(rows.map((r) => [r.id, toEntry(r)]));
  return ids.map((id) => byId.get(id)).filter((r): r is ClientListEntry => r !== undefined);
}

/**
 * The whole order for a sort, computed once and kept until the chart data changes: scrolling then
 * fetches each page by id (milliseconds) instead of re-sorting 50,000 clients per page. Every change
 * writes the audit log in its transaction, so the newest audit entry says whether the order is stale.
 */
const orders = new WeakMap<Database.Database, { key: string; ids: number[]; total: number }>();

/** Drops the kept order (for benchmarks that time a cold sort). */
export function forgetClientListOrder(sqlite: Database.Database): void {
  orders.delete(sqlite);
}

function sortedIds(sqlite: Database.Database, input: ClientListInput, orderBy: string, days: Days) {
  // The newest entry's hash, not only its id: a restore brings back older entries whose ids may
  // reach the same number again, but never the same hash (each covers the whole chain before it).
  const generation = prepare(sqlite, "SELECT coalesce((SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1), '0')")
    .pluck()
    .get() as string;
  const clientCount = prepare(sqlite, 'SELECT count(*) FROM clients').pluck().get() as number;
  const key = JSON.stringify([input.query.trim(), input.country, orderBy, days, generation, clientCount]);
  const cached = orders.get(sqlite);
  if (cached?.key === key) return cached;
  let result: { key: string; ids: number[]; total: number };
  if (input.query.trim() === '') {
    const ids = prepare(sqlite, summarySql('all', orderBy, 'id'))
      .pluck()
      .all({ ...days, limit: -1, offset: 0 }) as number[];
    result = { key, ids, total: ids.length };
  } else {
    const matches = searchClientIds(sqlite, {
      query: input.query,
      country: input.country,
      includeArchived: false,
      limit: MAX_SORTED_MATCHES,
      offset: 0,
    });
    const ids = prepare(sqlite, summarySql('ids', orderBy, 'id'))
      .pluck()
      .all({ ...days, ids: JSON.stringify(matches.ids), limit: -1, offset: 0 }) as number[];
    result = { key, ids, total: matches.total };
  }
  orders.set(sqlite, result);
  return result;
}
