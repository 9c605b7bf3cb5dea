// What sign-in and the permission check read and write about staff, prepared once per connection
// (the permission check runs on every call).
import type Database from 'better-sqlite3';
import type { StaffRole } from '../../core/vocabulary';
import { preparedOnce } from '../prepared';

export interface SignInRow {
  id: number;
  name: string;
  role: StaffRole;
  pinHash: string | null;
  active: number;
  locale: string | null;
}

const COLUMNS = 'id, name, role, pin_hash AS pinHash, active, locale';
const byId = preparedOnce(`SELECT ${COLUMNS} FROM staff WHERE id = ?`);
const canSignIn = preparedOnce(`SELECT ${COLUMNS} FROM staff WHERE active = 1 AND pin_hash IS NOT NULL ORDER BY name COLLATE NOCASE`);
const anyPin = preparedOnce('SELECT 1 FROM staff WHERE pin_hash IS NOT NULL AND active = 1 LIMIT 1');
const activeRole = preparedOnce('SELECT role FROM staff WHERE id = ? AND active = 1', { pluck: true });
const insertOwner = preparedOnce("INSERT INTO staff (name, role, pin_hash) VALUES (?, 'owner', ?) RETURNING id", { pluck: true });
const updatePin = preparedOnce('UPDATE staff SET pin_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?');

export function staffForSignIn(sqlite: Database.Database, id: number): SignInRow | undefined {
  return byId(sqlite).get(id) as SignInRow | undefined;
}

/** Active staff with a PIN, by name: who the sign-in screen lists. */
export function staffWhoCanSignIn(sqlite: Database.Database): SignInRow[] {
  return canSignIn(sqlite).all() as SignInRow[];
}

/** Whether anyone can sign in at all (until then nothing is enforced: a new install). */
export function anyoneHasPin(sqlite: Database.Database): boolean {
  return anyPin(sqlite).get() !== undefined;
}

/** The role of an active staff member, or undefined (unknown or deactivated). */
export function activeStaffRole(sqlite: Database.Database, id: number): StaffRole | undefined {
  return activeRole(sqlite).get(id) as StaffRole | undefined;
}

export function insertOwnerAccount(sqlite: Database.Database, name: string, pinHash: string): number {
  return insertOwner(sqlite).get(name, pinHash) as number;
}

export function setPinHash(sqlite: Database.Database, id: number, pinHash: string, at: string): void {
  updatePin(sqlite).run(pinHash, at, id);
}

const attemptsOf = preparedOnce('SELECT failures, locked_until AS lockedUntil FROM sign_in_attempts WHERE staff_id = ?');
const saveAttempts = preparedOnce(
  `INSERT INTO sign_in_attempts (staff_id, failures, locked_until, updated_at) VALUES (?, ?, ?, ?)
   ON CONFLICT (staff_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
);
const clearAttempts = preparedOnce('DELETE FROM sign_in_attempts WHERE staff_id = ?');

export interface SignInAttempts {
  failures: number;
  /** ms since the epoch; 0 when not locked out. */
  lockedUntil: number;
}

export function signInAttempts(sqlite: Database.Database, staffId: number): SignInAttempts {
  return (attemptsOf(sqlite).get(staffId) as SignInAttempts | undefined) ?? { failures: 0, lockedUntil: 0 };
}

export function saveSignInAttempts(sqlite: Database.Database, staffId: number, attempts: SignInAttempts, at: string): void {
  saveAttempts(sqlite).run(staffId, attempts.failures, attempts.lockedUntil, at);
}

export function clearSignInAttempts(sqlite: Database.Database, staffId: number): void {
  clearAttempts(sqlite).run(staffId);
}

/**
 * Not a hash: the mark of a staff member who chooses their PIN at their first sign-in (staff
 * brought in by an import, which never carries PINs). No PIN matches it (api/pin.ts reads only
 * scrypt hashes); unlike a missing PIN (someone added by an owner, who sets it), it puts the
 * person on the sign-in list.
 */
export const PIN_AT_FIRST_SIGN_IN = 'first-sign-in';

const takeFirstPin = preparedOnce('UPDATE staff SET pin_hash = ?, updated_at = ?, version = version + 1 WHERE id = ? AND pin_hash = ?');

/** Sets the first PIN of someone marked PIN_AT_FIRST_SIGN_IN; false when they have one already. */
export function setFirstPinHash(sqlite: Database.Database, id: number, pinHash: string, at: string): boolean {
  return takeFirstPin(sqlite).run(pinHash, at, id, PIN_AT_FIRST_SIGN_IN).changes === 1;
}
