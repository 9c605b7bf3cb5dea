// The appointment book's reads: one practitioner's bookings and blocked time over a span (the grid
// and the clash check share them), each a range of the (practitioner, start) indexes. Bookings that
// started up to LONGEST_MINUTES before the span are read too, as they may still run into it; blocked
// time (a handful of rows per practitioner) is read by where it ends.
import type Database from 'better-sqlite3';
import { LONGEST_MINUTES } from '../../core/appointments';
import { perConnection } from '../prepared';

/** Sessions that take the chair: booked, or performed at their booked time. */
const HOLDS_CHAIR = "s.status IN ('booked', 'performed')";

export const BOOKINGS_SQL = `
SELECT s.id AS sessionId, s.version, s.client_id AS clientId, c.first_name || ' ' || c.last_name AS clientName,
  s.practitioner_id AS practitionerId, s.room_id AS roomId, s.plan_id AS planId, s.kind, s.number, p.quoted_sessions AS quotedSessions,
  s.status, s.booked_for AS startsAt, s.length_minutes AS lengthMinutes,
  EXISTS (SELECT 1 FROM deposits d WHERE d.plan_id = s.plan_id AND d.session_number = s.number AND d.status = 'required')
    AS depositOutstanding,
  NOT EXISTS (SELECT 1 FROM intakes i WHERE i.client_id = s.client_id AND i.completed_at IS NOT NULL) AS intakeIncomplete,
  EXISTS (SELECT 1 FROM contraindications k WHERE k.client_id = s.client_id AND k.resolved_at IS NULL
    AND (k.tier = 'absolute' OR (k.tier = 'temporary' AND (k.until IS NULL OR k.until > substr(s.booked_for, 1, 10)))
      OR (k.tier = 'doctor_letter' AND k.doctor_letter_received_at IS NULL))) AS contraindicationActive,
  NOT EXISTS (SELECT 1 FROM sessions o WHERE o.client_id = s.client_id AND o.id <> s.id AND o.status = 'performed'
    AND COALESCE(o.performed_at, o.booked_for) < s.booked_for) AS firstVisit
FROM sessions s
JOIN clients c ON c.id = s.client_id
LEFT JOIN treatment_plans p ON p.id = s.plan_id
WHERE s.practitioner_id IS @practitionerId AND s.booked_for >= @from AND s.booked_for < @to AND ${HOLDS_CHAIR}
ORDER BY s.booked_for`;

export const BLOCKED_SQL = `
SELECT id, version, staff_id AS staffId, starts_at AS startsAt, ends_at AS endsAt, reason, removed_at AS removedAt
FROM blocked_times WHERE staff_id = @practitionerId AND starts_at < @to AND ends_at > @from AND removed_at IS NULL
ORDER BY starts_at`;

/** Only what the clash check needs: who is in the chair, and when. */
const OCCUPIED_SQL = `
SELECT s.id, s.booked_for AS startsAt, s.length_minutes AS lengthMinutes, c.first_name || ' ' || c.last_name AS clientName
FROM sessions s JOIN clients c ON c.id = s.client_id
WHERE s.practitioner_id = @practitionerId AND s.booked_for >= @from AND s.booked_for < @to AND ${HOLDS_CHAIR}`;

export interface BookingRow {
  sessionId: number;
  version: number;
  clientId: number;
  clientName: string;
  practitionerId: number | null;
  roomId: number | null;
  planId: number | null;
  kind: 'course' | 'touch_up';
  number: number;
  quotedSessions: number | null;
  status: 'booked' | 'performed' | 'cancelled' | 'no_show';
  startsAt: string;
  lengthMinutes: number;
  depositOutstanding: number;
  intakeIncomplete: number;
  contraindicationActive: number;
  firstVisit: number;
}

export interface BlockedRow {
  id: number;
  version: number;
  staffId: number;
  startsAt: string;
  endsAt: string;
  reason: string;
  removedAt: string | null;
}

const statements = perConnection((sqlite: Database.Database) => ({
  bookings: sqlite.prepare(BOOKINGS_SQL),
  blocked: sqlite.prepare(BLOCKED_SQL),
  occupied: sqlite.prepare(OCCUPIED_SQL),
  hours: sqlite.prepare('SELECT id, staff_id AS staffId, week, version FROM practitioner_hours WHERE staff_id = ?'),
}));

const lookBack = (from: string) => new Date(Date.parse(from) - LONGEST_MINUTES * 60_000).toISOString();

/** A span as the book reads it: [from - LONGEST, to), so a booking begun earlier is still seen. */
function span(practitionerId: number | null, from: string, to: string) {
  return { practitionerId, from: lookBack(from), to };
}

export function bookingsOf(sqlite: Database.Database, practitionerId: number | null, from: string, to: string): BookingRow[] {
  return statements(sqlite).bookings.all(span(practitionerId, from, to)) as BookingRow[];
}

export function blockedOf(sqlite: Database.Database, practitionerId: number, from: string, to: string): BlockedRow[] {
  // Blocked time may run for days (a holiday): read by its end, not by a look-back.
  return statements(sqlite).blocked.all({ practitionerId, from, to }) as BlockedRow[];
}

export function occupiedOf(
  sqlite: Database.Database,
  practitionerId: number,
  from: string,
  to: string,
): { id: number; startsAt: string; lengthMinutes: number; clientName: string }[] {
  return statements(sqlite).occupied.all(span(practitionerId, from, to)) as {
    id: number;
    startsAt: string;
    lengthMinutes: number;
    clientName: string;
  }[];
}

export interface HoursRow {
  id: number;
  staffId: number;
  week: { weekday: number; opens: string; closes: string }[];
  version: number;
}

export function hoursOf(sqlite: Database.Database, staffId: number): HoursRow | undefined {
  const row = statements(sqlite).hours.get(staffId) as (Omit<HoursRow, 'week'> & { week: string }) | undefined;
  return row && { ...row, week: JSON.parse(row.week) as HoursRow['week'] };
}
