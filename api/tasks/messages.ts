// What a task's worker and the runner say to each other. Errors cross as plain data: an ApiFailure
// as its envelope (with its field), anything else as its code and message for the log only.
import type { DatabaseKey } from '../../db/cipher';
import { ApiFailure, type ApiError, type RefusalTexts } from '../result';
import type { Progress, TaskInputs, TaskKind } from './types';

export interface WorkerRequest<K extends TaskKind = TaskKind> {
  kind: K;
  input: TaskInputs[K];
  /** Crosses to the worker in its workerData (in this process's memory, never on a command line). */
  connection: { database: string; key: DatabaseKey; nativeBinding?: string; readonly?: boolean };
}

export type WorkerMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; output: unknown }
  | { type: 'failed'; error: ApiError; texts?: RefusalTexts }
  | { type: 'error'; code: string | null; message: string };

/** An unexpected error in a task, or its worker stopping: the caller gets a plain 'internal'. */
export class TaskError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'TaskError';
  }
}

export function errorMessage(error: unknown): WorkerMessage {
  if (error instanceof ApiFailure) return { type: 'failed', error: error.error, ...(error.texts ? { texts: error.texts } : {}) };
  const code = (error as { code?: unknown } | null)?.code;
  return { type: 'error', code: typeof code === 'string' ? code : null, message: error instanceof Error ? error.message : String(error) };
}

/** The error again on the runner's side: the dispatcher maps its code (disk full, busy) as for any call. */
export function errorFrom(message: Extract<WorkerMessage, { type: 'failed' | 'error' }>): Error {
  if (message.type === 'failed') return new ApiFailure(message.error, message.texts);
  return new TaskError(message.message, message.code ?? undefined);
}
