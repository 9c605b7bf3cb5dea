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
import { inEnglish, says, type Says } from '../core/i18n/says';

/** `message` in English; `says` the same by message id, for the caller's language. */
export class RekeyError extends Error {
  constructor(
    readonly problem: 'wrong_key' | 'not_a_database' | 'check_failed',
    readonly says: Says,
  ) {
    super(inEnglish(says));
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
    throw new RekeyError('not_a_database', says('dataErrors.rekey.cannotOpen', { file: source }));
  }
  let counts: Record<string, number>;
  try {
    src.pragma('trusted_schema = OFF');
    try {
      counts = rowCounts(src);
    } catch (error) {
      if (isNotADatabase(error) && sourceKey) throw new RekeyError('wrong_key', says('dataErrors.rekey.wrongKey', { file: source }));
      if (isNotADatabase(error)) throw new RekeyError('not_a_database', says('dataErrors.rekey.notDatabase', { file: source }));
      throw error;
    }
    if (!('audit_log' in counts) || !('clients' in counts))
      throw new RekeyError('not_a_database', says('dataErrors.rekey.notStipple', { file: source }));
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
        throw new RekeyError('check_failed', says('dataErrors.rekey.auditEdited', { file: source }));
      const check = (copy.pragma('quick_check') as { quick_check: string }[])[0]?.quick_check;
      if (check !== 'ok')
        throw new RekeyError('check_failed', says('dataErrors.rekey.copyFailed', { file: source, problem: String(check) }));
      if (JSON.stringify(rowCounts(copy)) !== JSON.stringify(counts))
        throw new RekeyError('check_failed', says('dataErrors.rekey.lostRows', { file: source }));
    } finally {
      copy.close();
    }
    if (hasPlainHeader(partial)) throw new RekeyError('check_failed', says('dataErrors.rekey.notEncrypted', { file: source }));
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
