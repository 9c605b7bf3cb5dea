// Client list search as you type: every word must prefix-match a first name, last name, another
// word of the name or the email; a number matches the phone. Names are matched by their folded
// search keys (core/search-key.ts: case, accents and the letters that do not decompose, in every
// script), the email as typed with ASCII case folded, the phone in the clinic's country's form
// (core/phone.ts). Results are in the clinic's locale's name order (its collation keys).
//
// Fast at 50,000 clients because no step reads more than it needs (see db/query-plans.test.ts):
// - prefixes are index ranges (`>= 'sm' AND < 'sn'`), never LIKE, whose index use depends on
//   ESCAPE and case_sensitive_like;
// - each field's index (clients_search_last_idx, _first_, _other_, clients_email_idx,
//   clients_phone_digits_idx) also holds every column a filter or the sort needs, so matching never
//   touches the table; INDEXED BY pins each range to its index, so the plan cannot drift with statistics;
// - the total is counts over disjoint index ranges (last name; first name but not last; another
//   word but neither; email but none of those), so there is no de-duplication of large match sets;
//   a lone phone prefix that matches nearly everyone ('07') is counted as everyone minus those who do not match;
// - the page comes from walking the name-ordered index (clients_name_order_idx) when matches are
//   dense, or from the ranges plus a sort of the few matches when they are sparse;
// - the count of active clients is count(*) (SQLite counts pages, not rows) minus the few archived;
// - summary columns are computed only for the rows of the page.
import type Database from 'better-sqlite3';
import type { CountryCode } from 'libphonenumber-js';
import { DEFAULT_COUNTRY, phoneQueryDigits } from '../../core/phone';
import { searchKey } from '../../core/search-key';
import { preparedBySource } from '../prepared';

export interface SearchInput {
  query: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
  /** The clinic's country, for reading a typed phone number; GB when left out. */
  country?: CountryCode;
}

export interface ClientListRow {
  id: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  archived: boolean;
  performedSessions: number;
  quotedSessions: number | null;
  lastSessionAt: string | null;
  nextBookedFor: string | null;
  depositStatus: string | null;
}

export interface SearchTuning {
  /** Above this many matches, walking the name-ordered index beats sorting the matches. */
  denseMatches: number;
  /**
   * A lone phone prefix such as '07' matches nearly everyone; counting the few who do not match is
   * cheaper. Each side is counted up to this many before the other is tried.
   */
  countCap: number;
}
export const DEFAULT_TUNING: SearchTuning = { denseMatches: 1000, countCap: 5000 };

type Word =
  | { kind: 'phone'; lo: string; hi: string }
  /** `lo`/`hi`: the folded word against the search keys; `email`: as typed, against the email. */
  | { kind: 'name'; lo: string; hi: string; email: { lo: string; hi: string } };

/** ASCII-only lower case: the email is compared under SQLite's NOCASE, which folds A–Z and nothing else. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * The smallest string greater than every string starting with `prefix`, in NOCASE order (BINARY for
 * digits and search keys). '@' + 1 is 'A', which NOCASE folds to 'a'; the next character after '@' in NOCASE order is '['.
 */
export function prefixEnd(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  if (last >= 0x10ffff) return `${prefix}\u{10ffff}`;
  const next = last === 0x40 ? 0x5b : last + 1;
  return chars.join('') + String.fromCodePoint(next);
}

const PHONE = /^[+\d()\-.]+$/;
const PHONE_WITH_SPACES = /^[+\d()\-.\s]+$/;

/**
 * The words of a query. A query of only a number ("07700 900 123", "+44 (0)7700-900123") is one
 * phone word whatever its spaces; otherwise each word that is a number is a phone word, the rest
 * name words. A word that folds to nothing (a lone apostrophe, a trunk zero) is left out.
 */
export function parseWords(query: string, country: CountryCode = DEFAULT_COUNTRY): Word[] {
  const trimmed = query.trim();
  const phoneWord = (typed: string): Word[] => {
    const lo = phoneQueryDigits(typed, country);
    return lo === '' ? [] : [{ kind: 'phone', lo, hi: prefixEnd(lo) }];
  };
  if (PHONE_WITH_SPACES.test(trimmed) && /\d/.test(trimmed)) return phoneWord(trimmed);
  return trimmed
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .flatMap((word): Word[] => {
      if (PHONE.test(word) && /\d/.test(word)) return phoneWord(word);
      const lo = searchKey(word);
      if (lo === '') return [];
      const email = asciiLower(word);
      return [{ kind: 'name', lo, hi: prefixEnd(lo), email: { lo: email, hi: prefixEnd(email) } }];
    });
}

const LAST = 'c.search_last';
const FIRST = 'c.search_first';
const OTHER = 'c.search_other';
const EM = 'c.email COLLATE NOCASE';
const range = (col: string) => `(${col} >= ? AND ${col} < ?)`;
/** Not in a range of a column that may be null (NOT of a null comparison would drop the row). */
const notIn = (col: string) => `(${col} IS NULL OR NOT ${range(col)})`;

/** A word as a filter: SQL and its parameters. */
function wordFilter(w: Word): [string, string[]] {
  if (w.kind === 'phone') return [range('c.phone_digits'), [w.lo, w.hi]];
  const k = [w.lo, w.hi];
  return [`(${range(LAST)} OR ${range(FIRST)} OR ${range(OTHER)} OR ${range(EM)})`, [...k, ...k, ...k, w.email.lo, w.email.hi]];
}

interface Arm {
  index: string;
  sql: string;
  params: string[];
}

/** The matches as disjoint index ranges of the driving word, each with the other words as filters. */
function arms(words: Word[], includeArchived: boolean): Arm[] {
  // The longest word narrows the most; a phone prefix of n digits is about as narrow as n letters.
  const drive = words.reduce((best, w) => (w.lo.length > best.lo.length ? w : best));
  const rest = words.filter((w) => w !== drive).map(wordFilter);
  const base = includeArchived ? [] : ['c.archived_at IS NULL'];
  const restSql = rest.map(([sql]) => sql);
  const restParams = rest.flatMap(([, p]) => p);
  const arm = (index: string, conds: string[], params: string[]): Arm => ({
    index,
    sql: [...base, ...conds, ...restSql].join(' AND '),
    params: [...params, ...restParams],
  });
  const { lo, hi } = drive;
  if (drive.kind === 'phone') return [arm('clients_phone_digits_idx', [range('c.phone_digits')], [lo, hi])];
  const k = [lo, hi];
  return [
    arm('clients_search_last_idx', [range(LAST)], k),
    arm('clients_search_first_idx', [range(FIRST), `NOT ${range(LAST)}`], [...k, ...k]),
    arm('clients_search_other_idx', [range(OTHER), `NOT ${range(LAST)}`, `NOT ${range(FIRST)}`], [...k, ...k, ...k]),
    arm(
      'clients_email_idx',
      [range(EM), `NOT ${range(LAST)}`, `NOT ${range(FIRST)}`, notIn(OTHER)],
      [drive.email.lo, drive.email.hi, ...k, ...k, ...k],
    ),
  ];
}

const SUMMARY_SQL = `
  SELECT c.id, c.first_name AS firstName, c.last_name AS lastName, c.phone, c.email,
         c.archived_at IS NOT NULL AS archived,
         coalesce(s.performedSessions, 0) AS performedSessions,
         (SELECT p.quoted_sessions FROM treatment_plans p
           WHERE p.client_id = c.id AND p.kind = 'course' AND p.status != 'cancelled' ORDER BY p.id DESC LIMIT 1) AS quotedSessions,
         s.lastSessionAt, s.nextBookedFor,
         (SELECT d.status FROM treatment_plans p JOIN deposits d ON d.plan_id = p.id
           WHERE p.client_id = c.id ORDER BY d.id DESC LIMIT 1) AS depositStatus
  FROM json_each(@ids) AS page
  JOIN clients c ON c.id = page.value
  LEFT JOIN (
    SELECT x.client_id,
           sum(x.status = 'performed' AND x.kind = 'course') AS performedSessions,
           max(CASE WHEN x.status = 'performed' THEN x.performed_at END) AS lastSessionAt,
           min(CASE WHEN x.status = 'booked' THEN x.booked_for END) AS nextBookedFor
    FROM sessions x WHERE x.client_id IN (SELECT value FROM json_each(@ids)) GROUP BY x.client_id
  ) s ON s.client_id = c.id
  ORDER BY page.key`;

// Statements are prepared once per connection and SQL shape (at most a few hundred shapes).
const prepare = preparedBySource();

const ORDER = 'c.sort_last, c.sort_first, c.id';
const BY_NAME = 'clients c INDEXED BY clients_name_order_idx';

/** Clients in the list at all: count(*) counts pages of the smallest index, then minus the archived. */
function everyone(sqlite: Database.Database, includeArchived: boolean): number {
  const all = prepare(sqlite, 'SELECT count(*) FROM clients').pluck().get() as number;
  if (includeArchived) return all;
  return (
    all -
    (prepare(sqlite, 'SELECT count(*) FROM clients INDEXED BY clients_archived_idx WHERE archived_at IS NOT NULL').pluck().get() as number)
  );
}

/** Matches of one phone prefix: counted directly when few, as everyone minus the rest when many. */
function countPhone(sqlite: Database.Database, arm: Arm, includeArchived: boolean, cap: number): number {
  const capped = (where: string) =>
    prepare(sqlite, `SELECT count(*) FROM (SELECT 1 FROM clients c INDEXED BY clients_phone_digits_idx WHERE ${where} LIMIT ?)`).pluck();
  const inside = capped(arm.sql).get(...arm.params, cap) as number;
  if (inside < cap) return inside;
  const base = includeArchived ? '' : 'c.archived_at IS NULL AND ';
  const outside = capped(`${base}(c.phone_digits IS NULL OR c.phone_digits < ? OR c.phone_digits >= ?)`).get(...arm.params, cap) as number;
  if (outside < cap) return everyone(sqlite, includeArchived) - outside;
  return prepare(sqlite, `SELECT count(*) FROM clients c INDEXED BY clients_phone_digits_idx WHERE ${arm.sql}`)
    .pluck()
    .get(...arm.params) as number;
}

export function searchClients(
  sqlite: Database.Database,
  input: SearchInput,
  tuning: SearchTuning = DEFAULT_TUNING,
): { total: number; rows: ClientListRow[] } {
  const { total, ids } = searchClientIds(sqlite, input, tuning);
  if (ids.length === 0) return { total, rows: [] };
  const rows = prepare(sqlite, SUMMARY_SQL).all({ ids: JSON.stringify(ids) }) as Array<
    Omit<ClientListRow, 'archived'> & { archived: number }
  >;
  return { total, rows: rows.map((r) => ({ ...r, archived: r.archived === 1 })) };
}

/** The matches' total and the ids of the page, in name order, without the summary columns. */
export function searchClientIds(
  sqlite: Database.Database,
  input: SearchInput,
  tuning: SearchTuning = DEFAULT_TUNING,
): { total: number; ids: number[] } {
  const words = parseWords(input.query, input.country);
  const active = input.includeArchived ? [] : ['c.archived_at IS NULL'];
  let total: number;
  let ids: number[];
  if (words.length === 0) {
    total = everyone(sqlite, input.includeArchived);
    const where = active.length ? `WHERE ${active.join(' AND ')}` : '';
    ids = prepare(sqlite, `SELECT c.id FROM ${BY_NAME} ${where} ORDER BY ${ORDER} LIMIT ? OFFSET ?`)
      .pluck()
      .all(input.limit, input.offset) as number[];
  } else {
    const parts = arms(words, input.includeArchived);
    const from = (a: Arm) => `clients c INDEXED BY ${a.index} WHERE ${a.sql}`;
    const lonePhone = words.length === 1 && words[0]!.kind === 'phone';
    total = lonePhone
      ? countPhone(sqlite, parts[0]!, input.includeArchived, tuning.countCap)
      : (prepare(sqlite, `SELECT ${parts.map((a) => `(SELECT count(*) FROM ${from(a)})`).join(' + ')}`)
          .pluck()
          .get(...parts.flatMap((a) => a.params)) as number);
    if (total === 0 || input.offset >= total) {
      ids = [];
    } else if (total >= tuning.denseMatches) {
      // Dense: walk the name-ordered index and keep the matches; stops after offset + limit.
      const filters = words.map(wordFilter);
      const where = [...active, ...filters.map(([sql]) => sql)].join(' AND ');
      ids = prepare(sqlite, `SELECT c.id FROM ${BY_NAME} WHERE ${where} ORDER BY ${ORDER} LIMIT ? OFFSET ?`)
        .pluck()
        .all(...filters.flatMap(([, p]) => p), input.limit, input.offset) as number[];
    } else {
      // Sparse: the matches from the ranges, sorted (few rows, all from the indexes).
      const union = parts.map((a) => `SELECT c.id AS id, c.sort_last AS sl, c.sort_first AS sf FROM ${from(a)}`).join(' UNION ALL ');
      ids = prepare(sqlite, `SELECT id FROM (${union}) ORDER BY sl, sf, id LIMIT ? OFFSET ?`)
        .pluck()
        .all(...parts.flatMap((a) => a.params), input.limit, input.offset) as number[];
    }
  }
  return { total, ids };
}

/** The SQL a search runs when `matches` clients match, for EXPLAIN QUERY PLAN tests (db/query-plans.test.ts). */
export function searchStatements(input: SearchInput, matches: number): { sql: string; params: unknown[] }[] {
  const seen: { sql: string; params: unknown[] }[] = [];
  const spy = {
    prepare(sql: string) {
      const statement = {
        pluck: () => statement,
        get: (...params: unknown[]) => {
          seen.push({ sql, params });
          if (sql.includes('clients_archived_idx') || sql.includes('phone_digits IS NULL OR')) return 0; // none archived, none outside
          if (sql.includes('LIMIT ?)')) return Math.min(matches, params.at(-1) as number); // a capped count
          return sql.includes('count(*)') ? matches : undefined;
        },
        all: (...params: unknown[]) => (seen.push({ sql, params }), [1]),
      };
      return statement;
    },
  } as unknown as Database.Database;
  searchClients(spy, input);
  return seen;
}
