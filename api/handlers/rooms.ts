// The clinic's rooms: added, renamed, taken out of use or brought back, and reordered by the owner,
// each audited in the dispatcher's transaction. Never deleted: sessions keep the room they had.
import { eq, sql } from 'drizzle-orm';
import { lastRoomOrder, roomNamed, roomOf, roomsOf, type RoomRow } from '../../db/queries/rooms';
import { rooms } from '../../db/schema';
import { writeAudit } from '../audit';
import type { RoomRecord } from '../contract/rooms';
import type { HandlerContext } from '../context';
import { fail } from '../result';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

const toRecord = (row: RoomRow): RoomRecord => ({ ...row });
/** What the trail holds of a room: its audited columns (db/audited-tables.ts). */
const imageOf = (r: RoomRecord) => ({ id: r.id, name: r.name, active: r.active, displayOrder: r.displayOrder });

function mustBeRoom(ctx: HandlerContext, id: number): RoomRecord {
  return toRecord(mustExist(roomOf(ctx.sqlite, id), msg('refusals.record.thatRoom')));
}

function checkNameFree(ctx: HandlerContext, name: string, self?: number): void {
  const taken = roomNamed(ctx.sqlite, name);
  if (taken !== undefined && taken !== self) throw fail.field('name', msg('refusals.rooms.nameTaken', { name }));
}

function setOrder(ctx: HandlerContext, id: number, displayOrder: number, at: string): void {
  ctx.db
    .update(rooms)
    .set({ displayOrder, updatedAt: at, version: sql`${rooms.version} + 1` })
    .where(eq(rooms.id, id))
    .run();
}

export const roomHandlers: HandlerMap<'rooms.list' | 'rooms.add' | 'rooms.update' | 'rooms.move'> = {
  'rooms.list'(ctx) {
    return roomsOf(ctx.sqlite).map(toRecord);
  },

  'rooms.add'(ctx, { name }) {
    checkNameFree(ctx, name);
    const at = ctx.now().toISOString();
    const { id } = ctx.db
      .insert(rooms)
      .values({ name, displayOrder: lastRoomOrder(ctx.sqlite) + 1, createdAt: at, updatedAt: at })
      .returning({ id: rooms.id })
      .get();
    const after = mustBeRoom(ctx, id);
    writeAudit(ctx, { entity: 'room', entityId: id, action: 'create', after: imageOf(after) });
    return after;
  },

  'rooms.update'(ctx, { id, expectedVersion, name, active }) {
    const before = mustBeRoom(ctx, id);
    checkVersion(msg('refusals.record.thisRoom'), before, expectedVersion);
    if (name !== undefined) checkNameFree(ctx, name, id);
    ctx.db
      .update(rooms)
      .set({
        name: name ?? before.name,
        active: active ?? before.active,
        updatedAt: ctx.now().toISOString(),
        version: sql`${rooms.version} + 1`,
      })
      .where(eq(rooms.id, id))
      .run();
    const after = mustBeRoom(ctx, id);
    const action = before.active && !after.active ? 'retire' : !before.active && after.active ? 'reactivate' : 'update';
    writeAudit(ctx, { entity: 'room', entityId: id, action, before: imageOf(before), after: imageOf(after) });
    return after;
  },

  'rooms.move'(ctx, { id, expectedVersion, direction }) {
    const all = roomsOf(ctx.sqlite).map(toRecord);
    const index = all.findIndex((r) => r.id === id);
    if (index < 0) throw fail.notFound(msg('refusals.record.thatRoom'));
    const room = all[index]!;
    checkVersion(msg('refusals.record.thisRoom'), room, expectedVersion);
    const other = all[direction === 'earlier' ? index - 1 : index + 1];
    if (!other)
      throw fail.field(
        'direction',
        msg('refusals.rooms.alreadyAtEnd', { name: room.name, end: direction === 'earlier' ? 'first' : 'last' }),
      );
    const at = ctx.now().toISOString();
    // Swapped places; equal orders (never made here) are parted so the swap shows.
    const [mine, theirs] =
      room.displayOrder === other.displayOrder
        ? [other.displayOrder + (direction === 'earlier' ? -1 : 1), room.displayOrder]
        : [other.displayOrder, room.displayOrder];
    setOrder(ctx, room.id, mine, at);
    setOrder(ctx, other.id, theirs, at);
    for (const r of [room, other]) {
      const after = mustBeRoom(ctx, r.id);
      writeAudit(ctx, {
        entity: 'room',
        entityId: r.id,
        action: 'reorder',
        before: { displayOrder: r.displayOrder },
        after: { displayOrder: after.displayOrder },
      });
    }
    return roomsOf(ctx.sqlite).map(toRecord);
  },
};
