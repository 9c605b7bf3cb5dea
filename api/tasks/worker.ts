// A task's worker thread: opens its own connection to the database, runs one task (api/tasks/jobs.ts),
// posts its progress and then its result or error, closes the connection, and ends.
// Built as out/main/task-worker.js for the desktop app (electron.vite.config.ts).
import type Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { openSecondConnection } from '../../db/second-connection';
import { jobs, type JobEnv } from './jobs';
import { errorMessage, type WorkerMessage, type WorkerRequest } from './messages';

const port = parentPort;
if (!port) throw new Error('api/tasks/worker.ts runs as a worker thread (api/tasks/runner.ts starts it).');
const post = (message: WorkerMessage) => port.postMessage(message);

const { kind, input, connection } = workerData as WorkerRequest;
let sqlite: Database.Database | null = null;
const env: JobEnv = {
  sqlite: () => (sqlite ??= openSecondConnection(connection.database, connection)),
  key: () => connection.key,
  ownConnection: true,
  onProgress: (progress) => post({ type: 'progress', progress }),
  ...(connection.nativeBinding ? { nativeBinding: connection.nativeBinding } : {}),
};

let answer: WorkerMessage;
try {
  const job = jobs[kind] as (env: JobEnv, input: unknown) => unknown;
  answer = { type: 'done', output: await job(env, input) };
} catch (error) {
  answer = errorMessage(error);
}
try {
  (sqlite as Database.Database | null)?.close();
} catch {
  // the work is committed or rolled back already; a failed close changes neither
}
post(answer);
