// Where the task worker's script is, in each way Stipple runs:
//   built (Electron): out/main/task-worker.js, beside the built file this code is in (every chunk
//     of the main build sits in out/main; electron.vite.config.ts)
//   from source (tsx: the browser host, the CLI, the bench; vitest): api/tasks/worker.ts, loaded
//     through tsx. Node 20 does not carry a parent's --import hooks into a worker thread, so a tiny
//     module registers tsx in the worker first and then imports the .ts file.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BUILT_WORKER = 'task-worker.js';

export interface WorkerScript {
  url: URL;
  /** For the Worker: [] under tsx (its flags are for the main thread's loader), else inherited. */
  execArgv?: string[];
}

export function taskWorkerScript(here: string = import.meta.url): WorkerScript {
  if (!here.endsWith('.ts')) {
    const url = new URL(`./${BUILT_WORKER}`, here);
    if (!fs.existsSync(fileURLToPath(url))) throw new Error(`The task worker ${fileURLToPath(url)} is missing from this build.`);
    return { url };
  }
  const target = new URL('./worker.ts', here).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(target)});\n`;
  return { url: new URL(`data:text/javascript,${encodeURIComponent(code)}`), execArgv: [] };
}
