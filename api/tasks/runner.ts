// Runs the long tasks: in a worker thread with its own connection (the app's thread keeps answering
// while a 10,000-chart export runs), or inline on the caller's connection (unit tests, scripts).
// Tasks that write (restore, import, export's audit entry) run one at a time, so one never waits
// out SQLite's busy timeout behind another; backups and checks run beside them.
import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { keyOf, type DatabaseKey } from '../../db/cipher';
import type { OpenDatabase } from '../../db/open';
import { errorFrom, TaskError, type WorkerMessage, type WorkerRequest } from './messages';
import { jobs, type JobEnv } from './jobs';
import type { RunOptions, TaskInputs, TaskKind, TaskOutputs, TaskRunner } from './types';
import { taskWorkerScript } from './worker-script';

export type TaskMode = 'worker' | 'inline';

const WRITING: ReadonlySet<TaskKind> = new Set(['restore', 'import', 'export', 'clientImport']);

const stopped = () => new TaskError('The task was stopped before it finished.');

/** One writing task at a time; the others start at once. */
function queue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(kind: TaskKind, work: () => Promise<T>): Promise<T> => {
    if (!WRITING.has(kind)) return work();
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };
}

/**
 * On the given connection, on this thread (null: for tasks that need none, like verify). `key`: the
 * database key, when it is not the connection's own (verify with no connection).
 */
export function inlineTaskRunner(sqlite: Database.Database | null, key: DatabaseKey | null = sqlite ? keyOf(sqlite) : null): TaskRunner {
  const inTurn = queue();
  return {
    mode: 'inline',
    run(kind, input, options = {}) {
      return inTurn(kind, async () => {
        if (options.signal?.aborted) throw stopped();
        const connection = () => {
          if (!sqlite) throw new TaskError(`The ${kind} task needs a database connection and was given none.`);
          return sqlite;
        };
        const databaseKey = () => {
          if (!key) throw new TaskError(`The ${kind} task needs the database key and was given none.`);
          return key;
        };
        const env: JobEnv = { sqlite: connection, key: databaseKey, ownConnection: false, onProgress: options.onProgress };
        return (jobs[kind] as (env: JobEnv, input: unknown) => unknown)(env, input) as Promise<TaskOutputs[typeof kind]>;
      });
    },
  };
}

export interface WorkerRunnerOptions {
  /** The database file; each task opens its own connection to it. */
  database: string;
  /** Its key: the worker's connection is keyed with it, and verify reads backups with it. */
  key: DatabaseKey;
  nativeBinding?: string;
  readonly?: boolean;
}

/** Each task in a worker thread of its own, which ends with the task. */
export function workerTaskRunner(options: WorkerRunnerOptions): TaskRunner {
  const inTurn = queue();
  const connection = {
    database: options.database,
    key: options.key,
    readonly: options.readonly === true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
  return {
    mode: 'worker',
    run(kind, input, runOptions = {}) {
      return inTurn(kind, () => inWorker(kind, input, connection, runOptions));
    },
  };
}

function inWorker<K extends TaskKind>(
  kind: K,
  input: TaskInputs[K],
  connection: WorkerRequest['connection'],
  options: RunOptions,
): Promise<TaskOutputs[K]> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(stopped());
      return;
    }
    const script = taskWorkerScript();
    const request: WorkerRequest<K> = { kind, input, connection };
    const worker = new Worker(script.url, { workerData: request, ...(script.execArgv ? { execArgv: script.execArgv } : {}) });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      fn();
    };
    const abort = () => {
      settle(() => reject(stopped()));
      void worker.terminate();
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.output as TaskOutputs[K]));
      else settle(() => reject(errorFrom(message)));
    });
    // Uncaught in the worker (its script failed to load, say), or the thread ended without an answer
    // (killed, out of memory): the caller sees a plain internal error; SQLite rolls back what was open.
    worker.on('error', (error) =>
      settle(() => reject(new TaskError(`The ${kind} task failed: ${error.message}`, (error as { code?: string }).code))),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new TaskError(`The ${kind} task stopped before it finished (its worker exited with code ${code}).`))),
    );
  });
}

/** What ApiOptions.tasks accepts: a mode, or a runner built elsewhere (tests, a transport). */
export type TaskChoice = TaskMode | TaskRunner;

export function createTaskRunner(
  choice: TaskChoice | undefined,
  open: Pick<OpenDatabase, 'file' | 'sqlite' | 'nativeBinding' | 'key'>,
): TaskRunner {
  if (choice === 'inline') return inlineTaskRunner(open.sqlite, open.key);
  if (choice === undefined || choice === 'worker') {
    return workerTaskRunner({ database: open.file, key: open.key, ...(open.nativeBinding ? { nativeBinding: open.nativeBinding } : {}) });
  }
  return choice;
}
