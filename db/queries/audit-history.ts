// A record's audit entries with the name of who made each one, newest first (audit.history).
import type Database from 'better-sqlite3';

export interface AuditHistoryRow {
  id: number;
  at: string;
  staffId: number | null;
  staffName: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

export function auditHistory(sqlite: Database.Database, records: { entity: string; entityId: string }[], limit: number): AuditHistoryRow[] {
  if (records.length === 0) return [];
  const where = records.map(() => '(a.entity = ? AND a.entity_id = ?)').join(' OR ');
  return sqlite
    .prepare(
      `SELECT a.id, a.at, a.staff_id AS staffId, s.name AS staffName, a.entity, a.entity_id AS entityId, a.action, a.before, a.after, a.reason
       FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
       WHERE ${where} ORDER BY a.id DESC LIMIT ?`,
    )
    .all(...records.flatMap((r) => [r.entity, r.entityId]), limit) as AuditHistoryRow[];
}
