// Entry point of `npm run stipple -- <command>`; see stipple-cli.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Progress } from '../api/tasks/types';
import { defaultDatabaseFile, runCli } from './stipple-cli';

/** On a terminal, one line that shows the step under way; nothing in a log or a pipe. */
function showProgress(p: Progress): void {
  if (!process.stderr.isTTY) return;
  const count = p.total > 1 ? ` ${p.done.toLocaleString()} of ${p.total.toLocaleString()}` : '';
  process.stderr.write(`\r\x1b[K${p.step}${count}${p.done === p.total ? '\n' : ''}`);
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'migrations');
const code = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  migrationsFolder,
  defaultDb: defaultDatabaseFile(),
  tasks: 'worker',
  progress: showProgress,
  untilStopped: () =>
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
});
process.exitCode = code;
