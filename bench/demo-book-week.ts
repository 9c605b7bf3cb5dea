// A full, realistic week in the demo clinic's book for the browser bench: six practitioner columns,
// each working Monday to Saturday 08:00–20:00 with three or four sessions a day and a lunch break,
// nothing overlapping. The generated demo books its next sessions without the clash rule (hundreds a
// day, deep in each column), which no clinic's book looks like. Booked through the API, so the clash
// check itself proves the week has no overlaps. Idempotent: a week already filled is left as it is.
import type Database from 'better-sqlite3';
import type { ApiClient } from '../api/dispatch';

/** The week filled: six weeks after the demo's today (2026-11-20), past every generated booking (≤ 35 days). */
export const FULL_WEEK_MONDAY = '2027-01-04';
export const FULL_WEEK_COLUMNS = 6;

/** A day's plan, minutes from midnight: sessions [start, length] and the lunch break. */
const DAY_PLANS: { sessions: [number, number][]; lunch: [number, number] }[] = [
  {
    sessions: [
      [8 * 60, 240],
      [12 * 60 + 30, 180],
      [15 * 60 + 30, 240],
    ],
    lunch: [12 * 60, 30],
  },
  {
    sessions: [
      [8 * 60, 180],
      [11 * 60, 120],
      [13 * 60 + 30, 180],
      [16 * 60 + 30, 180],
    ],
    lunch: [13 * 60, 30],
  },
  {
    sessions: [
      [8 * 60 + 30, 120],
      [10 * 60 + 30, 240],
      [15 * 60, 240],
    ],
    lunch: [14 * 60 + 30, 30],
  },
];

async function call<T>(api: ApiClient, channel: string, input: unknown): Promise<T> {
  const r = await api.call(channel, input);
  if (!r.ok) throw new Error(`Filling the bench's week: ${channel}: ${r.error.message}`);
  return r.data as T;
}

/**
 * Fills the week from `FULL_WEEK_MONDAY` (times in UTC, which is London's clock in January). `api`
 * must be signed in as the owner. Returns the number of bookings and blocked times in the week.
 */
export async function fillDemoBookWeek(api: ApiClient, sqlite: Database.Database): Promise<{ bookings: number; blocked: number }> {
  const monday = new Date(`${FULL_WEEK_MONDAY}T00:00:00.000Z`);
  const sunday = new Date(monday.getTime() + 7 * 86_400_000);
  const range = () =>
    call<{ bookings: unknown[]; blocked: unknown[] }>(api, 'book.range', { from: monday.toISOString(), to: sunday.toISOString() });
  const before = await range();
  if (before.bookings.length > 0) return { bookings: before.bookings.length, blocked: before.blocked.length };

  const practitioners = () =>
    sqlite.prepare("SELECT id FROM staff WHERE active = 1 AND role IN ('practitioner', 'owner') ORDER BY id").pluck().all() as number[];
  for (let n = practitioners().length; n < FULL_WEEK_COLUMNS; n++) {
    await call(api, 'staff.create', { name: `Demo Practitioner ${n + 1}`, role: 'practitioner' });
  }
  const columns = practitioners().slice(0, FULL_WEEK_COLUMNS);
  const week = [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' }));
  for (const staffId of columns) {
    const version = sqlite.prepare('SELECT version FROM practitioner_hours WHERE staff_id = ?').pluck().get(staffId) as number | undefined;
    await call(api, 'book.setHours', { staffId, expectedVersion: version ?? null, week });
  }

  // Clients with nothing booked and no open course: each booking is their next visit, asked for by name.
  const needed = 6 * columns.length * 4;
  const clients = sqlite
    .prepare(
      `SELECT c.id FROM clients c
       WHERE c.archived_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM treatment_plans p WHERE p.client_id = c.id AND p.status IN ('quoted', 'active'))
         AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.client_id = c.id AND s.status = 'booked')
       ORDER BY c.id LIMIT ?`,
    )
    .pluck()
    .all(needed) as number[];
  let next = 0;
  for (let day = 0; day < 6; day++) {
    for (const [i, staffId] of columns.entries()) {
      const plan = DAY_PLANS[(i + day) % DAY_PLANS.length]!;
      const at = (minutes: number) => new Date(monday.getTime() + day * 86_400_000 + minutes * 60_000).toISOString();
      for (const [start, lengthMinutes] of plan.sessions) {
        const clientId = clients[next++];
        if (clientId === undefined) throw new Error('Filling the bench’s week: the demo clinic has too few clients free to book.');
        await call(api, 'sessions.book', {
          clientId,
          bookedFor: at(start),
          lengthMinutes,
          practitionerId: staffId,
          outsideWindowReason: 'Demo week for the browser bench',
          confirmInPast: true, // the bench may run after the week
        });
      }
      const [lunch, length] = plan.lunch;
      await call(api, 'book.block', { staffId, startsAt: at(lunch), endsAt: at(lunch + length), reason: 'Lunch' });
    }
  }
  const after = await range();
  return { bookings: after.bookings.length, blocked: after.blocked.length };
}
