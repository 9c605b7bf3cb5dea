// The long tasks (backup, restore, verify, export, import): what each takes and gives back. Inputs
// and outputs are plain data, so they cross to a worker thread and back unchanged.
import type { Progress } from '../../db/progress';
import type { Says } from '../../core/i18n/says';
import type { ExportResult } from '../../db/export';
import type { ImportResult } from '../../db/import';
import type { RekeyResult } from '../../db/rekey-copy';
import type { RestoreResult } from '../../db/restore';
import type { VerifyReport } from '../../db/verify';
import type { ImportCheck, ImportedClientInput } from '../contract/client-import';
import type { ImportInput as ClientImportInput, ImportResult as ClientImportResult } from '../client-import/apply';

export type { Progress };

export interface MadeBackup {
  file: string;
  /** ISO time. */
  at: string;
  bytes: number;
  counts: Record<string, number>;
}

/** Times are ISO strings; who acts is a staff id (null: nobody signed in, or the command line). */
export interface TaskInputs {
  /** The app's backups: beside the database and into the clinic's second folder, each pruned. */
  backup: { now: string };
  /** One verified backup into a folder (the command line). */
  backupTo: { folder: string; now: string };
  /** `overrideReason`: an owner restores a file whose audit trail does not verify, and says why (written to the trail). */
  restore: {
    file: string;
    migrationsFolder: string;
    backupFolder: string;
    now: string;
    actorId: number | null;
    reason: string | null;
    overrideReason?: string;
  };
  /** Reads a database file (a backup, or the database itself) read-only; needs no connection. */
  verify: { file: string; migrationsFolder: string };
  /** `audit`: write the export's audit entry (not from a read-only connection). `passphrase`: null
   *  only for a plain export, the owner's explicit choice. */
  export: { folder: string; now: string; actorId: number | null; audit: boolean; passphrase: string | null };
  /** `overrideReason`: an owner's reason to import an export whose audit trail does not check out. */
  import: { folder: string; now: string; actorId: number | null; passphrase: string | null; overrideReason: string | null };
  /** A file rewritten encrypted with the database key (db/rekey-copy.ts): from plain (sourceKey null) or another key. */
  rewriteWithKey: { source: string; sourceKey: string | null; target: string };
  /** Moving in: the dry run of another system's rows (reads only). */
  clientImportCheck: { rows: ImportedClientInput[] };
  /** Moving in: the rows imported in one write transaction, audited by whom and when. */
  clientImport: { input: ClientImportInput; now: string; actorId: number | null };
}

export interface TaskOutputs {
  backup: { made: MadeBackup[]; warnings: Says[] };
  backupTo: MadeBackup;
  restore: RestoreResult;
  verify: VerifyReport;
  export: ExportResult;
  import: ImportResult;
  rewriteWithKey: RekeyResult;
  clientImportCheck: ImportCheck;
  clientImport: ClientImportResult;
}

export type TaskKind = keyof TaskInputs;

export interface RunOptions {
  /** Called in order as the task goes; the last call of a finished task has done === total. */
  onProgress?: (progress: Progress) => void;
  /** Stops the task: a worker is terminated (its transaction rolls back); inline, it cannot start. */
  signal?: AbortSignal;
}

export interface TaskRunner {
  readonly mode: 'worker' | 'inline';
  run<K extends TaskKind>(kind: K, input: TaskInputs[K], options?: RunOptions): Promise<TaskOutputs[K]>;
}
