// A plan's balance in integer minor units: the quoted price, less discounts, less what was paid
// (deposit payments count as payments), plus what was refunded; and what is due by each session.
// Only integers are added here: a fraction of a minor unit never appears.
import { minorDigits } from './money';

export const LEDGER_KINDS = ['payment', 'refund', 'discount'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export const RECEIPT_KINDS = ['receipt', 'credit_note'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];
export const DUE_SCHEDULES = ['split_evenly', 'first_then_rest'] as const;
export type DueSchedule = (typeof DUE_SCHEDULES)[number];

export interface LedgerEntry {
  kind: LedgerKind;
  amountMinor: number;
}

export interface PlanMoney {
  priceMinor: number;
  currency: string;
  quotedSessions: number;
}

export interface PlanBalance {
  priceMinor: number;
  discountedMinor: number;
  /** Payments and deposit payments taken, before refunds. */
  paidMinor: number;
  refundedMinor: number;
  /** What the client has paid and kept paid: paid − refunded. */
  netPaidMinor: number;
  /** What the client still owes (never below zero; an overpayment shows as creditMinor). */
  owedMinor: number;
  creditMinor: number;
}

/** `depositPaidMinor`: what was paid towards the plan's deposits and not refunded or forfeited. */
export function planBalance(plan: PlanMoney, entries: readonly LedgerEntry[], depositPaidMinor = 0): PlanBalance {
  const sum = (k: LedgerKind) => entries.filter((e) => e.kind === k).reduce((s, e) => s + e.amountMinor, 0);
  const discountedMinor = sum('discount');
  const paidMinor = sum('payment') + depositPaidMinor;
  const refundedMinor = sum('refund');
  const netPaidMinor = paidMinor - refundedMinor;
  const left = plan.priceMinor - discountedMinor - netPaidMinor;
  return {
    priceMinor: plan.priceMinor,
    discountedMinor,
    paidMinor,
    refundedMinor,
    netPaidMinor,
    owedMinor: Math.max(0, left),
    creditMinor: Math.max(0, -left),
  };
}

/** Splits `total` into `parts` integers that add up to it; the first ones take the remainder. */
export function splitEvenly(total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const base = Math.floor(total / parts);
  const rest = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < rest ? 1 : 0));
}

/**
 * What falls due at each session (index 0 = session 1), from the price after discounts. With
 * 'first_then_rest' the first session takes `firstPercent` of it (rounded down to a whole minor unit)
 * and the rest is split evenly over the sessions after it.
 */
export function dueBySession(plan: PlanMoney, discountedMinor: number, schedule: DueSchedule, firstPercent = 50): number[] {
  const total = Math.max(0, plan.priceMinor - discountedMinor);
  const n = plan.quotedSessions;
  if (schedule === 'split_evenly' || n === 1) return splitEvenly(total, n);
  const first = Math.floor((total * firstPercent) / 100);
  return [first, ...splitEvenly(total - first, n - 1)];
}

/** What is still due by the end of session `sessionNumber`: everything due up to it less what was paid. */
export function dueAtSession(due: readonly number[], netPaidMinor: number, sessionNumber: number): number {
  const upTo = due.slice(0, sessionNumber).reduce((s, d) => s + d, 0);
  return Math.max(0, upTo - netPaidMinor);
}

export type LedgerCheck = { ok: true } | { ok: false; field: 'amount' | 'currency'; message: string };

/**
 * A new entry checked against the plan before anything is written: above zero, in the plan's
 * currency, no finer than the currency's minor unit allows (`major` as typed, when known), a refund
 * no larger than what was paid and not yet refunded, a discount no larger than what is left to pay.
 */
export function checkLedgerEntry(
  plan: PlanMoney,
  balance: PlanBalance,
  entry: LedgerEntry & { currency: string; major?: string },
): LedgerCheck {
  if (entry.currency !== plan.currency) {
    return { ok: false, field: 'currency', message: `This plan is priced in ${plan.currency}; take the payment in ${plan.currency}.` };
  }
  if (!Number.isSafeInteger(entry.amountMinor) || entry.amountMinor <= 0) {
    return { ok: false, field: 'amount', message: 'Enter an amount above zero.' };
  }
  if (entry.major !== undefined && tooManyDecimals(entry.major, plan.currency)) {
    const d = minorDigits(plan.currency);
    return {
      ok: false,
      field: 'amount',
      message:
        d === 0
          ? `${plan.currency} has no smaller unit; enter a whole amount.`
          : `${plan.currency} has ${d} decimal places; enter no more than that.`,
    };
  }
  if (entry.kind === 'refund' && entry.amountMinor > balance.netPaidMinor) {
    return { ok: false, field: 'amount', message: 'A refund cannot be more than what has been paid and not yet refunded.' };
  }
  if (entry.kind === 'discount' && entry.amountMinor > plan.priceMinor - balance.discountedMinor) {
    return { ok: false, field: 'amount', message: 'A discount cannot be more than the price left after earlier discounts.' };
  }
  return { ok: true };
}

/** "12.345" in a two-decimal currency: more decimals than it has. */
export function tooManyDecimals(major: string, currency: string): boolean {
  const m = /[.,](\d+)$/.exec(major.trim());
  return (m?.[1]?.length ?? 0) > minorDigits(currency);
}

/** Major units as typed ("12.50") to minor units, or null when it is not a plain amount or too fine. */
export function majorToMinor(major: string, currency: string): number | null {
  const s = major.trim();
  if (!/^\d+([.,]\d+)?$/.test(s) || tooManyDecimals(s, currency)) return null;
  const d = minorDigits(currency);
  const [whole, frac = ''] = s.split(/[.,]/);
  const minor = Number(whole) * 10 ** d + Number(frac.padEnd(d, '0') || 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

export type CorrectionCheck = { ok: true } | { ok: false; field: 'correctsId' | 'kind' | 'amount'; message: string };

/**
 * The clinic's rule for correcting an entry recorded wrongly (a payment typed as 600.00 that was
 * 500.00, or put down as cash when it was card). A correction is a new entry, never an edit: it takes
 * all or part of a payment back off the plan as a refund-kind entry pointing at it, which issues a
 * credit note against the payment's receipt (a receipt once issued never changes); the right amount
 * or method is then taken as a new payment. So: only a payment is corrected (a refund or discount
 * recorded wrongly is put right with a new entry of its own), never a correction itself, and all
 * its corrections together never take off more than the payment was.
 */
export function checkCorrection(
  original: { id: number; kind: LedgerKind; amountMinor: number; correctsId: number | null },
  entries: readonly { kind: LedgerKind; amountMinor: number; correctsId: number | null }[],
  entry: { kind: LedgerKind; amountMinor: number },
): CorrectionCheck {
  if (original.correctsId !== null) {
    return { ok: false, field: 'correctsId', message: 'This entry is itself a correction; correct the payment it corrects instead.' };
  }
  if (original.kind !== 'payment') {
    return {
      ok: false,
      field: 'correctsId',
      message: `Only a payment can be corrected. A ${original.kind} recorded wrongly is put right with a new entry and a reason.`,
    };
  }
  if (entry.kind !== 'refund') {
    return { ok: false, field: 'kind', message: 'A correction takes an amount off the payment it corrects: record it as a refund.' };
  }
  if (entry.amountMinor > correctableMinor(original, entries)) {
    return { ok: false, field: 'amount', message: 'A correction cannot be more than what is left of the payment it corrects.' };
  }
  return { ok: true };
}

/** What of a payment can still be corrected: its amount less its earlier corrections. */
export function correctableMinor(
  original: { id: number; kind: LedgerKind; amountMinor: number; correctsId: number | null },
  entries: readonly { amountMinor: number; correctsId: number | null }[],
): number {
  if (original.kind !== 'payment' || original.correctsId !== null) return 0;
  const taken = entries.filter((e) => e.correctsId === original.id).reduce((s, e) => s + e.amountMinor, 0);
  return Math.max(0, original.amountMinor - taken);
}
