// The browser host's command line, parsed without side effects.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run browser -- [--db <file>] [--key-file <file>] [--port <n>] [--demo] [--no-build]
  --db <file>   the chart database (created if missing); default: a new file in a fresh temp folder
  --key-file <file>  the database key (600); default: STIPPLE_DB_KEY, STIPPLE_DB_KEY_FILE, or <db>.key (made for a new database)
  --port <n>    the port on 127.0.0.1; default 0 (a free port)
  --demo        fill a new, empty database with demo clients (needs bench/demo.ts)
  --no-build    serve out/renderer as it is, even when it is missing or older than its sources`;

export interface CliOptions {
  /** null: use defaultDbFile(). */
  dbFile: string | null;
  /** null: STIPPLE_DB_KEY, STIPPLE_DB_KEY_FILE or the key file beside the database (db/key-file.ts). */
  keyFile: string | null;
  port: number;
  demo: boolean;
  build: boolean;
}

/** Parses the arguments; throws an Error with a plain message for the user when they are wrong. */
export function parseCli(argv: string[]): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      'key-file': { type: 'string' },
      port: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const port = values.port === undefined ? 0 : /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new Error(`--port must be a whole number from 0 to 65535, not “${values.port}”.`);
  }
  if (values.db !== undefined && values.db.trim() === '') throw new Error('--db needs a file name.');
  if (values['key-file'] !== undefined && values['key-file'].trim() === '') throw new Error('--key-file needs a file name.');
  return {
    dbFile: values.db ? path.resolve(values.db) : null,
    keyFile: values['key-file'] ? path.resolve(values['key-file']) : null,
    port,
    demo: values.demo ?? false,
    build: !values['no-build'],
  };
}

/** A new chart file in a fresh folder under the system temp folder. */
export function defaultDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-browser-')), 'chart.sqlite');
}
