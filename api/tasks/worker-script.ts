// Where the task worker's script is (db/worker-script.ts): out/main/task-worker.js when built,
// api/tasks/worker.ts through tsx from source.
import { workerScript, type WorkerScript } from '../../db/worker-script';

export const BUILT_WORKER = 'task-worker.js';

export type { WorkerScript };

export function taskWorkerScript(here: string = import.meta.url): WorkerScript {
  return workerScript(here, BUILT_WORKER, './worker.ts');
}
