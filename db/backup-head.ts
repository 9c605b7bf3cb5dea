// The chain head written beside each verified backup (`<backup>.head`, 600): the id and hash of the
// backup's last audit entry, authenticated with the chain's secret and bound to the backup's name.
// The trail itself cannot tell entries cut off its end (sqlite_sequence can be lowered too); the head
// can: `verify` of the backup finds its trail shorter than its head, and `verify` of the live
// database finds the newest backup's head entry missing or changed in the live trail.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AUDIT_GENESIS, type AuditSecret } from './audit-chain';

export interface ChainHead {
  /** The last entry's id; 0 for an empty trail. */
  id: number;
  hash: string;
  /** The last entry's time; null for an empty trail. */
  at: string | null;
}

interface HeadFile extends ChainHead {
  format: 'stipple-audit-head';
  version: 1;
  backup: string;
  mac: string;
}

export const headFileFor = (backup: string): string => `${backup}.head`;

export function lastEntryOf(sqlite: Database.Database): ChainHead {
  const row = sqlite.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as ChainHead | undefined;
  return row ?? { id: 0, hash: AUDIT_GENESIS, at: null };
}

function macOf(secret: AuditSecret, backupName: string, head: ChainHead): string {
  return createHmac('sha256', secret)
    .update(JSON.stringify(['stipple-audit-head', backupName, head.id, head.hash, head.at]))
    .digest('hex');
}

/** Writes the head beside `backup` (600), through a partial file and a rename. */
export function writeHeadFile(backup: string, head: ChainHead, secret: AuditSecret): void {
  const file: HeadFile = {
    format: 'stipple-audit-head',
    version: 1,
    backup: path.basename(backup),
    ...head,
    mac: macOf(secret, path.basename(backup), head),
  };
  const target = headFileFor(backup);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  fs.writeFileSync(partial, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(partial, target);
}

export type HeadRead = { status: 'absent' } | { status: 'ok'; head: ChainHead } | { status: 'invalid' };

/** The head beside `backup`, if there is one and it was written for this backup with this secret. */
export function readHeadFile(backup: string, secret: AuditSecret): HeadRead {
  let text: string;
  try {
    text = fs.readFileSync(headFileFor(backup), 'utf8');
  } catch {
    return { status: 'absent' };
  }
  try {
    const h = JSON.parse(text) as Partial<HeadFile>;
    if (h.format !== 'stipple-audit-head' || typeof h.id !== 'number' || typeof h.hash !== 'string' || typeof h.mac !== 'string')
      return { status: 'invalid' };
    const head: ChainHead = { id: h.id, hash: h.hash, at: typeof h.at === 'string' ? h.at : null };
    const expected = Buffer.from(macOf(secret, path.basename(backup), head));
    const given = Buffer.from(h.mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? { status: 'ok', head } : { status: 'invalid' };
  } catch {
    return { status: 'invalid' };
  }
}

/** Whether `sqlite`'s trail still holds the head's entry, unchanged. */
export function holdsHead(sqlite: Database.Database, head: ChainHead): boolean {
  if (head.id === 0) return true;
  return sqlite.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(head.id) === head.hash;
}
