import { addYears, type IsoDate } from './dates';

/** The columns the client list sorts by. */
export const CLIENT_LIST_SORTS = ['name', 'progress', 'lastSession', 'nextDue', 'deposit'] as const;
export type ClientListSort = (typeof CLIENT_LIST_SORTS)[number];

/**
 * A client has lapsed when the touch-up recall after their last session (the clinic's recall
 * years) passed more than a year ago with nothing booked: the list then says "lapsed" rather
 * than a "next session due" date from long ago. Clients whose last session was before the day
 * this returns have lapsed.
 */
export function lapsedIfLastBefore(today: IsoDate, touchUpRecallYears: number): IsoDate {
  return addYears(today, -(touchUpRecallYears + 1));
}

export function isLapsed(lastSessionDate: IsoDate | null, booked: boolean, today: IsoDate, touchUpRecallYears: number): boolean {
  return !booked && lastSessionDate !== null && lastSessionDate < lapsedIfLastBefore(today, touchUpRecallYears);
}
