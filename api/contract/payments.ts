import { z } from 'zod';
import { LEDGER_KINDS, RECEIPT_KINDS } from '../../core/plan-balance';
import { PAYMENT_METHODS } from '../../core/vocabulary';
import { id, instant, isoDate, optionalText } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

const nullableText = z.string().nullable();

export const ledgerRecord = z.object({
  id,
  planId: id,
  kind: z.enum(LEDGER_KINDS),
  amountMinor: z.number().int(),
  currency: z.string(),
  method: z.enum(PAYMENT_METHODS).nullable(),
  reference: nullableText,
  reason: nullableText,
  correctsId: id.nullable(),
  takenBy: id.nullable(),
  takenByName: nullableText,
  takenAt: z.string(),
});
export type LedgerRecord = z.infer<typeof ledgerRecord>;

/** What a receipt or credit note says, fixed when it is issued. */
export const receiptContent = z.object({
  clinicName: z.string(),
  clinicAddress: z.string(),
  clinicPhone: z.string(),
  clinicTaxId: z.string(),
  locale: z.string(),
  clientName: z.string(),
  planLabel: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  method: z.enum(PAYMENT_METHODS).nullable(),
  reference: nullableText,
  reason: nullableText,
  takenByName: nullableText,
  takenAt: z.string(),
  /** The plan's balance once this was taken. */
  priceMinor: z.number().int(),
  netPaidMinor: z.number().int(),
  owedMinor: z.number().int(),
  /** A credit note: the receipt number of the payment it refunds against, when there is one. */
  againstReceipt: z.number().int().nullable(),
});
export type ReceiptContent = z.infer<typeof receiptContent>;

export const receiptRecord = z.object({
  id,
  number: z.number().int().positive(),
  kind: z.enum(RECEIPT_KINDS),
  paymentId: id,
  issuedAt: z.string(),
  content: receiptContent,
});
export type ReceiptRecord = z.infer<typeof receiptRecord>;

export const planBalanceRecord = z.object({
  priceMinor: z.number().int(),
  currency: z.string(),
  discountedMinor: z.number().int(),
  paidMinor: z.number().int(),
  refundedMinor: z.number().int(),
  netPaidMinor: z.number().int(),
  owedMinor: z.number().int(),
  creditMinor: z.number().int(),
  /** Deposit payments counted in paidMinor. */
  depositPaidMinor: z.number().int(),
  /** What falls due at each session (index 0 = session 1). */
  dueBySession: z.array(z.number().int()),
  /** Due by the plan's next session that is not yet performed (0 when nothing is). */
  dueNowMinor: z.number().int(),
  nextSessionNumber: z.number().int().nullable(),
});
export type PlanBalanceRecord = z.infer<typeof planBalanceRecord>;

export const planMoneyRecord = z.object({
  balance: planBalanceRecord,
  entries: z.array(ledgerRecord),
  receipts: z.array(receiptRecord),
});
export type PlanMoneyRecord = z.infer<typeof planMoneyRecord>;

/** Every screen that shows a plan's balance or what was taken, and the owner's reports. */
const MONEY_SHOWN = ['payments.forPlan', 'clients.chart', 'reception.board', 'reports.period', 'audit.history', 'receipts.get'] as const;

const amountTyped = z
  .string({ error: zodText(msg('checks.payments.enterAmount')) })
  .trim()
  .min(1, { error: zodText(msg('checks.payments.enterAmount')) })
  .max(20, { error: zodText(msg('checks.payments.enterAmount')) });

export const takeInput = z
  .object({
    planId: id,
    kind: z.enum(LEDGER_KINDS, { error: zodText(msg('checks.payments.chooseKind')) }),
    /** As typed, in major units ("60.00", "¥6000" is not: digits and one decimal mark only). */
    amount: amountTyped,
    currency: z.string().regex(/^[A-Z]{3}$/, { error: zodText(msg('api.field.currency')) }),
    method: z
      .enum(PAYMENT_METHODS, { error: zodText(msg('api.deposits.choosePaidBy')) })
      .nullable()
      .default(null),
    reference: optionalText(msg('checks.label.reference'), 80),
    reason: optionalText(msg('api.label.reason'), 500),
    /** The entry this one corrects (a payment recorded wrongly), if any. */
    correctsId: id.nullable().default(null),
    takenAt: instant(msg('checks.label.whenTaken')).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'discount' && v.method === null) {
      ctx.addIssue({ code: 'custom', path: ['method'], message: zodText(msg('api.deposits.choosePaidBy')) });
    }
    if (v.kind !== 'payment' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: zodText(msg('checks.payments.sayWhyKind', { kind: v.kind })) });
    }
    if (v.correctsId !== null && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: zodText(msg('checks.payments.sayWhyCorrection')) });
    }
  });

const periodCount = z.number().int();
export const reportRecord = z.object({
  from: z.string(),
  to: z.string(),
  currency: z.string(),
  paymentsByMethod: z.array(z.object({ method: z.enum(PAYMENT_METHODS), amountMinor: z.number().int(), count: periodCount })),
  paymentsTotalMinor: z.number().int(),
  refundsMinor: z.number().int(),
  refundsCount: periodCount,
  discountsMinor: z.number().int(),
  deposits: z.object({
    heldMinor: z.number().int(),
    appliedMinor: z.number().int(),
    forfeitedMinor: z.number().int(),
    outstandingMinor: z.number().int(),
  }),
  sessionsPerformed: periodCount,
  noShows: periodCount,
  cancellations: periodCount,
  newClients: periodCount,
  plansCompleted: periodCount,
  months: z.array(z.object({ month: z.string(), paymentsMinor: z.number().int(), refundsMinor: z.number().int(), noShows: periodCount })),
});
export type ReportRecord = z.infer<typeof reportRecord>;

export const paymentsContract = {
  /** A payment, refund or discount on a plan; a payment issues a receipt, a refund a credit note. */
  'payments.take': change(takeInput, z.object({ entry: ledgerRecord, receipt: receiptRecord.nullable(), money: planMoneyRecord }), {
    invalidates: MONEY_SHOWN,
  }),
  'payments.forPlan': query(z.object({ planId: id }), planMoneyRecord),
  'receipts.get': query(z.object({ id }), receiptRecord),
  /** The owner's figures for a period of local calendar dates, both ends included. */
  'reports.period': query(
    z
      .object({ from: isoDate(msg('checks.label.firstDay')), to: isoDate(msg('checks.label.lastDay')) })
      .refine((v) => v.from <= v.to, { path: ['to'], error: zodText(msg('checks.payments.lastBeforeFirst')) }),
    reportRecord,
  ),
} as const;
