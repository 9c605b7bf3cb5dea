// Why a database could not be opened, in words a clinic can act on. Never carries a stack to the UI.
import { wrongKeyMessage } from './cipher';

export type DatabaseOpenProblem =
  | 'not_stipple'
  | 'corrupt'
  | 'newer_version'
  | 'unrecognised_updates'
  | 'read_only'
  | 'locked'
  | 'disk_full'
  | 'migration_failed'
  | 'cannot_open'
  /** Encrypted, and the key given does not open it (wrong, missing, or not our file at all). */
  | 'wrong_key'
  /** The key itself could not be had: a key file too open, malformed, or missing. */
  | 'key_unavailable';

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseOpenProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }

  static from(error: unknown, file: string): DatabaseOpenError {
    if (error instanceof DatabaseOpenError) return error;
    const code = (error as { code?: string } | null)?.code ?? '';
    const untouched = 'It was left untouched.';
    // Every connection is keyed, so "not a database" means the key does not open it.
    if (code === 'SQLITE_NOTADB') return new DatabaseOpenError('wrong_key', wrongKeyMessage(file));
    if (code.startsWith('SQLITE_CORRUPT')) {
      return new DatabaseOpenError('corrupt', `${file} is damaged. ${untouched} Restore the latest backup.`);
    }
    if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS') {
      return new DatabaseOpenError('read_only', `${file} cannot be written to. ${untouched}`);
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return new DatabaseOpenError('locked', `${file} is in use by another program. Close it and try again.`);
    }
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
      return new DatabaseOpenError('disk_full', `The disk holding ${file} is full. Free some space and try again.`);
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'ENOENT') {
      return new DatabaseOpenError('cannot_open', `${file} cannot be opened: its folder is missing or not accessible.`);
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new DatabaseOpenError('cannot_open', `${file} could not be opened: ${detail}`);
  }
}
