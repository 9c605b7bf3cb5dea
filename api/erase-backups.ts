// An erased client erased from the backups too (`rights.eraseFromBackups`), each backup the same
// way as the live database (api/erase-client.ts), on a copy beside it that replaces it only once it
// checks out: a crash leaves the backup as it was. A backup of an older version is brought up to
// date first (its migrations) and its trail re-chained to the content rule if it checks out; one
// whose trail does not check out is skipped and said so, never laundered. Its head file (written
// when it was made) stays as it was unless re-chaining changed that entry's hash: verify accepts
// the erasure's own entries after the head (db/verify.ts).
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { chainRuleOf, CONTENT_RULE, deriveAuditSecret } from '../db/audit-chain';
import { upgradeChainInPlace } from '../db/audit-rekey';
import { readHeadFile, writeHeadFile } from '../db/backup-head';
import { fsyncDir, fsyncFile } from '../db/backup';
import { hasPlainHeader, keyOf, openKeyed, type DatabaseKey } from '../db/cipher';
import { backupFolderFor } from '../db/location';
import { migrationState, readMigrations, runMigrations } from '../db/migrate';
import { removeClientFiles } from '../db/client-files';
import type { ClientFile } from '../db/client-parts';
import { writeAudit } from './audit';
import type { HandlerContext } from './context';
import { eraseClient, ErasureRefused } from './erase-client';
import { fail } from './result';
import { readSettings } from './handlers/settings';
import { msg } from './contract/words';

export interface BackupErasure {
  file: string;
  outcome: 'erased' | 'not_held' | 'skipped';
  why: string | null;
}

/** The backup folders of the database: backups/ beside it, and the second folder from Settings. */
function backupFolders(databaseFile: string, second: string | null): string[] {
  return [backupFolderFor(databaseFile), ...(second ? [second] : [])];
}

/** Every Stipple backup file in the backup folders (automatic, pre-migration, pre-encryption). */
export function backupFilesOf(databaseFile: string, second: string | null): string[] {
  const files: string[] = [];
  for (const folder of backupFolders(databaseFile, second)) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue; // a second folder that is not plugged in
    }
    for (const name of names.filter((n) => n.endsWith('.sqlite')).sort()) {
      const file = path.join(folder, name);
      try {
        if (fs.statSync(file).isFile()) files.push(file);
      } catch {
        // removed while we looked
      }
    }
  }
  return files;
}

interface LiveErasure {
  id: number;
  at: string;
  staffId: number | null;
  reason: string;
}

export async function eraseFromBackups(ctx: HandlerContext, clientId: number): Promise<{ backups: BackupErasure[] }> {
  const key = keyOf(ctx.sqlite);
  const files = ctx.files;
  if (!files || key === null || !files.migrationsFolder) throw fail.rule(msg('refusals.eraseBackups.onDisk'));
  const live = ctx.sqlite
    .prepare(
      "SELECT id, at, staff_id AS staffId, reason FROM audit_log WHERE entity = 'client' AND entity_id = ? AND action = 'erase' ORDER BY id DESC LIMIT 1",
    )
    .get(String(clientId)) as LiveErasure | undefined;
  if (!live) throw fail.rule(msg('refusals.eraseBackups.eraseFirst'));
  const second = readSettings(ctx).backupFolder;
  const backups: BackupErasure[] = [];
  const filesByFolder = new Map<string, ClientFile[]>();
  const list = backupFilesOf(files.database, second);
  for (const [i, file] of list.entries()) {
    ctx.progress?.({ step: `Erasing from ${path.basename(file)}`, done: i, total: list.length });
    const result = eraseFromOne(file, key, files.migrationsFolder, clientId, live);
    backups.push(result.backup);
    const folder = path.dirname(file);
    filesByFolder.set(folder, [...(filesByFolder.get(folder) ?? []), ...result.files]);
    await new Promise((r) => setImmediate(r)); // let other calls in between backups
  }
  // The client's photos and documents copied beside the backups, unless a kept record of the live database uses them.
  for (const [folder, files] of filesByFolder) removeClientFiles(ctx.sqlite, files, (kind) => kind.backupFolderIn(folder));
  ctx.sqlite
    .transaction(() =>
      writeAudit(ctx, {
        entity: 'database',
        entityId: 'main',
        action: 'erase_from_backups',
        after: { clientId, erasure: live.id, backups: backups.map((b) => ({ file: b.file, outcome: b.outcome })) },
      }),
    )
    .immediate();
  return { backups };
}

function eraseFromOne(
  file: string,
  key: DatabaseKey,
  migrationsFolder: string,
  clientId: number,
  live: LiveErasure,
): { backup: BackupErasure; files: ClientFile[] } {
  const skipped = (why: string) => ({ backup: { file, outcome: 'skipped' as const, why }, files: [] });
  if (hasPlainHeader(file))
    return skipped(
      'It was made before Stipple encrypted its backups: encrypt it (Settings → Database key) or remove it, then erase again.',
    );
  const partial = `${file}.erasing`;
  fs.rmSync(partial, { force: true });
  fs.copyFileSync(file, partial);
  fs.chmodSync(partial, 0o600);
  let copy: Database.Database | null = null;
  try {
    copy = openKeyed(partial, key);
    try {
      copy.pragma('journal_mode = DELETE');
    } catch {
      return skipped('It cannot be opened with this database’s key: it belongs to another database.');
    }
    const migrations = readMigrations(migrationsFolder);
    const state = migrationState(copy, migrations);
    if (state.newerThanApp || state.unrecognised) return skipped('It was written by another version of Stipple.');
    runMigrations(copy, state.pending);
    const held = copy.prepare('SELECT erased_at FROM clients WHERE id = ?').get(clientId) as { erased_at: string | null } | undefined;
    if (!held || held.erased_at !== null) return { backup: { file, outcome: 'not_held', why: null }, files: [] };
    const secret = deriveAuditSecret(key);
    const rechained = chainRuleOf(copy) !== CONTENT_RULE;
    if (!upgradeChainInPlace(copy, secret))
      return skipped('Its audit trail does not check out, so Stipple does not redact it: keep it apart, or remove it.');
    const c = copy;
    const done = c
      .transaction(() =>
        eraseClient(
          { sqlite: c, actorId: live.staffId, now: () => new Date(live.at) },
          { clientId, reason: live.reason, repeats: { entryId: live.id, at: live.at } },
        ),
      )
      .immediate();
    // Rebuilt, so no free page keeps what was deleted (secure_delete zeroed it already).
    c.exec('VACUUM');
    const quick = c.pragma('quick_check', { simple: true });
    if (quick !== 'ok') return skipped(`The erased copy did not check out (${String(quick)}); the backup was left as it was.`);
    const head = readHeadFile(file, secret);
    const newHash =
      rechained && head.status === 'ok' ? (c.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(head.head.id) as string) : null;
    c.close();
    copy = null;
    fsyncFile(partial);
    fs.renameSync(partial, file);
    fsyncDir(path.dirname(file));
    if (newHash && head.status === 'ok') writeHeadFile(file, { ...head.head, hash: newHash }, secret);
    return { backup: { file, outcome: 'erased', why: null }, files: done.files };
  } catch (error) {
    if (error instanceof ErasureRefused) return skipped(error.message);
    return skipped(`It could not be erased from: ${error instanceof Error ? error.message : String(error)}. It was left as it was.`);
  } finally {
    copy?.close();
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
  }
}
