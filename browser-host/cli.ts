// `npm run browser -- [--db <file>] [--port <n>] [--demo] [--no-build]`: Stipple in a browser tab, on loopback.
// Prints exactly one line on stdout — the address with its token — and everything else on stderr.
// Run by scripts/browser.ts, which puts the clinic network's join in front of the API (`serve`);
// run on its own (the tests), the database's own API alone.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from '../core/i18n/translate';
import { usableLocale } from '../core/locale';
import type { DatabaseKey } from '../db/cipher';
import { DatabaseOpenError } from '../db/errors';
import { resolveDatabaseKey } from '../db/key-file';
import { defaultDbFile, parseCli, USAGE, type CliOptions } from './cli-args';
import { buildRenderer, MIGRATIONS_DIR, RENDERER_OUT_DIR, rendererBuildReason, REPO_ROOT } from './build-renderer';
import { loadDemo } from './demo-hook';
import { startBrowserHost, startServedHost, type BrowserHost, type LocalHost, type ServedApi, type ServedHost } from './server';

/** What stands in front of the local API: it opens the database with `openLocal` only if it needs it. */
export type ServeHook = (openLocal: () => Promise<LocalHost>, files: { dbFile: string; key: DatabaseKey }) => Promise<ServedApi>;

export async function runBrowserHost(serve?: ServeHook): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.error(USAGE);
    return;
  }

  try {
    const reason = options.build ? rendererBuildReason(REPO_ROOT) : null;
    if (reason) {
      console.error(`Building the renderer (${reason === 'missing' ? 'not built yet' : 'its sources changed'})…`);
      buildRenderer(REPO_ROOT);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }

  let host: ServedHost;
  let demo: BrowserHost | null = null;
  try {
    const dbFile = options.dbFile ?? defaultDbFile();
    const key = resolveDatabaseKey({ databaseFile: dbFile, env: process.env, keyFile: options.keyFile, create: true });
    if (key.created)
      console.error(
        `A new database key was written to ${key.from}. Keep it private and safe: without it the chart database cannot be opened.`,
      );
    const hostOptions = {
      dbFile,
      databaseKey: key.key,
      keyFrom: key.from,
      port: options.port,
      rendererDir: RENDERER_OUT_DIR,
      migrationsFolder: MIGRATIONS_DIR,
    };
    // A demo clinic holds data from the start: it could never join a hub.
    if (serve && !options.demo)
      host = await startServedHost({ ...hostOptions, serve: (openLocal) => serve(openLocal, { dbFile, key: key.key }) });
    else host = demo = await startBrowserHost(hostOptions);
  } catch (error) {
    console.error(startupMessage(error, options.port));
    process.exit(1);
  }
  if (host.database) console.error(`Chart database: ${host.database.file}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(translate(terminalLocale(), 'shell.cli.signalAgain', { signal }));
      process.exit(1);
    }
    stopping = true;
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Stipple did not close cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (options.demo && demo) {
    try {
      console.error(await loadDemo(demo, REPO_ROOT));
    } catch (error) {
      console.error('The demo data could not be added:', error);
    }
  }

  process.stdout.write(`Stipple is running at ${host.url}\n`);
}

/**
 * The language of the person at the terminal (the clinic's is in the database, not open yet): the
 * POSIX locale variables ('de_DE.UTF-8' reads de-DE), else English.
 */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): string {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== 'C' && v !== 'POSIX');
  return usableLocale(posix?.split('.')[0]?.replace('_', '-'));
}

/** A plain sentence for the problems a user can fix; the full error only for the unexpected. */
export function startupMessage(error: unknown, port: number, locale = terminalLocale()): string {
  if (error instanceof DatabaseOpenError) return error.in(locale);
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE') return translate(locale, 'shell.cli.portInUse', { port: String(port) });
  if (code === 'EACCES') return translate(locale, 'shell.cli.portNotAllowed', { port: String(port) });
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return translate(locale, 'shell.cli.couldNotStart', { detail });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void runBrowserHost();
