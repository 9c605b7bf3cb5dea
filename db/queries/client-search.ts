// Client list search as you type: every word must prefix-match a first name, last name or email;
// a number matches the digits of the phone. Summary columns come from small per-row subqueries.
import type Database from 'better-sqlite3';

export interface SearchInput {
  query: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
}

const SUMMARY = `
  (SELECT count(*) FROM sessions s WHERE s.client_id = c.id AND s.status = 'performed' AND s.kind = 'course') AS performedSessions,
  (SELECT p.quoted_sessions FROM treatment_plans p WHERE p.client_id = c.id AND p.kind = 'course' AND p.status != 'cancelled' ORDER BY p.id DESC LIMIT 1) AS quotedSessions,
  (SELECT max(s.performed_at) FROM sessions s WHERE s.client_id = c.id AND s.status = 'performed') AS lastSessionAt,
  (SELECT min(s.booked_for) FROM sessions s WHERE s.client_id = c.id AND s.status = 'booked') AS nextBookedFor,
  (SELECT d.status FROM deposits d JOIN treatment_plans p ON p.id = d.plan_id WHERE p.client_id = c.id ORDER BY d.id DESC LIMIT 1) AS depositStatus`;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export function searchClients(sqlite: Database.Database, input: SearchInput) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeArchived) where.push('c.archived_at IS NULL');
  const words = input.query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  for (const word of words) {
    const digits = word.replace(/\D/g, '');
    if (/^[+\d()\-.]+$/.test(word) && digits.length > 0) {
      where.push(`c.phone_digits LIKE ? ESCAPE '\\'`);
      params.push(`${escapeLike(digits)}%`);
    } else {
      const prefix = `${escapeLike(word)}%`;
      where.push(`(c.first_name LIKE ? ESCAPE '\\' OR c.last_name LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\')`);
      params.push(prefix, prefix, prefix);
    }
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM clients c ${whereSql}`).get(...params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT c.id, c.first_name AS firstName, c.last_name AS lastName, c.phone, c.email,
              c.archived_at IS NOT NULL AS archived, ${SUMMARY}
       FROM clients c ${whereSql}
       ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id
       LIMIT ? OFFSET ?`,
    )
    .all(...params, input.limit, input.offset) as Array<Record<string, unknown>>;
  return {
    total,
    rows: rows.map((r) => ({ ...r, archived: r.archived === 1 })) as Array<{
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
    }>,
  };
}
