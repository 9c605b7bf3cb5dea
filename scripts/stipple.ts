// Entry point of `npm run stipple -- <command>`; see stipple-cli.ts.
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Progress } from '../api/tasks/types';
import { defaultDatabaseFile, runCli } from './stipple-cli';

/** On a terminal, one line that shows the step under way; nothing in a log or a pipe. */
function showProgress(p: Progress): void {
  if (!process.stderr.isTTY) return;
  const count = p.total > 1 ? ` ${p.done.toLocaleString()} of ${p.total.toLocaleString()}` : '';
  process.stderr.write(`\r\x1b[K${p.step}${count}${p.done === p.total ? '\n' : ''}`);
}

/** On a terminal, a line typed without being shown (the export's passphrase). */
function askSecret(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    // readline echoes each key through this; only the prompt itself is let through.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      if (text.includes(prompt)) process.stderr.write(prompt);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
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
  ...(process.stdin.isTTY ? { askSecret } : {}),
});
process.exitCode = code;
