// The clinic's rules for pigment batches in stock.
import { addDays, type IsoDate } from './dates';

/** Settings warns of batches in stock that expire within this many days. */
export const EXPIRY_WARNING_DAYS = 60;
/** A shade with this many bottles or fewer left (over all its batches) is running out. */
export const RUNNING_OUT_BOTTLES = 1;

/**
 * A batch may be used up to and including the day printed as its expiry, and not after: the
 * clinic's rule for a batch expiring on the session day (pinned in api/handlers/batches.test.ts).
 */
export function usableOn(expiresOn: IsoDate, day: IsoDate): boolean {
  return expiresOn >= day;
}

/** The last expiry date that Settings warns about on `today`. */
export function warnUntil(today: IsoDate): IsoDate {
  return addDays(today, EXPIRY_WARNING_DAYS);
}
