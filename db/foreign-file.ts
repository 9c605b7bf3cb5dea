// Checking a database file that came from elsewhere, off the caller's thread: a worker thread of its
// own (db/foreign-worker.ts) opens it the hostile way (db/foreign-open.ts) and verifies it, under a
// memory limit (the worker's heap: a file made to exhaust memory ends the worker, not the app) and
// a time limit (the worker is terminated: a file made to stall the check never hangs the app).
// Either way the answer is a report with one plain sentence. restore, "check backup" and verify
// use it; so can import, for any SQLite file it reads.
import { Worker } from 'node:worker_threads';
import type { DatabaseKey } from './cipher';
import type { Progress, OnProgress } from './progress';
import { uncheckedReport, type VerifyReport } from './verify';
import { workerScript } from './worker-script';

export const BUILT_FOREIGN_WORKER = 'foreign-check.js';

/** Long enough for a large clinic's backup (its integrity check and audit chain); a crafted file is refused in well under a second. */
export const DEFAULT_TIMEOUT_MS = 120_000;
/** The worker's JavaScript heap: the audit trail's entries are read into it one at a time. */
export const DEFAULT_MAX_MEMORY_MB = 512;

export interface ForeignCheckOptions {
  migrationsFolder: string;
  timeoutMs?: number;
  maxMemoryMb?: number;
  onProgress?: OnProgress;
  /** better-sqlite3 native binding, for runtimes other than Node (the Electron app). */
  nativeBinding?: string;
  /**
   * Restore: when the file is fit (no problems but tampering, which an owner may override), a
   * consistent copy of it is written here (600), in the same worker, and checked again: the copy is
   * what gets restored, so a file changed after its check cannot slip through.
   */
  copyTo?: string;
}

export interface ForeignRequest {
  file: string;
  key: DatabaseKey;
  migrationsFolder: string;
  copyTo?: string;
  nativeBinding?: string;
}

export type ForeignMessage =
  { type: 'progress'; progress: Progress } | { type: 'done'; report: VerifyReport } | { type: 'error'; message: string };

function refused(file: string, problem: string): VerifyReport {
  return { ...uncheckedReport(file), problems: [problem] };
}

/**
 * Verifies `file` (db/verify.ts verifyDatabaseFile) on a worker thread with a time and memory limit.
 * Never throws for a bad file, and never hangs: the report says why it was refused.
 */
export function checkForeignDatabase(file: string, key: DatabaseKey, options: ForeignCheckOptions): Promise<VerifyReport> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const request: ForeignRequest = {
    file,
    key,
    migrationsFolder: options.migrationsFolder,
    ...(options.copyTo ? { copyTo: options.copyTo } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const script = workerScript(import.meta.url, BUILT_FOREIGN_WORKER, './foreign-worker.ts');
      worker = new Worker(script.url, {
        workerData: request,
        resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(4, maxMemoryMb / 8)) },
        ...(script.execArgv ? { execArgv: script.execArgv } : {}),
      });
    } catch (error) {
      resolve(refused(file, `${file} could not be checked: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    let settled = false;
    const settle = (report: VerifyReport) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(report);
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      settle(
        refused(
          file,
          `Checking ${file} took longer than ${seconds} seconds, so Stipple stopped and did not use it. It may be damaged, or made to stall Stipple.`,
        ),
      );
    }, timeoutMs);
    worker.on('message', (message: ForeignMessage) => {
      if (settled) return;
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') settle(message.report);
      else settle(refused(file, `${file} could not be checked: ${message.message}`));
    });
    worker.on('error', (error) => {
      const code = (error as { code?: string }).code;
      settle(
        refused(
          file,
          code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `Checking ${file} needed more than the ${maxMemoryMb} MB of memory Stipple allows, so Stipple stopped and did not use it. It may be damaged, or made to exhaust memory.`
            : `${file} could not be checked: ${error.message}`,
        ),
      );
    });
    worker.on('exit', (code) => settle(refused(file, `${file} could not be checked: the check stopped unexpectedly (code ${code}).`)));
  });
}
