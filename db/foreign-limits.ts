// Sizes a file from elsewhere may hold. A record is read whole into the checking worker's memory
// (the audit trail is hashed entry by entry), and one huge string can end a worker thread with a
// fatal out-of-memory that takes the whole process with it, under any heap limit. So the largest
// record of every table is read from the page headers first (SQLite's dbstat, which reads no
// record's contents), and a file holding one larger than Stipple ever writes is refused.
import type Database from 'better-sqlite3';

/** Far above any chart row or audit entry Stipple writes (a few KB; a long draft some hundreds). */
export const MAX_RECORD_BYTES = 32 * 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A plain sentence when some record is larger than `limit` bytes; null when none is. */
export function checkRecordSizes(sqlite: Database.Database, file: string, limit = MAX_RECORD_BYTES): string | null {
  const largest = sqlite
    .prepare('SELECT name, mx_payload AS bytes FROM dbstat WHERE aggregate = TRUE ORDER BY mx_payload DESC LIMIT 1')
    .get() as { name: string; bytes: number } | undefined;
  if (!largest || largest.bytes <= limit) return null;
  return `${file} holds a record of ${mb(largest.bytes)} in “${largest.name}”; Stipple never writes one larger than ${mb(limit)}, so it did not read it further.`;
}
