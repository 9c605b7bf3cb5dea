// The first start after encryption arrived: a chart database written before it is plain SQLite.
// It is encrypted into a new file beside it and only then renamed over it, so a crash or an error at
// any step before the rename leaves the plain file as it was (and the next start tries again), and
// after the rename the file is whole and encrypted. Nothing is renamed before the copy has been
// checked against the plain file and a verified backup of it is in the backups folder.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile, rowCounts, writeVerifiedCopy } from './backup';
import { hasPlainHeader, openKeyed, type DatabaseKey } from './cipher';

/** The steps, in order; a test stops the work after each one and checks the plain file survived. */
export const ENCRYPT_STEPS = ['checked', 'copied', 'rekeyed', 'verified', 'backed-up', 'renamed'] as const;
export type EncryptStep = (typeof ENCRYPT_STEPS)[number];

export interface EncryptOptions {
  /** Where the verified backup goes (backups/ beside the database). */
  backupFolder: string;
  /** Refuses a plain file that is not ours (another program's, damaged, newer) before touching it. */
  check: (sqlite: Database.Database) => void;
  now?: Date;
  /** After each step (tests: throw or die here). */
  afterStep?: (step: EncryptStep) => void;
}

export interface EncryptResult {
  /** The verified, encrypted backup made from the plain file's rows. */
  backup: string;
  counts: Record<string, number>;
}

/** The name the encrypted copy is built under, beside the database. */
export function encryptingFileFor(file: string): string {
  return `${file}.encrypting`;
}

export async function encryptPlainDatabase(file: string, key: DatabaseKey, options: EncryptOptions): Promise<EncryptResult> {
  const step = options.afterStep ?? (() => {});
  const temp = encryptingFileFor(file);
  removeWithSidecars(temp); // what an interrupted attempt left

  // Read-write, so SQLite folds a WAL left by the old version into the file before it is copied.
  const plain = new Database(file, { fileMustExist: true });
  let counts: Record<string, number>;
  try {
    plain.pragma('busy_timeout = 5000');
    options.check(plain);
    plain.pragma('wal_checkpoint(TRUNCATE)');
    counts = rowCounts(plain);
    step('checked');
    fs.closeSync(fs.openSync(temp, 'w', 0o600)); // owner only; SQLite keeps the mode of an existing file
    plain.prepare('VACUUM INTO ?').run(temp);
    if (JSON.stringify(rowCounts(plain)) !== JSON.stringify(counts))
      throw new Error(`${file} changed while it was being encrypted; nothing was changed.`);
  } finally {
    plain.close();
  }
  const stamp = statStamp(file);
  step('copied');

  // PRAGMA rekey is refused in WAL mode; VACUUM INTO's copy is a rollback-journal file already.
  const rekey = new Database(temp, { fileMustExist: true });
  try {
    rekey.pragma('journal_mode = DELETE');
    rekey.pragma("cipher = 'sqlcipher'");
    rekey.pragma('legacy = 4');
    rekey.pragma(`rekey = "x'${key}'"`);
  } finally {
    rekey.close();
  }
  step('rekeyed');

  const copy = openKeyed(temp, key, { fileMustExist: true });
  let backup: string;
  try {
    const check = (copy.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (check[0] !== 'ok')
      throw new Error(`The encrypted copy of ${file} did not check out (${check[0]}); the plain file was left as it was.`);
    if (JSON.stringify(rowCounts(copy)) !== JSON.stringify(counts))
      throw new Error(`The encrypted copy of ${file} lost rows; the plain file was left as it was.`);
    if (hasPlainHeader(temp)) throw new Error(`The copy of ${file} was not encrypted; the plain file was left as it was.`);
    step('verified');
    fs.mkdirSync(options.backupFolder, { recursive: true, mode: 0o700 });
    const at = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backup = path.join(options.backupFolder, `pre-encryption-${at}.sqlite`);
    await writeVerifiedCopy(copy, backup);
  } finally {
    copy.close();
  }
  fsyncFile(temp);
  step('backed-up');

  // The last moment to find that someone else wrote the plain file: its WAL would not be empty.
  if (statStamp(file) !== stamp || sidecarBytes(file) > 0) {
    removeWithSidecars(temp);
    throw new Error(
      `${file} was changed by another program while it was being encrypted; nothing was changed. Close the other program and start Stipple again.`,
    );
  }
  for (const side of ['-wal', '-shm']) fs.rmSync(file + side, { force: true });
  fs.renameSync(temp, file);
  fsyncDir(path.dirname(file));
  step('renamed');
  return { backup, counts };
}

function statStamp(file: string): string {
  const s = fs.statSync(file);
  return `${s.size}:${s.mtimeMs}`;
}

function sidecarBytes(file: string): number {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

function removeWithSidecars(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}
