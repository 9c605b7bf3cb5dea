// A database file rewritten under another key, checked before it counts: a plain backup from before
// encryption becomes an encrypted one, and a backup from another computer (opened with that
// computer's recovery key) becomes one this computer's key opens, ready to restore. The copy is built
// under `<target>.partial` and renamed into place only once it has the same rows as the source, passes
// quick_check and has no plain header; the source is never written.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { deriveAuditSecret, isChainKeyed } from './audit-chain';
import { rechainAuditTrail } from './audit-rekey';
import { fsyncDir, fsyncFile, rowCounts } from './backup';
import { applyKey, hasPlainHeader, isNotADatabase, openKeyed, type DatabaseKey } from './cipher';
import type { OnProgress } from './progress';

export class RekeyError extends Error {
  constructor(
    readonly problem: 'wrong_key' | 'not_a_database' | 'check_failed',
    message: string,
  ) {
    super(message);
    this.name = 'RekeyError';
  }
}

export interface RekeyResult {
  file: string;
  bytes: number;
  counts: Record<string, number>;
}

const STEPS = ['Opening the file', 'Copying', 'Encrypting the copy', 'Checking the copy'] as const;

/**
 * Copies `source` (plain when `sourceKey` is null) into `target`, encrypted with `targetKey`.
 * `target` may be `source` itself: the plain file is then replaced in one rename, after the check.
 */
export function writeCopyWithKey(
  source: string,
  sourceKey: DatabaseKey | null,
  target: string,
  targetKey: DatabaseKey,
  onProgress?: OnProgress,
): RekeyResult {
  let step = 0;
  const next = () => {
    if (step > 0) onProgress?.({ step: STEPS[step - 1]!, done: 1, total: 1 });
    if (step < STEPS.length) onProgress?.({ step: STEPS[step]!, done: 0, total: 1 });
    step++;
  };
  next();
  const partial = `${target}.partial`;
  removeWithSidecars(partial);
  // Read-only, and the file's own schema is not trusted: it may come from anywhere.
  let src: Database.Database;
  try {
    src = sourceKey
      ? openKeyed(source, sourceKey, { readonly: true, fileMustExist: true })
      : new Database(source, { readonly: true, fileMustExist: true });
  } catch {
    throw new RekeyError('not_a_database', `${source} could not be opened. It was left untouched.`);
  }
  let counts: Record<string, number>;
  try {
    src.pragma('trusted_schema = OFF');
    try {
      counts = rowCounts(src);
    } catch (error) {
      if (isNotADatabase(error) && sourceKey)
        throw new RekeyError(
          'wrong_key',
          `This recovery key does not open ${source}: it belongs to another Stipple database, or the file is not a Stipple backup.`,
        );
      if (isNotADatabase(error)) throw new RekeyError('not_a_database', `${source} is not a Stipple database. It was left untouched.`);
      throw error;
    }
    if (!('audit_log' in counts) || !('clients' in counts))
      throw new RekeyError('not_a_database', `${source} opens, but it is not a Stipple database. It was left untouched.`);
    next();
    fs.mkdirSync(path.dirname(partial), { recursive: true, mode: 0o700 });
    fs.closeSync(fs.openSync(partial, 'w', 0o600)); // owner only; SQLite keeps the mode of an existing file
    src.prepare('VACUUM INTO ?').run(partial);
  } finally {
    src.close();
  }
  next();
  // PRAGMA rekey is refused in WAL mode; VACUUM INTO writes a rollback-journal file.
  const rekey = new Database(partial, { fileMustExist: true });
  try {
    if (sourceKey) applyKey(rekey, sourceKey);
    rekey.pragma('journal_mode = DELETE');
    rekey.pragma("cipher = 'sqlcipher'");
    rekey.pragma('legacy = 4');
    rekey.pragma(`rekey = "x'${targetKey}'"`);
  } finally {
    rekey.close();
  }
  next();
  try {
    const copy = openKeyed(partial, targetKey, { fileMustExist: true });
    try {
      // The audit chain is keyed with a secret of the database key: under a new key it is checked
      // with the old one, then re-chained, or `verify` would call the whole trail edited.
      if (sourceKey && isChainKeyed(copy) && !rechainAuditTrail(copy, deriveAuditSecret(sourceKey), deriveAuditSecret(targetKey)))
        throw new RekeyError(
          'check_failed',
          `The audit trail in ${source} does not check out: it was edited outside Stipple. ${source} was left as it was.`,
        );
      const check = (copy.pragma('quick_check') as { quick_check: string }[])[0]?.quick_check;
      if (check !== 'ok')
        throw new RekeyError('check_failed', `The encrypted copy of ${source} did not check out (${check}); ${source} was left as it was.`);
      if (JSON.stringify(rowCounts(copy)) !== JSON.stringify(counts))
        throw new RekeyError('check_failed', `The encrypted copy of ${source} lost rows; ${source} was left as it was.`);
    } finally {
      copy.close();
    }
    if (hasPlainHeader(partial))
      throw new RekeyError('check_failed', `The copy of ${source} was not encrypted; ${source} was left as it was.`);
    fsyncFile(partial);
    fs.renameSync(partial, target);
    fsyncDir(path.dirname(target));
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  }
  next();
  return { file: target, bytes: fs.statSync(target).size, counts };
}

function removeWithSidecars(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}
