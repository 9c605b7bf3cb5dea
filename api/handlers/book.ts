// The appointment book: the grid's read, and the owner's opening hours and blocked time. Every
// change is audited in its own transaction (the dispatcher's).
import { endOf } from '../../core/appointments';
import { blockedOf, bookingsOf, hoursOf, type BlockedRow } from '../../db/queries/book';
import { preparedOnce } from '../../db/prepared';
import { roomsOf } from '../../db/queries/rooms';
import { writeAudit } from '../audit';
import type { BlockedTimeRecord, BookBooking, HoursRecord } from '../contract/book';
import type { HandlerContext } from '../context';
import { fail } from '../result';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

const practitioners = preparedOnce("SELECT id, name, active FROM staff WHERE role <> 'reception' ORDER BY active DESC, name, id");
const insertHours = preparedOnce(
  'INSERT INTO practitioner_hours (staff_id, week, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id',
  { pluck: true },
);
const updateHours = preparedOnce('UPDATE practitioner_hours SET week = ?, updated_at = ?, version = version + 1 WHERE id = ?');
const insertBlock = preparedOnce(
  `INSERT INTO blocked_times (staff_id, starts_at, ends_at, reason, created_by, created_at, updated_at)
   VALUES (@staffId, @startsAt, @endsAt, @reason, @createdBy, @at, @at) RETURNING id, created_at AS createdAt`,
);
const removeBlock = preparedOnce('UPDATE blocked_times SET removed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?');
const blockById = preparedOnce(
  `SELECT id, version, staff_id AS staffId, starts_at AS startsAt, ends_at AS endsAt, reason, removed_at AS removedAt
   FROM blocked_times WHERE id = ?`,
);

function practitioner(ctx: HandlerContext, staffId: number): { id: number; name: string; active: number } {
  const row = (practitioners(ctx.sqlite).all() as { id: number; name: string; active: number }[]).find((p) => p.id === staffId);
  if (!row) throw fail.field('staffId', msg('refusals.booking.choosePractitioner'));
  return row;
}

function hoursRecord(ctx: HandlerContext, staffId: number): HoursRecord {
  const row = hoursOf(ctx.sqlite, staffId);
  return { staffId, week: row ? row.week : null, version: row ? row.version : null };
}

const toBlocked = (row: BlockedRow): BlockedTimeRecord => ({ ...row });

function toBooking(row: ReturnType<typeof bookingsOf>[number]): BookBooking {
  return {
    ...row,
    endsAt: endOf(row.startsAt, row.lengthMinutes),
    badges: {
      depositOutstanding: row.depositOutstanding === 1,
      intakeIncomplete: row.intakeIncomplete === 1,
      contraindicationActive: row.contraindicationActive === 1,
      firstVisit: row.firstVisit === 1,
    },
  };
}

export const bookHandlers: HandlerMap<'book.range' | 'book.setHours' | 'book.block' | 'book.unblock'> = {
  'book.range'(ctx, { from, to, practitionerIds }) {
    const all = practitioners(ctx.sqlite).all() as { id: number; name: string; active: number }[];
    const wanted = practitionerIds.length ? all.filter((p) => practitionerIds.includes(p.id)) : all;
    const bookings: BookBooking[] = [];
    const blocked: BlockedTimeRecord[] = [];
    // Bookings with no practitioner yet have a column of their own when everyone is shown.
    const columns: (number | null)[] = [...wanted.map((p) => p.id), ...(practitionerIds.length ? [] : [null])];
    for (const staffId of columns) {
      for (const row of bookingsOf(ctx.sqlite, staffId, from, to)) {
        const booking = toBooking(row);
        if (Date.parse(booking.endsAt) > Date.parse(from)) bookings.push(booking);
      }
      if (staffId !== null) blocked.push(...blockedOf(ctx.sqlite, staffId, from, to).map(toBlocked));
    }
    return {
      practitioners: wanted.map((p) => ({ ...hoursRecord(ctx, p.id), name: p.name, active: p.active === 1 })),
      rooms: roomsOf(ctx.sqlite),
      bookings,
      blocked,
    };
  },

  'book.setHours'(ctx, { staffId, expectedVersion, week }) {
    practitioner(ctx, staffId);
    const before = hoursOf(ctx.sqlite, staffId);
    const sorted = [...week].sort((a, b) => a.weekday - b.weekday);
    const at = ctx.now().toISOString();
    if (before) {
      // null says "never set": someone set them meanwhile.
      if (expectedVersion === null) throw fail.conflict(msg('refusals.record.theseOpeningHours'), hoursRecord(ctx, staffId));
      checkVersion(msg('refusals.record.theseOpeningHours'), { ...hoursRecord(ctx, staffId), version: before.version }, expectedVersion);
      updateHours(ctx.sqlite).run(JSON.stringify(sorted), at, before.id);
    } else {
      if (expectedVersion !== null) throw fail.conflict(msg('refusals.record.theseOpeningHours'), hoursRecord(ctx, staffId));
      const id = insertHours(ctx.sqlite).get(staffId, JSON.stringify(sorted), at, at) as number;
      writeAudit(ctx, { entity: 'practitioner_hours', entityId: id, action: 'create', after: { id, staffId, week: sorted } });
      return hoursRecord(ctx, staffId);
    }
    writeAudit(ctx, {
      entity: 'practitioner_hours',
      entityId: before.id,
      action: 'update',
      before: { week: before.week },
      after: { week: sorted },
    });
    return hoursRecord(ctx, staffId);
  },

  'book.block'(ctx, input) {
    const who = practitioner(ctx, input.staffId);
    if (!who.active) throw fail.field('staffId', msg('refusals.book.noLongerWorks', { name: who.name }));
    const startsAt = new Date(input.startsAt).toISOString();
    const endsAt = new Date(input.endsAt).toISOString();
    const at = ctx.now().toISOString();
    const { id, createdAt } = insertBlock(ctx.sqlite).get({
      staffId: input.staffId,
      startsAt,
      endsAt,
      reason: input.reason,
      createdBy: ctx.actorId,
      at,
    }) as { id: number; createdAt: string };
    const record = toBlocked(mustExist(blockById(ctx.sqlite).get(id) as BlockedRow | undefined, msg('refusals.record.theBlockedTime')));
    writeAudit(ctx, {
      entity: 'blocked_time',
      entityId: id,
      action: 'create',
      after: { ...record, createdBy: ctx.actorId, createdAt },
      reason: input.reason,
    });
    return record;
  },

  'book.unblock'(ctx, { id, expectedVersion, reason }) {
    const before = toBlocked(mustExist(blockById(ctx.sqlite).get(id) as BlockedRow | undefined, msg('refusals.record.theBlockedTime')));
    checkVersion(msg('refusals.record.thisBlockedTime'), before, expectedVersion);
    if (before.removedAt) throw fail.field('id', msg('refusals.book.alreadyRemoved'));
    const at = ctx.now().toISOString();
    removeBlock(ctx.sqlite).run(at, at, id);
    const after = toBlocked(blockById(ctx.sqlite).get(id) as BlockedRow);
    writeAudit(ctx, { entity: 'blocked_time', entityId: id, action: 'remove', before, after: { removedAt: at }, reason });
    return after;
  },
};
