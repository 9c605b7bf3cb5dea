// When a session's date cannot be right: charted in the future, charted before the session it
// follows, or booked for a time already gone. Instants are compared, not calendar days: a session
// charted at 10:00 for 09:00 today is fine, one booked for 09:00 at 10:00 is in the past. The API and
// the forms say the same words, from here.
import { formatDateTime } from './format-date';

/** Clocks on a clinic's computers differ by a few minutes; charting "now" on a fast one is not the future. */
export const CLOCK_SLACK_MS = 5 * 60_000;

/** True when a session said to be performed at `performedAt` has not happened yet. */
export function isInFuture(performedAt: string, now: Date): boolean {
  return Date.parse(performedAt) > now.getTime() + CLOCK_SLACK_MS;
}

/** True when a booking for `bookedFor` is for a time already past. */
export function isInPast(bookedFor: string, now: Date): boolean {
  return Date.parse(bookedFor) < now.getTime() - CLOCK_SLACK_MS;
}

/** True when this session is dated before the client's previous one (an order that needs confirming). */
export function isBeforePrevious(performedAt: string, previousPerformedAt: string | null): boolean {
  return previousPerformedAt !== null && Date.parse(performedAt) < Date.parse(previousPerformedAt);
}

export function futureSessionMessage(performedAt: string, locale: string): string {
  return `${formatDateTime(performedAt, locale)} has not come yet. Chart a session once it is done, with when it was performed.`;
}

export function beforePreviousMessage(previousNumber: number, previousPerformedAt: string, locale: string): string {
  return `Session ${previousNumber} was performed on ${formatDateTime(previousPerformedAt, locale)}, after this date. Check the date, or confirm that this session is dated before it.`;
}

export function pastBookingMessage(bookedFor: string, locale: string): string {
  return `${formatDateTime(bookedFor, locale)} is in the past. Choose a later time, or confirm that the booking is for then.`;
}
