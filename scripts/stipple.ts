// Entry point of `npm run stipple -- <command>`; see stipple-cli.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDatabaseFile, runCli } from './stipple-cli';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'migrations');
const code = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  migrationsFolder,
  defaultDb: defaultDatabaseFile(),
});
process.exitCode = code;
