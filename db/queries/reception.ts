// Reads for reception: the board (every open plan's later sessions with their deposit and booking
// state, sessions due to be booked, touch-up recalls), a day's bookings, and a plan's next session.
// Four statements load the board; the rest is plain code over the rows.
import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { bookingWindow, dateInZone, type WindowSettings } from '../../core/booking';
import { addDays, daysBetween } from '../../core/dates';
import { heldMinor, outstandingMinor } from '../../core/deposits';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { perConnection } from '../prepared';
import type { Board, BoardRow, Booking, NextSession } from './reception-rows';
import { clients, deposits, sessions, staff, treatmentPlans } from '../schema';

type PlanRow = typeof treatmentPlans.$inferSelect;
type SessionRow = Pick<
  typeof sessions.$inferSelect,
  'id' | 'clientId' | 'planId' | 'kind' | 'number' | 'status' | 'bookedFor' | 'performedAt'
>;
type DepositRow = Pick<typeof deposits.$inferSelect, 'id' | 'planId' | 'sessionNumber' | 'status' | 'amountMinor' | 'paidMinor'>;
type BoardPlan = Pick<PlanRow, 'id' | 'clientId' | 'kind' | 'quotedSessions' | 'currency' | 'recallOn'> & {
  planOwedMinor: number;
  firstName: string;
  lastName: string;
  phone: string | null;
};

export interface BoardOptions extends WindowSettings {
  today: string;
  /** How far ahead a touch-up recall shows on the board, and how long after it passed. */
  recallLookaheadDays?: number;
  recallOverdueDays?: number;
  /** How long a performed session stays on the board. */
  keepPerformedDays?: number;
  timeZone?: string;
}

const OPEN_PLANS = ['quoted', 'active'] as const;
const ACTIVE_SESSIONS = ['booked', 'performed'] as const;

export function prepareBoard(db: Db) {
  const recallFrom = sql.placeholder('recallFrom');
  const recallTo = sql.placeholder('recallTo');
  const completedSince = sql.placeholder('completedSince');
  const ids = (column: SQLiteColumn, name: string) => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`;
  return {
    // The plans on the board: open (or completed lately: their last session shows as done for a
    // while), of a current client; a touch-up only when its recall is near (or lately past) or it is
    // booked — a decade of old touch-up quotes would bury everything else. Each side of the OR reads
    // its own index (plans_status_idx, plans_status_updated_idx), never the whole table.
    plans: db
      .select({
        id: treatmentPlans.id,
        clientId: treatmentPlans.clientId,
        kind: treatmentPlans.kind,
        quotedSessions: treatmentPlans.quotedSessions,
        currency: treatmentPlans.currency,
        recallOn: treatmentPlans.recallOn,
        firstName: clients.firstName,
        lastName: clients.lastName,
        phone: clients.phone,
        // What the client still owes on the plan (core/plan-balance.ts): price, less discounts and
        // payments (deposit payments too, while the deposit stays with the plan), plus refunds.
        planOwedMinor: sql<number>`MAX(0, ${treatmentPlans.priceMinor}
          - COALESCE((SELECT SUM(CASE p.kind WHEN 'refund' THEN -p.amount_minor ELSE p.amount_minor END)
                        FROM payments p WHERE p.plan_id = ${treatmentPlans.id}), 0)
          - COALESCE((SELECT SUM(d.paid_minor) FROM deposits d
                       WHERE d.plan_id = ${treatmentPlans.id} AND d.status IN ('required', 'paid', 'applied')), 0))`,
      })
      .from(treatmentPlans)
      .innerJoin(clients, eq(clients.id, treatmentPlans.clientId))
      .where(
        and(
          or(
            inArray(treatmentPlans.status, [...OPEN_PLANS]),
            and(eq(treatmentPlans.status, 'completed'), gte(treatmentPlans.updatedAt, completedSince)),
          ),
          isNull(clients.archivedAt),
          sql`(${treatmentPlans.kind} = 'course' OR ${treatmentPlans.recallOn} IS NULL
            OR ${treatmentPlans.recallOn} BETWEEN ${recallFrom} AND ${recallTo}
            OR EXISTS (SELECT 1 FROM sessions s WHERE s.plan_id = ${treatmentPlans.id} AND s.status = 'booked'))`,
        ),
      )
      .orderBy(asc(treatmentPlans.id))
      .prepare(),
    // Their clients' sessions and their deposits by id: one JSON parameter, so no limit on how many.
    sessions: db
      .select({
        id: sessions.id,
        clientId: sessions.clientId,
        planId: sessions.planId,
        kind: sessions.kind,
        number: sessions.number,
        status: sessions.status,
        bookedFor: sessions.bookedFor,
        performedAt: sessions.performedAt,
      })
      .from(sessions)
      .where(and(inArray(sessions.status, [...ACTIVE_SESSIONS]), ids(sessions.clientId, 'clientIds')))
      .prepare(),
    deposits: db
      .select({
        id: deposits.id,
        planId: deposits.planId,
        sessionNumber: deposits.sessionNumber,
        status: deposits.status,
        amountMinor: deposits.amountMinor,
        paidMinor: deposits.paidMinor,
      })
      .from(deposits)
      .where(ids(deposits.planId, 'planIds'))
      .prepare(),
    // Over every deposit on file (a cancelled plan's paid deposit is still money held), per
    // currency: the rules of outstandingMinor / heldMinor in core/deposits.ts, summed in SQL.
    totals: db
      .select({
        currency: deposits.currency,
        outstandingMinor: sql<number>`coalesce(sum(CASE WHEN ${deposits.status} = 'required' THEN ${deposits.amountMinor} - ${deposits.paidMinor} ELSE 0 END), 0)`,
        heldMinor: sql<number>`coalesce(sum(CASE WHEN ${deposits.status} IN ('required', 'paid') THEN ${deposits.paidMinor} ELSE 0 END), 0)`,
      })
      .from(deposits)
      .where(inArray(deposits.status, ['required', 'paid'])) // every other status adds nothing
      .groupBy(deposits.currency)
      .orderBy(deposits.currency)
      .prepare(),
  };
}

// The board's statements, built and prepared once per connection (the board is opened all day).
const boardStatements = perConnection(prepareBoard);

export function loadBoard(db: Db, o: BoardOptions): Board {
  const q = boardStatements(db);
  const plans = q.plans.all({
    recallFrom: addDays(o.today, -(o.recallOverdueDays ?? 90)),
    recallTo: addDays(o.today, o.recallLookaheadDays ?? 60),
    // A day early: updated_at is a UTC instant, today the clinic's date.
    completedSince: addDays(o.today, -(o.keepPerformedDays ?? 30) - 1),
  });
  const sessionRows: SessionRow[] = plans.length
    ? q.sessions.all({ clientIds: JSON.stringify([...new Set(plans.map((p) => p.clientId))]) })
    : [];
  const depositRows: DepositRow[] = plans.length ? q.deposits.all({ planIds: JSON.stringify(plans.map((p) => p.id)) }) : [];

  // Course sessions are numbered across the client's course; touch-ups within their own plan.
  const byNumber = new Map<string, SessionRow>();
  for (const s of sessionRows) {
    byNumber.set(s.kind === 'course' ? `c:${s.clientId}:${s.number}` : `t:${s.planId}:${s.number}`, s);
  }
  const depositsByPlan = new Map<string, DepositRow>();
  for (const d of depositRows) depositsByPlan.set(`${d.planId}:${d.sessionNumber}`, d);

  const week = { from: o.today, to: addDays(o.today, 6) };
  const rows: BoardRow[] = [];
  for (const plan of plans) {
    const session = (n: number) => byNumber.get(plan.kind === 'course' ? `c:${plan.clientId}:${n}` : `t:${plan.id}:${n}`);
    const numbers = plan.kind === 'touch_up' ? [1] : range(2, plan.quotedSessions);
    for (const n of numbers) {
      const row = boardRow(plan, n, session(n), session(n - 1), depositsByPlan.get(`${plan.id}:${n}`), o, week);
      if (row) rows.push(row);
    }
  }
  return { today: o.today, weekFrom: week.from, weekTo: week.to, rows, totals: q.totals.all() };
}

function boardRow(
  plan: BoardPlan,
  n: number,
  own: SessionRow | undefined,
  previous: SessionRow | undefined,
  deposit: DepositRow | undefined,
  o: BoardOptions,
  week: { from: string; to: string },
): BoardRow | null {
  const dateOf = (at: string | null) => (at ? dateInZone(at, o.timeZone) : null);
  const previousDate = previous ? dateOf(previous.performedAt ?? previous.bookedFor) : null;
  const window = plan.kind === 'course' && previousDate ? bookingWindow(n, previousDate, o) : null;
  const money = deposit ?? { status: 'waived' as const, amountMinor: 0, paidMinor: 0 };
  const m = { ...money, currency: plan.currency };
  const booked = own?.status === 'booked';
  const performed = own?.status === 'performed';

  let state: BoardRow['state'];
  if (performed) state = deposit?.status === 'applied' ? 'applied' : 'performed';
  else if (booked) state = 'booked';
  else if (plan.kind === 'touch_up') state = 'recall_due';
  else if (deposit?.status === 'required') state = 'deposit_outstanding';
  else if (deposit?.status === 'paid') state = 'paid_not_booked';
  else state = 'not_booked';

  // Due: not booked, and its window opens before the week is out (overdue ones included).
  const dueThisWeek = !booked && !performed && window !== null && window.earliest <= week.to;

  // What stays off the board: long-performed sessions, session 2 until it is due, distant recalls.
  if (performed && dateOf(own.performedAt)! < addDays(o.today, -(o.keepPerformedDays ?? 30))) return null;
  if (n === 2 && !booked && !performed && !(window && window.earliest <= week.to)) return null;
  if (n === 2 && performed) return null;

  return {
    key: `${plan.id}:${n}`,
    clientId: plan.clientId,
    firstName: plan.firstName,
    lastName: plan.lastName,
    phone: plan.phone,
    planId: plan.id,
    planKind: plan.kind,
    sessionNumber: n,
    quotedSessions: plan.quotedSessions,
    state,
    depositId: deposit?.id ?? null,
    depositStatus: deposit?.status ?? null,
    depositAmountMinor: deposit?.amountMinor ?? null,
    depositPaidMinor: deposit?.paidMinor ?? 0,
    outstandingMinor: deposit ? outstandingMinor(m) : 0,
    heldMinor: deposit ? heldMinor(m) : 0,
    currency: plan.currency,
    planOwedMinor: plan.planOwedMinor,
    previousDate,
    previousPerformed: previous?.status === 'performed',
    // Days since the client's last session: once this one is done, that is this one.
    daysSincePrevious: performed
      ? daysBetween(dateOf(own.performedAt)!, o.today)
      : previous?.status === 'performed' && previousDate
        ? daysBetween(previousDate, o.today)
        : null,
    windowEarliest: window?.earliest ?? null,
    windowLatest: window?.latest ?? null,
    bookedFor: booked ? own.bookedFor : null,
    sessionId: own?.id ?? null,
    performedAt: performed ? own.performedAt : null,
    recallOn: plan.recallOn,
    dueThisWeek: plan.kind === 'course' && dueThisWeek,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Booked sessions whose local date falls in from..to, in time order. */
export function loadBookings(db: Db, from: string, to: string, timeZone?: string): Booking[] {
  // Instants are UTC text: widen by a day each side, then keep those whose local date fits.
  const rows = db
    .select({
      s: sessions,
      firstName: clients.firstName,
      lastName: clients.lastName,
      phone: clients.phone,
      practitionerName: staff.name,
      quotedSessions: treatmentPlans.quotedSessions,
    })
    .from(sessions)
    .innerJoin(clients, eq(clients.id, sessions.clientId))
    .leftJoin(staff, eq(staff.id, sessions.practitionerId))
    .leftJoin(treatmentPlans, eq(treatmentPlans.id, sessions.planId))
    .where(and(eq(sessions.status, 'booked'), gte(sessions.bookedFor, addDays(from, -1)), lt(sessions.bookedFor, addDays(to, 2))))
    .orderBy(asc(sessions.bookedFor))
    .all()
    .filter((r) => {
      const d = dateInZone(r.s.bookedFor!, timeZone);
      return d >= from && d <= to;
    });
  const planIds = [...new Set(rows.map((r) => r.s.planId).filter((p): p is number => p !== null))];
  const deps = planIds.length ? db.select().from(deposits).where(inArray(deposits.planId, planIds)).all() : [];
  return rows.map(({ s, ...r }) => {
    const d = deps.find((x) => x.planId === s.planId && x.sessionNumber === s.number);
    return {
      sessionId: s.id,
      clientId: s.clientId,
      firstName: r.firstName,
      lastName: r.lastName,
      phone: r.phone,
      bookedFor: s.bookedFor!,
      lengthMinutes: s.lengthMinutes,
      number: s.number,
      kind: s.kind,
      planId: s.planId,
      quotedSessions: r.quotedSessions,
      practitionerName: r.practitionerName,
      depositStatus: d?.status ?? null,
      outstandingMinor: d ? outstandingMinor(d) : 0,
      currency: d?.currency ?? null,
      outsideWindowReason: s.outsideWindowReason,
      depositOverrideReason: s.depositOverrideReason,
      version: s.version,
    };
  });
}

/** The next session of a plan: its number, the one before it, its window and its deposit. */
export function loadNextSession(db: Db, plan: PlanRow, s: WindowSettings, timeZone?: string): NextSession {
  const prior = db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.clientId, plan.clientId),
        eq(sessions.kind, plan.kind),
        inArray(sessions.status, [...ACTIVE_SESSIONS]),
        // Touch-ups are numbered within their own plan, as sessions.book numbers them.
        plan.kind === 'touch_up' ? eq(sessions.planId, plan.id) : undefined,
      ),
    )
    .orderBy(asc(sessions.number))
    .all();
  const last = prior.at(-1);
  const number = (last?.number ?? 0) + 1;
  const at = last ? (last.performedAt ?? last.bookedFor) : null;
  const previous = last && at ? { number: last.number, date: dateInZone(at, timeZone), performed: last.status === 'performed' } : null;
  const window = plan.kind === 'course' && previous ? bookingWindow(number, previous.date, s) : null;
  const d = db
    .select()
    .from(deposits)
    .where(and(eq(deposits.planId, plan.id), eq(deposits.sessionNumber, number)))
    .get();
  return {
    planId: plan.id,
    kind: plan.kind,
    number,
    quotedSessions: plan.quotedSessions,
    canBook: number <= plan.quotedSessions && plan.status !== 'cancelled' && plan.status !== 'completed',
    previous,
    window,
    deposit: d
      ? { id: d.id, status: d.status, amountMinor: d.amountMinor, paidMinor: d.paidMinor, currency: d.currency, version: d.version }
      : null,
    recallOn: plan.recallOn,
  };
}
