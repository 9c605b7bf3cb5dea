// What the hub (network/) reads and writes about paired workstations on every request, prepared
// once per connection: the device check runs before each call a workstation makes.
import type Database from 'better-sqlite3';
import { preparedOnce } from '../prepared';

export interface WorkstationRow {
  id: number;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

const COLUMNS = 'id, name, created_at AS createdAt, last_seen_at AS lastSeenAt, revoked_at AS revokedAt';
const byCredential = preparedOnce(`SELECT ${COLUMNS} FROM workstations WHERE credential_hash = ?`);
const byId = preparedOnce(`SELECT ${COLUMNS} FROM workstations WHERE id = ?`);
const all = preparedOnce(`SELECT ${COLUMNS} FROM workstations ORDER BY revoked_at IS NOT NULL, name COLLATE NOCASE, id`);
const seen = preparedOnce('UPDATE workstations SET last_seen_at = ? WHERE id = ? AND revoked_at IS NULL');

/** The workstation holding this credential (by its hash), revoked or not; undefined for a stranger. */
export function workstationByCredential(sqlite: Database.Database, credentialHash: string): WorkstationRow | undefined {
  return byCredential(sqlite).get(credentialHash) as WorkstationRow | undefined;
}

export function workstationById(sqlite: Database.Database, id: number): WorkstationRow | undefined {
  return byId(sqlite).get(id) as WorkstationRow | undefined;
}

/** Every workstation, the active ones first, by name. */
export function allWorkstations(sqlite: Database.Database): WorkstationRow[] {
  return all(sqlite).all() as WorkstationRow[];
}

export function markWorkstationSeen(sqlite: Database.Database, id: number, at: string): void {
  seen(sqlite).run(at, id);
}
