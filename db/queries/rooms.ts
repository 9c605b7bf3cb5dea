// The clinic's rooms: the list in the book's order, one room, and what a room's clash check reads
// (its bookings over a span, on the (room_id, booked_for) index).
import type Database from 'better-sqlite3';
import { LONGEST_MINUTES } from '../../core/appointments';
import { perConnection } from '../prepared';

export interface RoomRow {
  id: number;
  name: string;
  active: boolean;
  displayOrder: number;
  version: number;
}

const ROOM_COLUMNS = 'id, name, active, display_order AS displayOrder, version';

/** Booked or performed sessions in one room over a span, with the client and practitioner named. */
export const ROOM_OCCUPIED_SQL = `
SELECT s.id, s.booked_for AS startsAt, s.length_minutes AS lengthMinutes, c.first_name || ' ' || c.last_name AS clientName
FROM sessions s JOIN clients c ON c.id = s.client_id
WHERE s.room_id = @roomId AND s.booked_for >= @from AND s.booked_for < @to AND s.status IN ('booked', 'performed')`;

const statements = perConnection((sqlite: Database.Database) => ({
  all: sqlite.prepare(`SELECT ${ROOM_COLUMNS} FROM rooms ORDER BY display_order, id`),
  one: sqlite.prepare(`SELECT ${ROOM_COLUMNS} FROM rooms WHERE id = ?`),
  named: sqlite.prepare('SELECT id FROM rooms WHERE name = ? COLLATE NOCASE').pluck(),
  lastOrder: sqlite.prepare('SELECT COALESCE(MAX(display_order), 0) FROM rooms').pluck(),
  occupied: sqlite.prepare(ROOM_OCCUPIED_SQL),
}));

const decode = (row: Omit<RoomRow, 'active'> & { active: number }): RoomRow => ({ ...row, active: row.active === 1 });

export function roomsOf(sqlite: Database.Database): RoomRow[] {
  return (statements(sqlite).all.all() as (Omit<RoomRow, 'active'> & { active: number })[]).map(decode);
}

export function roomOf(sqlite: Database.Database, id: number): RoomRow | undefined {
  const row = statements(sqlite).one.get(id) as (Omit<RoomRow, 'active'> & { active: number }) | undefined;
  return row && decode(row);
}

/** The room of that name (any case), if there is one. */
export function roomNamed(sqlite: Database.Database, name: string): number | undefined {
  return statements(sqlite).named.get(name) as number | undefined;
}

export function lastRoomOrder(sqlite: Database.Database): number {
  return statements(sqlite).lastOrder.get() as number;
}

/** A room's bookings that may overlap [from, to): those begun up to the longest booking earlier too. */
export function roomOccupiedOf(
  sqlite: Database.Database,
  roomId: number,
  from: string,
  to: string,
): { id: number; startsAt: string; lengthMinutes: number; clientName: string }[] {
  const lookBack = new Date(Date.parse(from) - LONGEST_MINUTES * 60_000).toISOString();
  return statements(sqlite).occupied.all({ roomId, from: lookBack, to }) as {
    id: number;
    startsAt: string;
    lengthMinutes: number;
    clientName: string;
  }[];
}
