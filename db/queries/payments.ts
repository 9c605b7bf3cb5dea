// A plan's money as stored: its ledger entries, what its deposits hold, its receipts.
import type Database from 'better-sqlite3';
import { preparedOnce } from '../prepared';

const entries = preparedOnce(
  `SELECT p.id, p.plan_id AS planId, p.kind, p.amount_minor AS amountMinor, p.currency, p.method, p.reference, p.reason,
          p.corrects_id AS correctsId, p.taken_by AS takenBy, s.name AS takenByName, p.taken_at AS takenAt
     FROM payments p LEFT JOIN staff s ON s.id = p.taken_by
    WHERE p.plan_id = ? ORDER BY p.id`,
);
// Deposits count as payments while the money stays with the plan: not once refunded or forfeited.
const depositPaid = preparedOnce(
  `SELECT COALESCE(SUM(paid_minor), 0) FROM deposits WHERE plan_id = ? AND status IN ('required', 'paid', 'applied')`,
  { pluck: true },
);
const performed = preparedOnce(`SELECT COUNT(*) FROM sessions WHERE plan_id = ? AND status = 'performed'`, { pluck: true });
const receiptsOf = preparedOnce(
  `SELECT r.id, r.number, r.kind, r.payment_id AS paymentId, r.issued_at AS issuedAt, r.content
     FROM receipts r JOIN payments p ON p.id = r.payment_id WHERE p.plan_id = ? ORDER BY r.number`,
);
const oneReceipt = preparedOnce(
  `SELECT id, number, kind, payment_id AS paymentId, issued_at AS issuedAt, content FROM receipts WHERE id = ?`,
);
const nextNumber = preparedOnce('SELECT COALESCE(MAX(number), 0) + 1 FROM receipts', { pluck: true });
const receiptOfPayment = preparedOnce('SELECT number FROM receipts WHERE payment_id = ?', { pluck: true });
const lastReceiptOfPlan = preparedOnce(
  `SELECT r.number FROM receipts r JOIN payments p ON p.id = r.payment_id
    WHERE p.plan_id = ? AND r.kind = 'receipt' ORDER BY r.number DESC LIMIT 1`,
  { pluck: true },
);

export interface LedgerRow {
  id: number;
  planId: number;
  kind: 'payment' | 'refund' | 'discount';
  amountMinor: number;
  currency: string;
  method: 'cash' | 'card' | 'bank_transfer' | 'other' | null;
  reference: string | null;
  reason: string | null;
  correctsId: number | null;
  takenBy: number | null;
  takenByName: string | null;
  takenAt: string;
}

export interface ReceiptRow {
  id: number;
  number: number;
  kind: 'receipt' | 'credit_note';
  paymentId: number;
  issuedAt: string;
  content: Record<string, unknown>;
}

const decode = (r: Omit<ReceiptRow, 'content'> & { content: string }): ReceiptRow => ({
  ...r,
  content: JSON.parse(r.content) as Record<string, unknown>,
});

export const ledgerOf = (db: Database.Database, planId: number) => entries(db).all(planId) as LedgerRow[];
export const depositPaidOf = (db: Database.Database, planId: number) => depositPaid(db).get(planId) as number;
export const performedOf = (db: Database.Database, planId: number) => performed(db).get(planId) as number;
export const receiptsOfPlan = (db: Database.Database, planId: number) =>
  (receiptsOf(db).all(planId) as (Omit<ReceiptRow, 'content'> & { content: string })[]).map(decode);
export function receiptById(db: Database.Database, id: number): ReceiptRow | undefined {
  const row = oneReceipt(db).get(id) as (Omit<ReceiptRow, 'content'> & { content: string }) | undefined;
  return row && decode(row);
}
/** The next receipt number: read inside the IMMEDIATE transaction that writes it, so never shared. */
export const nextReceiptNumber = (db: Database.Database) => nextNumber(db).get() as number;
export const receiptNumberOf = (db: Database.Database, paymentId: number) =>
  (receiptOfPayment(db).get(paymentId) as number | undefined) ?? null;
export const lastReceiptNumberOfPlan = (db: Database.Database, planId: number) =>
  (lastReceiptOfPlan(db).get(planId) as number | undefined) ?? null;
