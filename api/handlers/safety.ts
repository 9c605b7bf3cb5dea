import fs from 'node:fs';
import path from 'node:path';
import { exportClinic } from '../../db/export';
import { backupFolderFor } from '../../db/location';
import { listBackups } from '../../db/backup';
import { restoreDatabase, RestoreError } from '../../db/restore';
import { verifyDatabaseFile } from '../../db/verify';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { backupStatus, runBackups } from '../safety/backup-service';
import { fail } from '../result';
import type { HandlerMap } from './types';

function databaseFile(ctx: HandlerContext): string {
  const file = ctx.files?.database;
  if (!file) throw fail.rule('This database has no file on disk to back up.');
  return file;
}

/** The time in an automatic backup's name, when the file is one. */
function backupTime(file: string): string | null {
  return listBackups(path.dirname(file)).find((b) => b.file === path.resolve(file))?.at.toISOString() ?? null;
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const safetyHandlers: HandlerMap<'safety.status' | 'safety.backupNow' | 'safety.inspect' | 'safety.restore' | 'safety.export' | 'audit.history'> = {
  'safety.status'(ctx) {
    return backupStatus(ctx.sqlite, databaseFile(ctx), ctx.now());
  },
  async 'safety.backupNow'(ctx) {
    const run = await runBackups(ctx.sqlite, databaseFile(ctx), ctx.now());
    if (run.made.length === 0) throw fail.rule(run.warnings[0] ?? 'The backup could not be made.');
    return { made: run.made.map((b) => ({ file: b.file, at: b.at.toISOString(), bytes: b.bytes })), warnings: run.warnings };
  },
  'safety.inspect'(ctx, { file }) {
    if (!path.isAbsolute(file)) throw fail.field('file', 'Give the full path of the backup file.');
    if (!fs.existsSync(file)) throw fail.field('file', `There is no file at ${file}.`);
    const migrationsFolder = ctx.files?.migrationsFolder;
    if (!migrationsFolder) throw fail.rule('Checking a backup is not available here: Stipple was started without its migrations.');
    const r = verifyDatabaseFile(file, migrationsFolder);
    const stat = fs.statSync(file);
    return {
      file,
      ok: r.ok,
      problems: r.problems,
      takenAt: backupTime(file) ?? stat.mtime.toISOString(),
      schemaVersion: r.schema.applied,
      latestSchema: r.schema.known,
      clients: r.counts.clients ?? 0,
      sessions: r.counts.sessions ?? 0,
      auditEntries: r.audit.entries,
      auditOk: r.audit.ok,
    };
  },
  async 'safety.restore'(ctx, { file }) {
    const source = path.resolve(file);
    if (!path.isAbsolute(file)) throw fail.field('file', 'Give the full path of the backup file.');
    if (!fs.existsSync(source)) throw fail.field('file', `There is no file at ${source}.`);
    const migrationsFolder = ctx.files?.migrationsFolder;
    if (!migrationsFolder) throw fail.rule('Restoring is not available here: Stipple was started without its migrations.');
    // The staff list is replaced too, so the entry names who restored it, not only their id.
    const by = ctx.actorId === null ? null : (ctx.sqlite.prepare('SELECT name FROM staff WHERE id = ?').pluck().get(ctx.actorId) as string | undefined) ?? null;
    try {
      const result = await restoreDatabase(ctx.sqlite, source, {
        migrationsFolder,
        backupFolder: backupFolderFor(databaseFile(ctx)),
        now: ctx.now(),
        inTransaction: (sqlite, { from, counts }) =>
          writeAudit({ ...ctx, sqlite }, { entity: 'database', entityId: 'main', action: 'restore', after: { from, counts, by } }),
      });
      // The staff list may differ in the restored copy: every window signs in again.
      ctx.caller?.signOutEveryone('restore');
      return {
        restoredFrom: result.restoredFrom,
        safetyBackup: result.safetyBackup,
        schemaBefore: result.schemaBefore,
        schemaAfter: result.schemaAfter,
        auditWarning: result.auditWarning,
      };
    } catch (error) {
      if (error instanceof RestoreError) throw fail.field('file', error.message);
      throw error;
    }
  },
  // eslint-disable-next-line @typescript-eslint/require-await -- a task channel answers with a promise; the export itself is synchronous
  async 'safety.export'(ctx, { folder }) {
    if (!path.isAbsolute(folder)) throw fail.field('folder', 'Give the full path of the folder, e.g. /media/usb/stipple-export.');
    let result;
    try {
      result = exportClinic(ctx.sqlite, folder, ctx.now());
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw fail.field('folder', `Stipple may not write to ${folder}. Choose another folder.`);
      if (code === 'ENOSPC') throw fail.field('folder', `The disk holding ${folder} is full.`);
      if (error instanceof Error && /not empty/.test(error.message)) throw fail.field('folder', error.message);
      throw error;
    }
    ctx.sqlite.transaction(() =>
      writeAudit(ctx, { entity: 'database', entityId: 'main', action: 'export', after: { folder: result.folder, charts: result.charts } }),
    )();
    return { folder: result.folder, charts: result.charts, files: result.files };
  },
  'audit.history'(ctx, { records, limit }) {
    const where = records.map(() => '(a.entity = ? AND a.entity_id = ?)').join(' OR ');
    const rows = ctx.sqlite
      .prepare(
        `SELECT a.id, a.at, a.staff_id AS staffId, s.name AS staffName, a.entity, a.entity_id AS entityId, a.action, a.before, a.after, a.reason
         FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
         WHERE ${where} ORDER BY a.id DESC LIMIT ?`,
      )
      .all(...records.flatMap((r) => [r.entity, r.entityId]), limit) as {
      id: number;
      at: string;
      staffId: number | null;
      staffName: string | null;
      entity: string;
      entityId: string;
      action: string;
      before: string | null;
      after: string | null;
      reason: string | null;
    }[];
    return rows.map((r) => ({ ...r, before: parseJson(r.before), after: parseJson(r.after) }));
  },
};
