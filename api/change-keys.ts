// Each change applied at most once. A change that carries a unique key records key → answer in its
// own transaction; the same key again (a workstation resending after a lost reply, or after either
// side restarted) gets the first answer and nothing is applied. Read and written only inside the
// change's IMMEDIATE transaction, so two deliveries of one key can never both apply.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { preparedOnce } from '../db/prepared';

/**
 * How long a key is kept. A replay can only follow a first delivery, and an offline change older
 * than this is refused at the hub (it could have been delivered before its key was pruned), so a
 * workstation away for up to 90 days still gets "applied once". Each key is one small row (the
 * answer is a chart record, a few kB): a busy clinic's 200 changes a day keep about 18,000 rows.
 */
export const KEY_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

export interface KeyedResult {
  channel: string;
  inputHash: string;
  result: unknown;
}

const find = preparedOnce('SELECT channel, input_hash AS inputHash, result FROM change_keys WHERE key = ?');
const insert = preparedOnce(
  `INSERT INTO change_keys (key, channel, input_hash, result, staff_id, saved_at, received_at)
   VALUES (@key, @channel, @inputHash, @result, @staffId, @savedAt, @receivedAt)`,
);
const prune = preparedOnce('DELETE FROM change_keys WHERE received_at < ?');

export function inputHash(channel: string, input: unknown): string {
  return crypto
    .createHash('sha256')
    .update(channel)
    .update('\0')
    .update(JSON.stringify(input ?? null))
    .digest('hex');
}

export function findKeyedResult(sqlite: Database.Database, key: string): KeyedResult | undefined {
  const row = find(sqlite).get(key) as { channel: string; inputHash: string; result: string } | undefined;
  return row && { channel: row.channel, inputHash: row.inputHash, result: JSON.parse(row.result) as unknown };
}

export function recordKeyedResult(
  sqlite: Database.Database,
  row: {
    key: string;
    channel: string;
    inputHash: string;
    result: unknown;
    staffId: number | null;
    savedAt: string | null;
    receivedAt: Date;
  },
): void {
  insert(sqlite).run({ ...row, result: JSON.stringify(row.result ?? null), receivedAt: row.receivedAt.toISOString() });
}

/** Drops keys past the retention window; at most once a day per process, inside a change. */
export function keyPruner(): (sqlite: Database.Database, now: Date) => void {
  let last = 0;
  return (sqlite, now) => {
    if (now.getTime() - last < DAY_MS) return;
    last = now.getTime();
    prune(sqlite).run(new Date(now.getTime() - KEY_RETENTION_DAYS * DAY_MS).toISOString());
  };
}

export const REUSED_KEY =
  'This change’s key was already used for a different change, so it was not applied. Nothing was saved; save it again.';
export const KEY_ON_A_TASK = 'Only a change can carry a change key. Nothing was done.';
