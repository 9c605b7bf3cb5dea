// The owner's figures for a span of instants [from, to), in one currency. Each is one indexed range
// read: payments(taken_at), deposit_payments(paid_at), sessions(performed_at | booked_for).
import type Database from 'better-sqlite3';
import { preparedOnce } from '../prepared';

const byMethod = preparedOnce(
  `SELECT method, SUM(amount_minor) AS amountMinor, COUNT(*) AS count FROM (
     SELECT method, amount_minor FROM payments
      WHERE taken_at >= @from AND taken_at < @to AND kind = 'payment' AND currency = @currency
     UNION ALL
     SELECT dp.method, dp.amount_minor FROM deposit_payments dp JOIN deposits d ON d.id = dp.deposit_id
      WHERE dp.paid_at >= @from AND dp.paid_at < @to AND d.currency = @currency)
   GROUP BY method ORDER BY method`,
);
const ledgerKind = preparedOnce(
  `SELECT COALESCE(SUM(amount_minor), 0) AS amountMinor, COUNT(*) AS count FROM payments
    WHERE taken_at >= @from AND taken_at < @to AND kind = @kind AND currency = @currency`,
);
// A deposit refunded, applied or forfeited in the span: what had been paid into it.
const depositsMoved = preparedOnce(
  `SELECT status, COALESCE(SUM(paid_minor), 0) AS amountMinor, COUNT(*) AS count FROM deposits
    WHERE status IN ('refunded', 'applied', 'forfeited') AND status_changed_at >= @from AND status_changed_at < @to
      AND currency = @currency GROUP BY status`,
);
// At the end of the span: a deposit still open then (required or paid, or moved on only later)
// holds what was paid into it by then, and is owed the rest while it was still required.
const depositsAtEnd = preparedOnce(
  `WITH open AS (
     SELECT id, amount_minor, status, status_changed_at, created_at FROM deposits
      WHERE status IN ('required', 'paid') AND currency = @currency
     UNION ALL
     -- Moved on only after the span: each status reads its own range of deposits_status_changed_idx.
     SELECT id, amount_minor, status, status_changed_at, created_at FROM deposits
      WHERE status IN ('applied', 'refunded', 'forfeited', 'waived') AND status_changed_at >= @to AND currency = @currency)
   SELECT COALESCE(SUM(paid), 0) AS heldMinor,
          COALESCE(SUM(CASE WHEN required THEN MAX(amount_minor - paid, 0) ELSE 0 END), 0) AS outstandingMinor
     FROM (SELECT o.amount_minor,
                  (SELECT COALESCE(SUM(amount_minor), 0) FROM deposit_payments WHERE deposit_id = o.id AND paid_at < @to) AS paid,
                  (o.status = 'required' OR o.status_changed_at >= @to) AND o.created_at < @to AS required
             FROM open o)`,
);
const performed = preparedOnce(
  `SELECT COUNT(*) FROM sessions WHERE performed_at >= @from AND performed_at < @to AND status = 'performed'`,
  { pluck: true },
);
const missed = preparedOnce(
  `SELECT COALESCE(SUM(status = 'no_show'), 0) AS noShows, COALESCE(SUM(status = 'cancelled'), 0) AS cancellations
     FROM sessions WHERE booked_for >= @from AND booked_for < @to`,
);
const newClients = preparedOnce(`SELECT COUNT(*) FROM clients WHERE created_at >= @from AND created_at < @to`, { pluck: true });
const plansCompleted = preparedOnce(
  `SELECT COUNT(*) FROM treatment_plans WHERE status = 'completed' AND updated_at >= @from AND updated_at < @to`,
  { pluck: true },
);

export interface Span {
  from: string;
  to: string;
  currency: string;
}
type Method = 'cash' | 'card' | 'bank_transfer' | 'other';

export function paymentsByMethod(db: Database.Database, span: Span) {
  return byMethod(db).all(span) as { method: Method; amountMinor: number; count: number }[];
}
export function ledgerSum(db: Database.Database, span: Span, kind: 'refund' | 'discount') {
  return ledgerKind(db).get({ ...span, kind }) as { amountMinor: number; count: number };
}
export function depositsMovedIn(db: Database.Database, span: Span) {
  return depositsMoved(db).all(span) as { status: 'refunded' | 'applied' | 'forfeited'; amountMinor: number; count: number }[];
}
export function depositsAt(db: Database.Database, span: Span) {
  return depositsAtEnd(db).get(span) as { heldMinor: number; outstandingMinor: number };
}
export function sessionCounts(db: Database.Database, span: Omit<Span, 'currency'>) {
  return { performed: performed(db).get(span) as number, ...(missed(db).get(span) as { noShows: number; cancellations: number }) };
}
export function newClientCount(db: Database.Database, span: Omit<Span, 'currency'>) {
  return newClients(db).get(span) as number;
}
export function plansCompletedCount(db: Database.Database, span: Omit<Span, 'currency'>) {
  return plansCompleted(db).get(span) as number;
}
