// When the chart database cannot be opened (in the API process) or is found damaged, the clinic
// gets one plain sentence saying why and what to do, never a stack trace; the file is left as it
// was (db/open guarantees it).
import { translate } from '../../core/i18n/translate';
import { DatabaseOpenError } from '../../db/errors';

export interface OpenChartDeps {
  /** dialog.showErrorBox: a plain native box that needs no window. */
  showError: (title: string, message: string) => void;
  /** Where to note the technical detail (the console in development). */
  log?: (error: unknown) => void;
}

export const OPEN_FAILED_TITLE = 'Stipple cannot open its chart database';

/** The box's title in a locale (the system's at start: the clinic's language is in the database). */
export const openFailedTitle = (locale = 'en-GB') => translate(locale, 'startup.open.title');

export function plainOpenMessage(error: unknown, locale = 'en-GB'): string {
  // DatabaseOpenError messages are written for the clinic; anything else is unexpected, so say so
  // in words and keep only its first line (never a stack).
  if (error instanceof DatabaseOpenError) return error.in(locale);
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return first ? translate(locale, 'startup.open.unexpected', { detail: first }) : translate(locale, 'startup.open.unexpectedBare');
}

/**
 * The check deferred at open (db/open.ts) found the file damaged after the window was up: the same
 * plain box as a refused open. The caller then quits; nothing was written to the file.
 */
export function explainDamagedChart(deps: Pick<OpenChartDeps, 'showError' | 'log'>, message: string): void {
  deps.log?.(message);
  deps.showError(OPEN_FAILED_TITLE, message);
}
