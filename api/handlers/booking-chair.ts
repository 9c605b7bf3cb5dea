// Is the chair free? Run by sessions.book and sessions.reschedule INSIDE the save's transaction (the
// dispatcher's IMMEDIATE one holds the write lock), so of two desks booking one slot at once the
// second reads the first's booking and is told who took it.
import { checkHours, clockOf, endOf, firstClash, type HoursCheck, type Occupant } from '../../core/appointments';
import { formatTime } from '../../core/format-date';
import { blockedOf, hoursOf, occupiedOf } from '../../db/queries/book';
import { roomOccupiedOf, roomOf } from '../../db/queries/rooms';
import { preparedOnce } from '../../db/prepared';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { fail } from '../result';
import { readSettings } from './settings';
import { msg, type Text } from '../contract/words';

const practitionerRow = preparedOnce('SELECT id, name, role, active FROM staff WHERE id = ?');

export interface ChairRequest {
  practitionerId: number | null;
  /** The room or chair: an overlap in it is refused too, whoever the practitioner. */
  roomId?: number | null;
  startsAt: string;
  lengthMinutes: number;
  /** The session being moved: it does not clash with itself. */
  movingSessionId?: number;
  outsideHoursReason?: string | null | undefined;
}

function clashSentence(name: string, clash: Occupant, locale: string): Text {
  const span = { from: formatTime(clash.startsAt, locale), to: formatTime(clash.endsAt, locale) };
  if (clash.kind === 'booking') return msg('refusals.booking.hasClient', { name, client: clash.clientName, ...span });
  return msg('refusals.booking.notAvailable', { name, reason: clash.reason, ...span });
}

/** The refusal of a booking outside the hours, asking for a reason as the booking window does. */
function hoursSentence(name: string, check: Extract<HoursCheck, { inside: false }>, weekday: number): Text {
  const day = String(weekday);
  if (check.why === 'day_off' || !check.day) return msg('refusals.booking.dayOff', { name, weekday: day });
  return msg('refusals.booking.outsideHours', { name, opens: check.day.opens, closes: check.day.closes, weekday: day });
}

const bookingsAsOccupants = (rows: ReturnType<typeof occupiedOf>, movingSessionId: number | undefined): Occupant[] =>
  rows
    .filter((s) => s.id !== movingSessionId)
    .map((s) => ({
      kind: 'booking' as const,
      id: s.id,
      startsAt: s.startsAt,
      endsAt: endOf(s.startsAt, s.lengthMinutes),
      clientName: s.clientName,
    }));

/** Refuses an unknown or inactive room, or one another booking holds over the span, beside the room. */
function checkRoom(ctx: HandlerContext, roomId: number, span: { startsAt: string; endsAt: string }, movingSessionId?: number): void {
  const room = roomOf(ctx.sqlite, roomId);
  if (!room) throw fail.field('roomId', msg('refusals.booking.chooseRoom'));
  if (!room.active) throw fail.field('roomId', msg('refusals.booking.roomOutOfUse', { room: room.name }));
  const clash = firstClash(span, bookingsAsOccupants(roomOccupiedOf(ctx.sqlite, roomId, span.startsAt, span.endsAt), movingSessionId));
  if (clash?.kind !== 'booking') return;
  const locale = readSettings(ctx).locale;
  const times = { from: formatTime(clash.startsAt, locale), to: formatTime(clash.endsAt, locale) };
  throw fail.field('roomId', msg('refusals.booking.roomTaken', { room: room.name, client: clash.clientName, ...times }));
}

/**
 * Refuses a booking for an inactive practitioner, one that overlaps another booking or blocked time
 * of theirs, one in a room that is out of use or taken then, or one outside their hours without a
 * reason. Returns the hours reason to record.
 */
export function checkChair(ctx: HandlerContext, request: ChairRequest): { outsideHoursReason: string | null } {
  const span = { startsAt: request.startsAt, endsAt: endOf(request.startsAt, request.lengthMinutes) };
  if (request.practitionerId === null) {
    if (request.roomId != null) checkRoom(ctx, request.roomId, span, request.movingSessionId);
    return { outsideHoursReason: null };
  }
  const who = practitionerRow(ctx.sqlite).get(request.practitionerId) as
    { id: number; name: string; role: string; active: number } | undefined;
  if (!who) throw fail.field('practitionerId', msg('refusals.booking.choosePractitioner'));
  if (!who.active) throw fail.field('practitionerId', msg('refusals.booking.noLongerWorks', { name: who.name }));
  if (who.role === 'reception') throw fail.field('practitionerId', msg('refusals.booking.isReception', { name: who.name }));

  const occupants: Occupant[] = [
    ...bookingsAsOccupants(occupiedOf(ctx.sqlite, who.id, span.startsAt, span.endsAt), request.movingSessionId),
    ...blockedOf(ctx.sqlite, who.id, span.startsAt, span.endsAt).map((b) => ({ kind: 'blocked' as const, ...b })),
  ];
  const clash = firstClash(span, occupants);
  if (clash) throw fail.field('bookedFor', clashSentence(who.name, clash, readSettings(ctx).locale));
  // The practitioner is free; the room must be too (the same transaction, so two desks cannot both have it).
  if (request.roomId != null) checkRoom(ctx, request.roomId, span, request.movingSessionId);

  const hours = hoursOf(ctx.sqlite, who.id);
  const check = checkHours(span, hours ? hours.week : null);
  if (check.inside) return { outsideHoursReason: null };
  if (request.outsideHoursReason) return { outsideHoursReason: request.outsideHoursReason };
  throw fail.field('outsideHoursReason', hoursSentence(who.name, check, clockOf(span.startsAt).weekday));
}

/** The audit entry of a booking made outside the practitioner's hours. */
export function auditHoursOverride(ctx: HandlerContext, sessionId: number, reason: string | null): void {
  if (reason) writeAudit(ctx, { entity: 'session', entityId: sessionId, action: 'override:hours', reason });
}
