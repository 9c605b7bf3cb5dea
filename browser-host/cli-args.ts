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
  --no-build    serve out/renderer as it is, even when it is missing or older than its sources
A workstation of the clinic's hub: npm run browser -- --join <hub address> --pairing-code <code> --data <folder> [--name <name>]
  --join <host:port>       the hub's address, as "Add a workstation" shows it
  --pairing-code <code>    the one-time code shown with it
  --data <folder>          this workstation's own folder (700); later starts need only --data
  --name <name>            how the hub lists this workstation; default: this computer's name`;

/** A window whose API is the clinic's hub (scripts/workstation-window.ts). */
export interface WorkstationOptions {
  dataFolder: string;
  /** First start: pair with this hub using the code. */
  join: { address: string; pairingCode: string; name: string } | null;
}

export interface CliOptions {
  /** null: use defaultDbFile(). */
  dbFile: string | null;
  /** null: STIPPLE_DB_KEY, STIPPLE_DB_KEY_FILE or the key file beside the database (db/key-file.ts). */
  keyFile: string | null;
  port: number;
  demo: boolean;
  build: boolean;
  /** null: a hub with its own window (the database is here). */
  workstation: WorkstationOptions | null;
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
      join: { type: 'string' },
      'pairing-code': { type: 'string' },
      data: { type: 'string' },
      name: { type: 'string' },
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
    workstation: workstationOptions(values),
    dbFile: values.db ? path.resolve(values.db) : null,
    keyFile: values['key-file'] ? path.resolve(values['key-file']) : null,
    port,
    demo: values.demo ?? false,
    build: !values['no-build'],
  };
}

function workstationOptions(values: {
  join?: string | undefined;
  'pairing-code'?: string | undefined;
  data?: string | undefined;
  name?: string | undefined;
  db?: string | undefined;
  demo?: boolean | undefined;
  'key-file'?: string | undefined;
}): WorkstationOptions | null {
  const { join, data, name } = values;
  const code = values['pairing-code'];
  if (join === undefined && code === undefined && data === undefined) {
    if (name !== undefined) throw new Error('--name is for a workstation joining a hub, with --join.');
    return null;
  }
  if (values.db !== undefined || values.demo || values['key-file'] !== undefined)
    throw new Error('A workstation keeps no chart database of its own: leave out --db, --key-file and --demo.');
  if (data === undefined || data.trim() === '') throw new Error('A workstation needs --data <folder> for its own files.');
  if ((join === undefined) !== (code === undefined)) throw new Error('--join and --pairing-code go together: the hub shows both.');
  if (join === undefined && name !== undefined) throw new Error('--name is given when joining, with --join.');
  return {
    dataFolder: path.resolve(data),
    join: join === undefined ? null : { address: join.trim(), pairingCode: code!, name: (name ?? os.hostname()).trim() || 'Workstation' },
  };
}

/** A new chart file in a fresh folder under the system temp folder. */
export function defaultDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-browser-')), 'chart.sqlite');
}
