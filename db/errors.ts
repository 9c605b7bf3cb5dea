// Why a database could not be opened, in words a clinic can act on. Never carries a stack to the UI.
import { translate, type MessageId } from '../core/i18n/translate';

/** A message by id and its values, for a reader whose language is known (core/deposits.ts has the same). */
export interface Says {
  id: MessageId;
  values: Record<string, string>;
}

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
  /** `message` is English; `says`, when given, is the same by message id for the reader's language. */
  constructor(
    readonly problem: DatabaseOpenProblem,
    message: string,
    readonly says?: Says,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }

  /** The refusal from its message id: English in `message`, the id kept for other readers. */
  static says(problem: DatabaseOpenProblem, id: MessageId, values: Record<string, string>): DatabaseOpenError {
    return new DatabaseOpenError(problem, translate('en-GB', id, values), { id, values });
  }

  /** The message in a locale's language (the English one when it was not given by id). */
  in(locale: string): string {
    return this.says ? translate(locale, this.says.id, this.says.values) : this.message;
  }

  static from(error: unknown, file: string): DatabaseOpenError {
    if (error instanceof DatabaseOpenError) return error;
    const code = (error as { code?: string } | null)?.code ?? '';
    // Every connection is keyed, so "not a database" means the key does not open it.
    if (code === 'SQLITE_NOTADB') return DatabaseOpenError.says('wrong_key', 'startup.open.wrongKey', { file });
    if (code.startsWith('SQLITE_CORRUPT')) {
      return DatabaseOpenError.says('corrupt', 'startup.open.corrupt', { file });
    }
    if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS') {
      return DatabaseOpenError.says('read_only', 'startup.open.readOnly', { file });
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return DatabaseOpenError.says('locked', 'startup.open.locked', { file });
    }
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
      return DatabaseOpenError.says('disk_full', 'startup.open.diskFull', { file });
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'ENOENT') {
      return DatabaseOpenError.says('cannot_open', 'startup.open.cannotOpen', { file });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return DatabaseOpenError.says('cannot_open', 'startup.open.failed', { file, detail });
  }
}
