// The book's bookings and blocked time as the grid's events, and the days it shows. Pure: no calendar
// library here, so it is tested under Node.
import type { BlockedTimeRecord, BookBooking } from '../../../../api/contract/book';
import type { WorkingDay } from '../../../../core/appointments';

/** A Date's calendar day on this machine's clock (the clinic's), 'YYYY-MM-DD'. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A booking or blocked time as the grid's event; `resourceId` is the practitioner's column. */
export type BookEvent =
  | { kind: 'booking'; key: string; title: string; start: Date; end: Date; resourceId: number; booking: BookBooking }
  | { kind: 'blocked'; key: string; title: string; start: Date; end: Date; resourceId: number; blocked: BlockedTimeRecord };

/** The column of bookings no practitioner has been given yet. */
export const UNASSIGNED = 0;

export function sessionLabel(b: Pick<BookBooking, 'kind' | 'number' | 'quotedSessions'>): string {
  if (b.kind === 'touch_up') return 'touch-up';
  return b.quotedSessions ? `session ${b.number} of ${b.quotedSessions}` : `session ${b.number}`;
}

export function toEvents(bookings: readonly BookBooking[], blocked: readonly BlockedTimeRecord[]): BookEvent[] {
  return [
    ...bookings.map((b): BookEvent => ({
      kind: 'booking',
      key: `s${b.sessionId}`,
      title: `${b.clientName}, ${sessionLabel(b)}`,
      start: new Date(b.startsAt),
      end: new Date(b.endsAt),
      resourceId: b.practitionerId ?? UNASSIGNED,
      booking: b,
    })),
    ...blocked.map((x): BookEvent => ({
      kind: 'blocked',
      key: `b${x.id}`,
      title: `Blocked: ${x.reason}`,
      start: new Date(x.startsAt),
      end: new Date(x.endsAt),
      resourceId: x.staffId,
      blocked: x,
    })),
  ];
}

/** The days shown: a day, or Monday to Sunday around `date`; `to` is the midnight after the last. */
export function visibleRange(date: Date, view: 'day' | 'week'): { from: Date; to: Date } {
  const from = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  if (view === 'week') from.setDate(from.getDate() - ((from.getDay() + 6) % 7));
  const to = new Date(from);
  to.setDate(to.getDate() + (view === 'week' ? 7 : 1));
  return { from, to };
}

/** Is `day` inside the booking window [earliest, latest]? (latest null: open-ended) */
export function insideWindow(day: string, window: { earliest: string; latest: string | null } | null): boolean {
  return window !== null && day >= window.earliest && (window.latest === null || day <= window.latest);
}

/** Is the slot starting at `d` outside the practitioner's hours? (null: hours never set, never closed) */
export function isClosed(d: Date, week: readonly WorkingDay[] | null): boolean {
  if (week === null) return false;
  const day = week.find((w) => w.weekday === ((d.getDay() + 6) % 7) + 1);
  if (!day) return true;
  const hhmm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return hhmm < day.opens || hhmm >= day.closes;
}
