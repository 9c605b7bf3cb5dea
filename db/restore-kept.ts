// What a restore keeps from the LIVE database instead of taking it from the backup: this computer's
// own bookkeeping (db/export.ts NOT_EXPORTED), which says who may reach this hub and who is locked
// out now, not what the clinic's records were. Taken from the backup, a workstation the owner
// revoked since would be live again, one paired since would lose its pairing, and a lockout would
// end. The rows stay where they are inside the swap's one transaction (db/restore.ts), so a restore
// that fails half way leaves them as they were with everything else.
import type Database from 'better-sqlite3';
import { NOT_EXPORTED } from './export';

/** Tables of NOT_EXPORTED that come from the backup all the same, and why. */
export const FROM_BACKUP_ON_RESTORE: Record<string, string> = {
  // Each key says "this change is applied, here is its answer". The changes applied after the
  // backup are gone with the restore; their live keys would answer a workstation's resend with
  // "already applied" and the change would be lost for good. The backup's keys match its records.
  change_keys: 'the replay keys of changes must agree with the records restored',
  // Counts derived from the charts (not exported, an import counts them afresh): the backup's agree with its charts.
  retention_tallies: 'counts derived from the charts restored',
  retention_similar_tallies: 'counts derived from the charts restored',
};

/** Kept from the live database on a restore: every NOT_EXPORTED table not listed above. */
export const KEPT_ON_RESTORE: readonly string[] = NOT_EXPORTED.filter((t) => !(t in FROM_BACKUP_ON_RESTORE));

export interface KeptOnRestore {
  /** Rows kept, by table. */
  rows: Record<string, number>;
  /** Of the kept workstations, those paired and not revoked. */
  pairedWorkstations: number;
  /** Links to a record the backup does not have, cleared (a staff member who revoked a device, say). */
  unlinked: number;
  /** Kept rows that could not stay without such a record (a lockout of someone not in the backup). */
  dropped: number;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function keptTables(live: Database.Database): string[] {
  return KEPT_ON_RESTORE.filter((t) => live.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t));
}

/** The live sequence of each kept table, read before sqlite_sequence is replaced with the backup's. */
export function keptSequences(live: Database.Database, tables: string[]): Map<string, number> {
  const seq = live.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck();
  return new Map(tables.map((t) => [t, (seq.get(t) as number | undefined) ?? 0]));
}

/**
 * After the backup's sequences are in: each kept table continues from the highest id either side
 * has used, so a device paired after the restore never gets the id of one revoked before it.
 */
export function restoreSequences(live: Database.Database, before: Map<string, number>): void {
  const backupSeq = live.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck();
  const drop = live.prepare('DELETE FROM sqlite_sequence WHERE name = ?');
  const insert = live.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)');
  for (const [table, seq] of before) {
    const autoincrement = /\bAUTOINCREMENT\b/i.test(
      (live.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string) ?? '',
    );
    if (!autoincrement) continue;
    const highest = live
      .prepare(`SELECT max(rowid) FROM ${quoted(table)}`)
      .pluck()
      .get() as number | null;
    const next = Math.max(seq, (backupSeq.get(table) as number | undefined) ?? 0, highest ?? 0);
    drop.run(table);
    if (next > 0) insert.run(table, next);
  }
}

interface Broken {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

/**
 * Kept rows that point at a record the backup lacks (foreign keys are off during the swap): the
 * link is cleared where it may be empty, else the row goes. Repeated, as a row that goes may be
 * what another kept row pointed at.
 */
export function relinkKept(live: Database.Database, tables: string[]): { unlinked: number; dropped: number } {
  let unlinked = 0;
  let dropped = 0;
  for (let round = 0; round < 10; round++) {
    const broken = tables.flatMap((t) => live.pragma(`foreign_key_check(${quoted(t)})`) as Broken[]);
    if (broken.length === 0) break;
    for (const b of broken) {
      if (b.rowid === null) throw new Error(`${b.table} has no rowid: a restore cannot relink its rows.`);
      const columns = (live.pragma(`foreign_key_list(${quoted(b.table)})`) as { id: number; from: string }[])
        .filter((fk) => fk.id === b.fkid)
        .map((fk) => fk.from);
      const info = live.pragma(`table_info(${quoted(b.table)})`) as { name: string; notnull: number; pk: number }[];
      const nullable = columns.every((c) => info.some((col) => col.name === c && col.notnull === 0 && col.pk === 0));
      if (nullable) {
        const set = columns.map((c) => `${quoted(c)} = NULL`).join(', ');
        unlinked += live.prepare(`UPDATE ${quoted(b.table)} SET ${set} WHERE rowid = ?`).run(b.rowid).changes;
      } else dropped += live.prepare(`DELETE FROM ${quoted(b.table)} WHERE rowid = ?`).run(b.rowid).changes;
    }
  }
  return { unlinked, dropped };
}

export function keptSummary(live: Database.Database, tables: string[], relinked: { unlinked: number; dropped: number }): KeptOnRestore {
  const rows = Object.fromEntries(
    tables.map((t) => [
      t,
      live
        .prepare(`SELECT count(*) FROM ${quoted(t)}`)
        .pluck()
        .get() as number,
    ]),
  );
  const pairedWorkstations = tables.includes('workstations')
    ? (live.prepare('SELECT count(*) FROM workstations WHERE revoked_at IS NULL').pluck().get() as number)
    : 0;
  return { rows, pairedWorkstations, ...relinked };
}
