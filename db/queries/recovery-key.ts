// Whether this database key's recovery key was shown and confirmed, read from the audit trail: it is
// append-only (triggers refuse edits), so "confirmed" cannot be undone to show the key again, and
// nothing about the key itself is stored. Entries name the key by a fingerprint (a hash that cannot
// be turned back into the key), so a database restored under another computer's key starts again.
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import type { DatabaseKey } from '../cipher';
import { preparedOnce } from '../prepared';

export const RECOVERY_ENTITY = 'database_key';

export function keyFingerprint(key: DatabaseKey): string {
  return crypto.createHash('sha256').update(`stipple recovery-key fingerprint\0${key.toLowerCase()}`).digest('hex').slice(0, 16);
}

const entries = preparedOnce(
  `SELECT action, max(at) AS at FROM audit_log WHERE entity = '${RECOVERY_ENTITY}' AND entity_id = ? AND action IN ('recovery_key_shown', 'recovery_key_confirmed') GROUP BY action`,
);

export interface RecoveryKeyState {
  shownAt: string | null;
  confirmedAt: string | null;
}

export function recoveryKeyState(sqlite: Database.Database, key: DatabaseKey): RecoveryKeyState {
  const rows = entries(sqlite).all(keyFingerprint(key)) as { action: string; at: string }[];
  const at = (action: string) => rows.find((r) => r.action === action)?.at ?? null;
  return { shownAt: at('recovery_key_shown'), confirmedAt: at('recovery_key_confirmed') };
}
