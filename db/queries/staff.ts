// Reads about staff that the handlers need in plain SQL.
import type Database from 'better-sqlite3';
import { preparedOnce } from '../prepared';

const ownersWhoCanSignIn = preparedOnce(
  "SELECT count(*) FROM staff WHERE role = 'owner' AND active = 1 AND pin_hash IS NOT NULL AND id <> ?",
  { pluck: true },
);

/** Active owners with a PIN, other than staff member `exceptId`: who could still sign in as owner. */
export function otherOwnersWhoCanSignIn(sqlite: Database.Database, exceptId: number): number {
  return ownersWhoCanSignIn(sqlite).get(exceptId) as number;
}
