// The book's bookings and blocked time as the grid's events, and the days it shows. Pure: no calendar
// library here, so it is tested under Node.
import type { BlockedTimeRecord, BookBooking } from '../../../../api/contract/book';
import type { WorkingDay } from '../../../../core/appointments';
import { t } from '../../i18n';

/** A Date's calendar day on this machine's clock (the clinic's), 'YYYY-MM-DD'. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A booking or blocked time as the grid's event; `resourceId` is its column: the practitioner's, or the room's. */
export type BookEvent =
  | {
      kind: 'booking';
      key: string;
      title: string;
      start: Date;
      end: Date;
      resourceId: number;
      booking: BookBooking;
      /** Per room: who the booking is with ("with Ana Ruiz"), as the column no longer says; else null. */
      withWhom: string | null;
    }
  | { kind: 'blocked'; key: string; title: string; start: Date; end: Date; resourceId: number; blocked: BlockedTimeRecord };

/** The column of bookings no practitioner has been given yet. */
export const UNASSIGNED = 0;
/** The column of bookings with no room yet, when the book has a column per room. */
export const NO_ROOM = 0;

/** The book's columns: one per practitioner, or one per room (the clinic's setting). */
export type ColumnMode = 'practitioner' | 'room';

export function sessionLabel(b: Pick<BookBooking, 'kind' | 'number' | 'quotedSessions'>): string {
  if (b.kind === 'touch_up') return t('bookGrid.session.touchUp');
  return b.quotedSessions
    ? t('bookGrid.session.numberOf', { number: b.number, quoted: b.quotedSessions })
    : t('bookGrid.session.number', { number: b.number });
}

/** Who a booking in a room's column is with: nobody yet (null), a former practitioner (undefined), or by name. */
function withWhomWords(name: string | null | undefined): string {
  if (name === null) return t('bookGrid.with.nobody');
  return name === undefined ? t('bookGrid.with.former') : t('bookGrid.with.name', { name });
}

/**
 * Per room, a booking sits in its room's column and says who it is with (`names`: the
 * practitioners'), and blocked time (a practitioner's, not a room's) has no column: a booking over
 * it is still refused, naming it.
 */
export function toEvents(
  bookings: readonly BookBooking[],
  blocked: readonly BlockedTimeRecord[],
  mode: ColumnMode = 'practitioner',
  names: ReadonlyMap<number, string> = new Map(),
): BookEvent[] {
  const byRoom = mode === 'room';
  const withWhom = (b: BookBooking) =>
    byRoom ? withWhomWords(b.practitionerId === null ? null : (names.get(b.practitionerId) ?? undefined)) : null;
  return [
    ...bookings.map((b): BookEvent => ({
      kind: 'booking',
      key: `s${b.sessionId}`,
      title: byRoom ? `${b.clientName}, ${sessionLabel(b)}, ${withWhom(b)}` : `${b.clientName}, ${sessionLabel(b)}`,
      withWhom: withWhom(b),
      start: new Date(b.startsAt),
      end: new Date(b.endsAt),
      resourceId: byRoom ? (b.roomId ?? NO_ROOM) : (b.practitionerId ?? UNASSIGNED),
      booking: b,
    })),
    ...(byRoom ? [] : blocked).map((x): BookEvent => ({
      kind: 'blocked',
      key: `b${x.id}`,
      title: t('bookGrid.blocked', { reason: x.reason }),
      start: new Date(x.startsAt),
      end: new Date(x.endsAt),
      resourceId: x.staffId,
      blocked: x,
    })),
  ];
}

export type BookView = 'day' | 'week' | 'month';

/** The book shows at most this many days at once (book.range's limit): six weeks, a month's grid. */
export const MONTH_GRID_DAYS = 42;

/**
 * The days shown: a day; Monday to Sunday around `date`; or the month's six-week grid from the
 * Monday on or before its first. `to` is the midnight after the last day.
 */
export function visibleRange(date: Date, view: BookView): { from: Date; to: Date } {
  const from = new Date(date.getFullYear(), date.getMonth(), view === 'month' ? 1 : date.getDate());
  if (view !== 'day') from.setDate(from.getDate() - ((from.getDay() + 6) % 7));
  const to = new Date(from);
  to.setDate(to.getDate() + (view === 'week' ? 7 : view === 'month' ? MONTH_GRID_DAYS : 1));
  return { from, to };
}

export interface DayFullness {
  bookings: number;
  bookedMinutes: number;
  /** The practitioners' open minutes that day; 8 hours each whose hours were never set. */
  openMinutes: number;
  /** Booked ÷ open, 0–1 (more than full shows as 1); null when nobody works that day. */
  share: number | null;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const UNSET_DAY_MINUTES = 8 * 60;

/** How full one day is: its bookings (those that took or take the chair) against the practitioners' hours. */
export function dayFullness(
  day: string,
  bookings: readonly Pick<BookBooking, 'startsAt' | 'lengthMinutes' | 'status'>[],
  practitioners: readonly { active: boolean; week: readonly WorkingDay[] | null }[],
): DayFullness {
  const weekday = ((new Date(`${day}T12:00:00`).getDay() + 6) % 7) + 1;
  const openMinutes = practitioners
    .filter((p) => p.active)
    .reduce((sum, p) => {
      if (p.week === null) return sum + UNSET_DAY_MINUTES;
      const d = p.week.find((w) => w.weekday === weekday);
      return sum + (d ? minutesOf(d.closes) - minutesOf(d.opens) : 0);
    }, 0);
  const onDay = bookings.filter((b) => b.status !== 'cancelled' && localDay(new Date(b.startsAt)) === day);
  const bookedMinutes = onDay.reduce((sum, b) => sum + b.lengthMinutes, 0);
  return {
    bookings: onDay.length,
    bookedMinutes,
    openMinutes,
    share: openMinutes > 0 ? Math.min(1, bookedMinutes / openMinutes) : null,
  };
}

/** Is `day` inside the booking window [earliest, latest]? (latest null: open-ended) */
export function insideWindow(day: string, window: { earliest: string; latest: string | null } | null): boolean {
  return window !== null && day >= window.earliest && (window.latest === null || day <= window.latest);
}

/**
 * A practitioner's closed times as a test made once: weekday (1–7) → [opens, closes) in minutes. The
 * grid asks it for every slot of every column, thousands in a week. null: hours never set, never closed.
 */
export function closedTimes(week: readonly WorkingDay[] | null): ((d: Date) => boolean) | null {
  if (week === null) return null;
  const open = new Map(week.map((w) => [w.weekday, [minutesOf(w.opens), minutesOf(w.closes)] as const]));
  return (d) => {
    const day = open.get(((d.getDay() + 6) % 7) + 1);
    const m = d.getHours() * 60 + d.getMinutes();
    return !day || m < day[0] || m >= day[1];
  };
}

/** Is the slot starting at `d` outside the practitioner's hours? (null: hours never set, never closed) */
export function isClosed(d: Date, week: readonly WorkingDay[] | null): boolean {
  return closedTimes(week)?.(d) ?? false;
}
