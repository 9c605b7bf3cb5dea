// The dispatcher's guard for a database opened with its integrity check deferred (db/open.ts,
// `deferIntegrityCheck`): nothing is written to a file before PRAGMA quick_check has passed on it,
// and once the check finds damage every call is refused with one plain sentence.
import type { IntegrityCheck } from '../db/open';
import type { ApiError } from './result';

/** How long after the API starts the check runs on its own if nobody has written by then. */
export const CHECK_AFTER_MS = 1000;

export const DAMAGED: ApiError = {
  code: 'unavailable',
  message: 'The chart database is damaged, so nothing was saved and Stipple will not change it. Restore the latest backup.',
  damaged: true,
};

/** A read or write that found the file damaged (a page that does not decode, a file that is not a database). */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

const NOT_CHECKED: ApiError = {
  code: 'unavailable',
  message: 'The chart database could not be checked, so nothing was saved. Try again in a moment.',
};

export interface IntegrityGateOptions {
  /** Called once, with the plain message, when the check finds the file damaged. */
  onDamaged?: (message: string) => void;
  /** Unexpected errors from the check itself (not damage). */
  onError?: (error: unknown) => void;
  checkAfterMs?: number;
}

export interface IntegrityGate {
  /** Before a call: null to go ahead, or the refusal. A call that writes first waits for the check. */
  refusal(writes: boolean): ApiError | null;
  /** Runs the check now if it has not run (for callers that write outside the dispatcher). */
  ensure(): void;
  /** A query found damage the check has not reached yet: from now on every call is refused. */
  markDamaged(): void;
}

export function integrityGate(integrity: IntegrityCheck, options: IntegrityGateOptions = {}): IntegrityGate {
  let told = false;
  let foundByRead = false;
  const tell = () => {
    if (told) return;
    told = true;
    options.onDamaged?.(integrity.message ?? DAMAGED.message);
  };

  function ensure(): void {
    if (integrity.ensure() === 'damaged') tell();
  }

  if (integrity.status === 'unchecked') {
    const timer = setTimeout(() => {
      try {
        ensure();
      } catch (error) {
        options.onError?.(error); // stays unchecked: the next write runs the check again
      }
    }, options.checkAfterMs ?? CHECK_AFTER_MS);
    timer.unref?.();
  }

  return {
    refusal(writes) {
      if (writes && integrity.status === 'unchecked') {
        try {
          ensure();
        } catch (error) {
          options.onError?.(error);
        }
        if (integrity.status === 'unchecked') return NOT_CHECKED;
      }
      return integrity.status === 'damaged' || foundByRead ? DAMAGED : null;
    },
    ensure,
    markDamaged() {
      foundByRead = true;
      tell();
    },
  };
}
