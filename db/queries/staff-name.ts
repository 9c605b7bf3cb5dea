// The name of a staff member, for audit entries that must outlive the staff list (a restore replaces it).
import type Database from 'better-sqlite3';

export function staffName(sqlite: Database.Database, staffId: number | null): string | null {
  if (staffId === null) return null;
  return (sqlite.prepare('SELECT name FROM staff WHERE id = ?').pluck().get(staffId) as string | undefined) ?? null;
}
