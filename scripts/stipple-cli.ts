// `npm run stipple -- <command>`: the data-safety operations for the clinic's IT person.
//   backup --to <dir>    a verified copy of the database, made with SQLite's backup API
//   restore <file>       puts a backup back (the current database is backed up first); a file whose
//                        audit trail does not verify only with --override-reason "<why>"
//   verify [<file>]      integrity, schema version and the audit chain of a file (default: --db);
//                        a file from elsewhere is checked on a worker with a time and memory limit
//   export --to <dir>    every chart as JSON, every table as CSV, and a README of the columns,
//                        encrypted with a passphrase unless --plain is given
//   import <dir>         reads an export into a new, empty database (its passphrase if encrypted)
//   decrypt-export <dir> --to <dir>   a plain copy of an encrypted export, for other programs
//   hub --host <address> --port <n>   serves the clinic's workstations (network/hub.ts) until stopped
//   pairing-code         a one-time code for a workstation to join the hub (with its address and fingerprint)
// verify and restore take --recovery-key "<the 14 groups>" from the sheet printed at owner setup: a
// backup from another computer is opened with it, and a restore into a folder with no key file
// makes the recovery key the new database's key (written to its key file, 600).
// A passphrase is never taken on the command line itself (other users see it in the process list):
// from --passphrase-file, STIPPLE_EXPORT_PASSPHRASE, or asked for on a terminal.
// Every command takes --db <file> (default: the app's own database). Prints what it did; exits 1
// with a plain message when something fails, 2 when the command line itself is wrong. Each runs as
// the app's tasks do (api/tasks/): on a worker thread with its own connection, reporting progress.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiFailure } from '../api/result';
import { inlineTaskRunner, workerTaskRunner, type TaskMode } from '../api/tasks/runner';
import type { Progress, TaskRunner } from '../api/tasks/types';
import { refusalWhileOpen } from '../db/app-lock';
import { hasPlainHeader, isNotADatabase, openForReading, openKeyed, type DatabaseKey } from '../db/cipher';
import { parseRecoveryKey } from '../core/recovery-key';
import { hasGivenKey, keyFilePathFor, resolveDatabaseKey, writeKeyFile } from '../db/key-file';
import { backupFolderFor, databaseFileIn, userDataFolder } from '../db/location';
import { openDatabase } from '../db/open';
import { printPairingCode, runHub } from './stipple-hub-commands';
import { decryptExport } from '../db/export-decrypt';
import { ImportError } from '../db/import';
import { openExport } from '../db/export-source';
import { MIN_PASSPHRASE_LENGTH, PASSPHRASE_TOO_SHORT, PASSPHRASES_DIFFER, PLAIN_EXPORT_WARNING } from '../core/export-passphrase';

export const USAGE = `Usage: npm run stipple -- <command> [--db <file>]
  backup --to <dir>   make a verified backup of the database in <dir>
  restore <file>      replace the database with a backup (the current one is backed up first)
    --override-reason "<why>"   restore it even though its audit trail does not verify (the reason is audited)
  verify [<file>]     check a database or backup: integrity, schema version, audit trail
  export --to <dir>   write every chart as JSON and every table as CSV into a new folder,
                      encrypted with a passphrase (at least 12 characters); --plain: not encrypted
  import <dir>        read an export into a new, empty database (use --db to name it); staff come
                      without PINs and choose one at their first sign-in
  decrypt-export <dir> --to <dir>   a plain, readable copy of an encrypted export
  hub --host <address> --port <n>   serve this database to the clinic's workstations until stopped (Ctrl+C)
  pairing-code        print a one-time code (valid 10 minutes) for a workstation to join the running hub
  --passphrase-file <file>  the export's passphrase (first line); default: STIPPLE_EXPORT_PASSPHRASE,
                      or asked for on a terminal
  --override-reason <text>  import an export whose audit trail does not check out, for this reason
                      (written to the audit trail)
  --db <file>         the database to work on; default: Stipple's own database
  --key-file <file>   the database key (mode 600); default: STIPPLE_DB_KEY, STIPPLE_DB_KEY_FILE, or <db>.key
  --recovery-key "<key>"  verify or restore a backup made on another computer, with the recovery key
                      printed at owner setup (a new --db gets it as its key)`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  migrationsFolder: string;
  defaultDb: string;
  now?: () => Date;
  /** Where the work runs: 'worker' (as in the app) or 'inline' (default, for tests). */
  tasks?: TaskMode;
  /** Told of each step as it goes (the command line shows it on a terminal). */
  progress?: (p: Progress) => void;
  /** Where STIPPLE_DB_KEY, STIPPLE_DB_KEY_FILE and STIPPLE_EXPORT_PASSPHRASE are read; default process.env. */
  env?: Record<string, string | undefined>;
  /** `hub` runs until this resolves (the entry point: SIGINT or SIGTERM). */
  untilStopped?: () => Promise<void>;
  /** Asks for a secret without showing it (on a terminal); absent: no one to ask. */
  askSecret?: (prompt: string) => Promise<string>;
}

class UsageError extends Error {}

export function defaultDatabaseFile(): string {
  return databaseFileIn(userDataFolder(process.platform, process.env, os.homedir()));
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv, io.defaultDb);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    return await run(parsed, io);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

const COMMANDS = ['backup', 'restore', 'verify', 'export', 'import', 'decrypt-export', 'hub', 'pairing-code'] as const;

interface Parsed {
  command: (typeof COMMANDS)[number];
  db: string;
  host: string | null;
  port: number | null;
  to: string | null;
  file: string | null;
  keyFile: string | null;
  recoveryKey: string | null;
  plain: boolean;
  passphraseFile: string | null;
  overrideReason: string | null;
}

function parse(argv: string[], defaultDb: string): Parsed | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      to: { type: 'string' },
      'key-file': { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'recovery-key': { type: 'string' },
      plain: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
      'override-reason': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help || positionals.length === 0) {
    if (values.help) return 'help';
    throw new UsageError('Name a command: backup, restore, verify, export, import, decrypt-export, hub or pairing-code.');
  }
  const [command, file, ...extra] = positionals;
  if (!(COMMANDS as readonly string[]).includes(command!)) throw new UsageError(`There is no command “${command}”.`);
  const port = values.port === undefined ? null : /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
  if (port !== null && !(port >= 0 && port <= 65535))
    throw new UsageError(`--port must be a whole number from 0 to 65535, not “${values.port}”.`);
  if (command === 'hub' && (!values.host || port === null))
    throw new UsageError('hub needs --host <address> (this computer’s address on the clinic network, or 0.0.0.0) and --port <n>.');
  if (command !== 'hub' && (values.host !== undefined || values.port !== undefined))
    throw new UsageError('Only hub takes --host and --port.');
  if ((command === 'hub' || command === 'pairing-code') && file) throw new UsageError(`Unexpected “${file}”.`);
  if (extra.length > 0) throw new UsageError(`Unexpected “${extra.join(' ')}”.`);
  const needsTo = command === 'backup' || command === 'export' || command === 'decrypt-export';
  if (needsTo && !values.to) throw new UsageError(`${command} needs --to <folder>.`);
  if ((command === 'restore' || command === 'import' || command === 'decrypt-export') && !file)
    throw new UsageError(`${command} needs the ${command === 'restore' ? 'backup file' : 'export folder'} to read.`);
  if (needsTo && file && command !== 'decrypt-export') throw new UsageError(`${command} takes --to <folder>, not “${file}”.`);
  if (values.plain && command !== 'export') throw new UsageError('--plain is for export only.');
  if (values.plain && values['passphrase-file'])
    throw new UsageError('A plain export has no passphrase: give --plain or --passphrase-file, not both.');
  if (values.db !== undefined && values.db.trim() === '') throw new UsageError('--db needs a file name.');
  if (values['recovery-key'] !== undefined && command !== 'verify' && command !== 'restore')
    throw new UsageError('--recovery-key is for verify and restore.');
  const overrideReason = values['override-reason'];
  if (overrideReason !== undefined && command !== 'restore' && command !== 'import')
    throw new UsageError('--override-reason is for restore and import only.');
  if (overrideReason !== undefined && overrideReason.trim() === '')
    throw new UsageError('--override-reason needs the reason, in words: it is written to the audit trail.');
  return {
    command: command as Parsed['command'],
    db: path.resolve(values.db ?? defaultDb),
    to: values.to ? path.resolve(values.to) : null,
    file: file ? path.resolve(file) : null,
    keyFile: values['key-file'] ? path.resolve(values['key-file']) : null,
    host: values.host ?? null,
    port,
    recoveryKey: values['recovery-key'] ?? null,
    plain: values.plain ?? false,
    passphraseFile: values['passphrase-file'] ? path.resolve(values['passphrase-file']) : null,
    overrideReason: overrideReason?.trim() ?? null,
  };
}

/** The export passphrase: from --passphrase-file, STIPPLE_EXPORT_PASSPHRASE, or asked (twice for a new export). */
async function passphraseFor(p: Parsed, io: CliIo, purpose: 'new' | 'open'): Promise<string | null> {
  if (p.passphraseFile) {
    if (!fs.existsSync(p.passphraseFile)) throw new Error(`There is no passphrase file at ${p.passphraseFile}.`);
    return fs.readFileSync(p.passphraseFile, 'utf8').split(/\r?\n/)[0]!;
  }
  const fromEnv = (io.env ?? process.env).STIPPLE_EXPORT_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!io.askSecret) return null;
  if (purpose === 'open') return io.askSecret('Passphrase of the export: ');
  const first = await io.askSecret(`Choose a passphrase for the export (at least ${MIN_PASSPHRASE_LENGTH} characters): `);
  if (first.length < MIN_PASSPHRASE_LENGTH) throw new Error(PASSPHRASE_TOO_SHORT);
  if ((await io.askSecret('The same passphrase again: ')) !== first) throw new Error(PASSPHRASES_DIFFER);
  return first;
}

/** The tasks on `file`, run where the caller chose; `use` gets them, and the connection is closed after. */
async function withTasks<T>(
  io: CliIo,
  file: string,
  key: DatabaseKey,
  readonly: boolean,
  use: (tasks: TaskRunner) => Promise<T>,
): Promise<T> {
  if (io.tasks === 'worker') return use(workerTaskRunner({ database: file, key, readonly }));
  const sqlite = openForReading(file, key, { readonly, fileMustExist: true });
  try {
    if (!readonly) sqlite.pragma('foreign_keys = ON');
    return await use(inlineTaskRunner(sqlite));
  } finally {
    sqlite.close();
  }
}

/** For verify, which reads the file itself and needs no connection to the database. */
function fileTasks(io: CliIo, file: string, key: DatabaseKey): TaskRunner {
  return io.tasks === 'worker' ? workerTaskRunner({ database: file, key, readonly: true }) : inlineTaskRunner(null, key);
}

/** The key of --db's database; `create`: make its key file if it is new or plain (it is about to be encrypted). */
function keyFor(p: Parsed, io: CliIo, create: boolean) {
  return resolveDatabaseKey({ databaseFile: p.db, env: io.env ?? process.env, keyFile: p.keyFile, create });
}

/** Backup and export read an existing Stipple database and never change it: check it is one first. */
async function checkExisting(file: string, key: DatabaseKey, io: CliIo): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`There is no database at ${file}. Use --db to name the right file.`);
  const report = await fileTasks(io, file, key).run('verify', { file, migrationsFolder: io.migrationsFolder });
  if (report.problems.some((p) => /not a Stipple|another program|damaged|folder/.test(p))) throw new Error(report.problems[0]);
}

async function run(p: Parsed, io: CliIo): Promise<number> {
  const now = (io.now?.() ?? new Date()).toISOString();
  const options = io.progress ? { onProgress: io.progress } : {};
  switch (p.command) {
    case 'backup': {
      const { key } = keyFor(p, io, false);
      await checkExisting(p.db, key, io);
      const b = await withTasks(io, p.db, key, true, (tasks) => tasks.run('backupTo', { folder: p.to!, now }, options));
      io.out(
        `Backed up ${p.db}\n  to ${b.file}\n  ${summary(b.counts)}; ${(b.bytes / 1024).toFixed(0)} KB; checked: intact, same rows as the database.`,
      );
      return 0;
    }
    case 'verify': {
      const file = p.file ?? p.db;
      const recovered = recoveryKeyOf(p);
      const found = recovered ? { key: recovered, from: '--recovery-key' } : keyFor(p, io, false);
      // No key was found because --db is plain or missing: then only a plain file can be read.
      if (found.from === null && fs.existsSync(file) && !hasPlainHeader(file) && fs.statSync(file).size > 0) {
        throw new Error(
          `${file} is encrypted, and no key was given for it. Give the key with --key-file, STIPPLE_DB_KEY or --recovery-key.`,
        );
      }
      if (recovered) checkRecoveryKeyOpens(file, recovered);
      const r = await fileTasks(io, file, found.key).run('verify', { file, migrationsFolder: io.migrationsFolder }, options);
      if (!r.ok) {
        io.err(`${file} did not pass:\n${r.problems.map((x) => `  - ${x}`).join('\n')}`);
        return 1;
      }
      const pending = r.schema.pending > 0 ? ` (${r.schema.pending} update(s) will run when Stipple opens it)` : '';
      const chain =
        r.audit.keyed === false && r.audit.entries > 0 ? 'chain unbroken, not keyed (from before Stipple keyed it)' : 'chain unbroken';
      const rows = r.rows ? `\n  records: ${r.rows.checked} compared with the audit trail, all as it says` : '';
      io.out(
        `${file} is a sound Stipple database.\n  integrity: ok\n  schema version: ${r.schema.applied} of ${r.schema.known}${pending}\n  audit trail: ${r.audit.entries} entries, ${chain}${rows}\n  ${summary(r.counts)}`,
      );
      if (r.audit.note) io.out(`  Note: ${r.audit.note}`);
      return 0;
    }
    case 'export': {
      const passphrase = p.plain ? null : await passphraseFor(p, io, 'new');
      if (!p.plain && passphrase === null)
        throw new Error(
          'An export is encrypted: give its passphrase with --passphrase-file or STIPPLE_EXPORT_PASSPHRASE, or choose --plain for files anyone can read.',
        );
      if (passphrase !== null && passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(PASSPHRASE_TOO_SHORT);
      const { key } = keyFor(p, io, false);
      await checkExisting(p.db, key, io);
      const e = await withTasks(io, p.db, key, true, (tasks) =>
        tasks.run('export', { folder: p.to!, now, actorId: null, audit: false, passphrase }, options),
      );
      io.out(
        `Exported ${p.db}\n  to ${e.folder}\n  ${e.charts} chart(s) as JSON, ${Object.keys(e.tables).length} table(s) as CSV, README.md describes the columns.\n  ${
          e.encrypted ? 'Encrypted with the passphrase: keep it safe, the export cannot be opened without it.' : 'NOT encrypted.'
        }`,
      );
      if (!e.encrypted) io.err(`Warning: ${PLAIN_EXPORT_WARNING}`);
      return 0;
    }
    case 'decrypt-export': {
      const passphrase = await passphraseFor(p, io, 'open');
      try {
        const d = decryptExport(p.file!, p.to!, passphrase ?? undefined);
        io.out(`Decrypted ${d.files} file(s) from ${p.file}\n  to ${p.to}`);
      } catch (error) {
        if (error instanceof ImportError) throw new Error(error.message.replace(/ Nothing was imported\.$/, ''), { cause: error });
        throw error;
      }
      io.err(`Warning: ${PLAIN_EXPORT_WARNING} Delete ${p.to} when you are done with it.`);
      return 0;
    }
    case 'restore': {
      const recovered = recoveryKeyOf(p);
      // With a recovery key, a new computer's empty folder is fine: the database is made for the restore.
      if (!recovered && !fs.existsSync(p.db))
        throw new Error(`There is no database at ${p.db} to restore into. Use --db to name the right file.`);
      refuseWhileOpen(p.db, 'restore');
      if (recovered) checkRecoveryKeyOpens(p.file!, recovered);
      const key = recovered && !hasGivenKey(keyRequest(p, io)) ? adoptRecoveryKey(p, io, recovered) : createdKey(keyFor(p, io, true), io);
      // Opened as the app opens it (checked, encrypted, migrated) before the task's own connection works on it.
      const open = await openDatabase(p.db, { migrationsFolder: io.migrationsFolder, key });
      // A backup under another key is rewritten under this database's key first, beside the database.
      const rewritten = recovered && recovered !== key && !hasPlainHeader(p.file!) ? `${p.db}.from-another-computer` : null;
      try {
        const tasks = io.tasks === 'worker' ? workerTaskRunner({ database: open.file, key: open.key }) : inlineTaskRunner(open.sqlite);
        if (rewritten) await tasks.run('rewriteWithKey', { source: p.file!, sourceKey: recovered, target: rewritten }, options);
        const r = await tasks
          .run(
            'restore',
            {
              file: rewritten ?? p.file!,
              migrationsFolder: io.migrationsFolder,
              backupFolder: backupFolderFor(p.db),
              now,
              actorId: null,
              reason: 'restored from the command line',
              ...(p.overrideReason !== null ? { overrideReason: p.overrideReason } : {}),
            },
            options,
          )
          .catch((error: unknown) => {
            // A file that only fails its audit trail: say how to restore it anyway.
            if (error instanceof ApiFailure && error.error.fields?.overrideReason && p.overrideReason === null)
              throw new Error(
                `${error.message.replace(/ An owner can restore it anyway, giving the reason\.$/, '')} To restore it anyway, run restore again with --override-reason "<why>"; the reason is written to the audit trail.`,
              );
            throw error;
          });
        io.out(
          `Restored ${p.db}\n  from ${r.restoredFrom} (schema version ${r.schemaBefore}, now ${r.schemaAfter})\n  the database as it was before is kept in ${r.safetyBackup}\n  ${summary(r.counts)}`,
        );
        if (r.overridden)
          io.err(
            `Restored although its audit trail does not check out (${r.auditWarning}); the reason was audited: ${r.overridden.reason}`,
          );
      } finally {
        open.close();
        if (rewritten) fs.rmSync(rewritten, { force: true });
      }
      return 0;
    }
    case 'hub':
      return runHub(p, io);
    case 'pairing-code':
      return printPairingCode(p, io);
    case 'import': {
      refuseWhileOpen(p.db, 'import');
      // The export is opened (its passphrase checked) before any database is made for it.
      const passphrase = await passphraseFor(p, io, 'open');
      openExport(p.file!, passphrase ?? undefined); // an ImportError's message is one plain sentence
      const isNew = !fs.existsSync(p.db);
      const found = keyFor(p, io, true);
      const open = await openDatabase(p.db, { migrationsFolder: io.migrationsFolder, key: found.key });
      let imported = false;
      try {
        const tasks = io.tasks === 'worker' ? workerTaskRunner({ database: open.file, key: open.key }) : inlineTaskRunner(open.sqlite);
        const r = await tasks
          .run('import', { folder: p.file!, now, actorId: null, passphrase, overrideReason: p.overrideReason }, options)
          .catch((error: unknown) => {
            // The refusal an owner may override: say how, here.
            if (error instanceof ApiFailure && error.error.fields?.overrideReason && p.overrideReason === null)
              throw new Error(`${error.message} Give it with --override-reason "<why>".`);
            throw error;
          });
        imported = true;
        createdKey(found, io);
        io.out(
          `Imported ${r.charts} chart(s) from ${p.file}\n  into ${p.db}\n  ${r.rows.staff ?? 0} staff member(s), without PINs: each chooses a PIN at their first sign-in.${
            r.encrypted ? '' : '\n  The export was not encrypted.'
          }`,
        );
        if (r.auditProblem)
          io.err(`Imported although its audit trail does not check out (${r.auditProblem}); your reason is in the audit trail.`);
      } finally {
        open.close();
        // A refused import into a new file leaves nothing behind: not the empty database, not its key.
        if (!imported && isNew) {
          for (const f of [p.db, `${p.db}-wal`, `${p.db}-shm`]) fs.rmSync(f, { force: true });
          if (found.created && found.from) fs.rmSync(found.from, { force: true });
        }
      }
      return 0;
    }
  }
}

function keyRequest(p: Parsed, io: CliIo) {
  return { databaseFile: p.db, env: io.env ?? process.env, keyFile: p.keyFile };
}

/** --recovery-key read back into the database key; a typo is one sentence naming the group. */
function recoveryKeyOf(p: Parsed): DatabaseKey | null {
  if (p.recoveryKey === null) return null;
  const read = parseRecoveryKey(p.recoveryKey);
  if (!read.ok) throw new Error(`${read.message} Nothing was changed.`);
  return read.key;
}

/** A well-typed recovery key may still be another database's: say so before anything is written. */
function checkRecoveryKeyOpens(file: string, key: DatabaseKey): void {
  if (!fs.existsSync(file)) throw new Error(`There is no backup at ${file}.`);
  if (hasPlainHeader(file)) return; // from before encryption: no key needed
  const sqlite = openKeyed(file, key, { readonly: true, fileMustExist: true });
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (!isNotADatabase(error)) throw error;
    throw new Error(
      `This recovery key does not open ${file}: it belongs to another Stipple database, or the file is not a Stipple backup. Nothing was changed.`,
      { cause: error },
    );
  } finally {
    sqlite.close();
  }
}

/** A folder with no key: the recovery key becomes its database's key, so the old sheet keeps working. */
function adoptRecoveryKey(p: Parsed, io: CliIo, key: DatabaseKey): DatabaseKey {
  const file = keyFilePathFor(keyRequest(p, io));
  if (fs.existsSync(p.db) && fs.statSync(p.db).size > 0 && !hasPlainHeader(p.db)) {
    // An encrypted database already here, with no key: only the recovery key can be its key.
    checkRecoveryKeyOpens(p.db, key);
  }
  writeKeyFile(file, key);
  io.err(
    `The recovery key is now this database's key, written to ${file}. Keep it private (mode 600); the printed sheet still opens its backups.`,
  );
  return key;
}

/** Says where a key made just now went: without it the database cannot be opened again. */
function createdKey(found: ReturnType<typeof keyFor>, io: CliIo): DatabaseKey {
  if (found.created)
    io.err(`A new database key was written to ${found.from}. Keep it private and safe: without it the database cannot be opened.`);
  return found.key;
}

function summary(counts: Record<string, number>): string {
  const n = (t: string) => counts[t] ?? 0;
  return `${n('clients')} client(s), ${n('sessions')} session(s), ${n('deposits')} deposit(s), ${n('audit_log')} audit entries`;
}

/** Restore and import replace rows: never under an app that has the database open. */
function refuseWhileOpen(databaseFile: string, command: string): void {
  const refusal = refusalWhileOpen(databaseFile, command);
  if (refusal) throw new Error(refusal);
}
