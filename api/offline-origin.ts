// A change saved at a workstation while the hub could not be reached, delivered when it is back:
// it acts as the staff member who was signed in at the workstation, at the time they saved it, so
// the audit trail says who charted and when (not when it arrived; arrival: change_keys.received_at).
// Entries stay in id order, the chain's order; their `at` may then go back in time (db/verify.ts
// walks by id and never compares times).
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { activeStaffRole, anyoneHasPin } from '../db/queries/sign-in';
import { KEY_RETENTION_DAYS } from './change-keys';
import type { ApiError } from './result';

export interface OfflineOrigin {
  /** When the practitioner saved it at the workstation (ISO 8601, the workstation's clock). */
  savedAt: string;
  /** Who was signed in at the workstation; null only where nobody has a PIN yet (a new install). */
  by: number | null;
}

/** The origin as it travels on the wire (network/hub-server.ts reads it from a header). */
export const offlineOrigin = z.object({ savedAt: z.iso.datetime({ offset: true }), by: z.number().int().positive().nullable() });

/** A workstation's clock a little ahead of the hub's is normal; further ahead is not believed. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** null when the delivery may go ahead; the refusal otherwise. */
export function offlineRefusal(sqlite: Database.Database, origin: OfflineOrigin, key: string | null, now: Date): ApiError | null {
  if (key === null) return { code: 'invalid_input', message: 'A change saved offline must carry its change key. Nothing was saved.' };
  const saved = Date.parse(origin.savedAt);
  if (!Number.isFinite(saved) || saved > now.getTime() + CLOCK_SKEW_MS) {
    return {
      code: 'rule',
      message: 'This change was saved at a time later than the hub’s clock. Check the date and time on this computer; nothing was saved.',
    };
  }
  if (saved < now.getTime() - KEY_RETENTION_DAYS * 86_400_000) {
    return {
      code: 'rule',
      message: `This change was saved offline more than ${KEY_RETENTION_DAYS} days ago, so the hub cannot tell whether it already has it. Nothing was saved; enter it again if it is missing from the chart.`,
    };
  }
  if (origin.by === null ? anyoneHasPin(sqlite) : !activeStaffRole(sqlite, origin.by)) {
    return {
      code: 'rule',
      message: 'This change was saved offline by someone who cannot sign in at the hub now (removed or deactivated). Nothing was saved.',
    };
  }
  return null;
}
