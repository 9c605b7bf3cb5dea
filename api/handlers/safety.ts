import fs from 'node:fs';
import path from 'node:path';
import { partialExportFolder } from '../../db/export';
import { backupFolderFor } from '../../db/location';
import { listBackups } from '../../db/backup';
import { auditHistory } from '../../db/queries/audit-history';
import { readerLocale, type HandlerContext } from '../context';
import { backupStatus } from '../safety/backup-service';
import { fail } from '../result';
import { inlineTaskRunner } from '../tasks/runner';
import type { TaskInputs, TaskKind, TaskOutputs } from '../tasks/types';
import type { HandlerMap } from './types';
import { msg, wordsOf } from '../contract/words';

/** Runs a long task where the API was told to (api/tasks/), reporting progress to this caller. */
function runTask<K extends TaskKind>(ctx: HandlerContext, kind: K, input: TaskInputs[K]): Promise<TaskOutputs[K]> {
  const tasks = ctx.tasks ?? inlineTaskRunner(ctx.sqlite);
  return tasks.run(kind, input, ctx.progress ? { onProgress: ctx.progress } : {});
}

function databaseFile(ctx: HandlerContext): string {
  const file = ctx.files?.database;
  if (!file) throw fail.rule(msg('refusals.safety.noFile'));
  return file;
}

/** The time in an automatic backup's name, when the file is one. */
function backupTime(file: string): string | null {
  return (
    listBackups(path.dirname(file))
      .find((b) => b.file === path.resolve(file))
      ?.at.toISOString() ?? null
  );
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const safetyHandlers: HandlerMap<
  'safety.status' | 'safety.backupNow' | 'safety.inspect' | 'safety.restore' | 'safety.export' | 'audit.history'
> = {
  'safety.status'(ctx) {
    const status = backupStatus(ctx.sqlite, databaseFile(ctx), ctx.now());
    const locale = readerLocale(ctx);
    return {
      ...status,
      warnings: status.warnings.map((w) => wordsOf(w, locale)),
      advice: status.advice && wordsOf(status.advice, locale),
    };
  },
  async 'safety.backupNow'(ctx) {
    databaseFile(ctx);
    const run = await runTask(ctx, 'backup', { now: ctx.now().toISOString() });
    if (run.made.length === 0) throw fail.rule(run.warnings[0] ?? msg('refusals.safety.notMade'));
    const locale = readerLocale(ctx);
    return {
      made: run.made.map((b) => ({ file: b.file, at: b.at, bytes: b.bytes })),
      warnings: run.warnings.map((w) => wordsOf(w, locale)),
    };
  },
  async 'safety.inspect'(ctx, { file }) {
    if (!path.isAbsolute(file)) throw fail.field('file', msg('refusals.safety.fullPath'));
    if (!fs.existsSync(file)) throw fail.field('file', msg('refusals.safety.noFileAt', { file }));
    const migrationsFolder = ctx.files?.migrationsFolder;
    if (!migrationsFolder) throw fail.rule(msg('refusals.safety.noCheck'));
    const r = await runTask(ctx, 'verify', { file, migrationsFolder });
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
      tampered: r.tampered,
    };
  },
  async 'safety.restore'(ctx, { file, overrideReason }) {
    const source = path.resolve(file);
    if (!path.isAbsolute(file)) throw fail.field('file', msg('refusals.safety.fullPath'));
    if (!fs.existsSync(source)) throw fail.field('file', msg('refusals.safety.noFileAt', { file: source }));
    const migrationsFolder = ctx.files?.migrationsFolder;
    if (!migrationsFolder) throw fail.rule(msg('refusals.safety.noRestore'));
    const result = await runTask(ctx, 'restore', {
      file: source,
      migrationsFolder,
      backupFolder: backupFolderFor(databaseFile(ctx)),
      now: ctx.now().toISOString(),
      actorId: ctx.actorId,
      reason: null,
      ...(overrideReason !== undefined ? { overrideReason } : {}),
    });
    // The staff list may differ in the restored copy: every window signs in again.
    ctx.caller?.signOutEveryone('restore');
    return {
      restoredFrom: result.restoredFrom,
      safetyBackup: result.safetyBackup,
      schemaBefore: result.schemaBefore,
      schemaAfter: result.schemaAfter,
      auditWarning: result.auditWarning,
      overridden: result.overridden,
    };
  },
  async 'safety.export'(ctx, { folder, plain, passphrase }) {
    if (!path.isAbsolute(folder)) throw fail.field('folder', msg('refusals.safety.folderPath'));
    try {
      const result = await runTask(ctx, 'export', {
        folder,
        now: ctx.now().toISOString(),
        actorId: ctx.actorId,
        audit: true,
        passphrase: plain ? null : passphrase,
      });
      return { folder: result.folder, charts: result.charts, files: result.files, encrypted: result.encrypted };
    } catch (error) {
      // A worker that stopped half way leaves its partial folder; the export folder itself is untouched.
      fs.rmSync(partialExportFolder(folder), { recursive: true, force: true });
      throw error;
    }
  },
  'audit.history'(ctx, { records, limit }) {
    return auditHistory(ctx.sqlite, records, limit).map((r) => ({ ...r, before: parseJson(r.before), after: parseJson(r.after) }));
  },
};
