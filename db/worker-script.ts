// Where a worker thread's script is, in each way Stipple runs:
//   built (Electron): out/main/<built>, beside the built file this code is in (every chunk of the
//     main build sits in out/main; electron.vite.config.ts)
//   from source (tsx: the browser host, the CLI, the bench; vitest): the .ts file, loaded through
//     tsx. Node 20 does not carry a parent's --import hooks into a worker thread, so a tiny module
//     registers tsx in the worker first and then imports the .ts file.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface WorkerScript {
  url: URL;
  /** For the Worker: [] under tsx (its flags are for the main thread's loader), else inherited. */
  execArgv?: string[];
}

/** `here`: import.meta.url of the module asking; `built`: the built script's name; `source`: the .ts file, relative to `here`. */
export function workerScript(here: string, built: string, source: string): WorkerScript {
  if (!here.endsWith('.ts')) {
    const url = new URL(`./${built}`, here);
    if (!fs.existsSync(fileURLToPath(url))) throw new Error(`The worker ${fileURLToPath(url)} is missing from this build.`);
    return { url };
  }
  const target = new URL(source, here).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(target)});\n`;
  return { url: new URL(`data:text/javascript,${encodeURIComponent(code)}`), execArgv: [] };
}
