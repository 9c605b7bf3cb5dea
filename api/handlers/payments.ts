import {
  checkCorrection,
  checkLedgerEntry,
  dueAtSession,
  dueBySession,
  majorToMinor,
  planBalance,
  tooManyDecimals,
} from '../../core/plan-balance';
import { minorDigits } from '../../core/money';
import {
  depositPaidOf,
  lastReceiptNumberOfPlan,
  ledgerOf,
  nextReceiptNumber,
  performedOf,
  receiptById,
  receiptNumberOf,
  receiptsOfPlan,
} from '../../db/queries/payments';
import { staffName } from '../../db/queries/staff-name';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { PlanMoneyRecord, ReceiptContent, ReceiptRecord } from '../contract/payments';
import { fail } from '../result';
import { getClient } from './clients';
import { getPlanRow } from './plans';
import { periodReport } from './reports';
import { readSettings } from './settings';
import { mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

export function planMoney(ctx: HandlerContext, planId: number): PlanMoneyRecord {
  const plan = getPlanRow(ctx, planId);
  const entries = ledgerOf(ctx.sqlite, planId);
  const depositPaidMinor = depositPaidOf(ctx.sqlite, planId);
  const b = planBalance(plan, entries, depositPaidMinor);
  const s = readSettings(ctx);
  const due = dueBySession(plan, b.discountedMinor, s.paymentSchedule, s.firstPaymentPercent);
  const next = performedOf(ctx.sqlite, planId) + 1;
  const nextSessionNumber = next <= plan.quotedSessions ? next : null;
  return {
    balance: {
      ...b,
      currency: plan.currency,
      depositPaidMinor,
      dueBySession: due,
      dueNowMinor: nextSessionNumber === null ? b.owedMinor : dueAtSession(due, b.netPaidMinor, nextSessionNumber),
      nextSessionNumber,
    },
    entries,
    receipts: receiptsOfPlan(ctx.sqlite, planId) as ReceiptRecord[],
  };
}

/** What was typed, as minor units of the plan's currency, or a field error saying what is wrong. */
function amountOf(typed: string, currency: string): number {
  const minor = majorToMinor(typed, currency);
  if (minor !== null) return minor;
  if (/^\s*-/.test(typed)) throw fail.field('amount', msg('refusals.payments.aboveZero'));
  if (/^\s*\d+[.,]\d+\s*$/.test(typed) && tooManyDecimals(typed, currency)) {
    const d = minorDigits(currency);
    throw fail.field(
      'amount',
      d === 0 ? msg('refusals.payments.wholeAmount', { currency }) : msg('refusals.payments.decimals', { currency, digits: d }),
    );
  }
  throw fail.field('amount', msg('refusals.payments.figures'));
}

const planLabel = (plan: { kind: string; quotedSessions: number }) =>
  plan.kind === 'course' ? `SMP course, ${plan.quotedSessions} sessions` : 'SMP touch-up';

export const paymentHandlers: HandlerMap<'payments.take' | 'payments.forPlan' | 'receipts.get' | 'reports.period'> = {
  'payments.take'(ctx, input) {
    const plan = getPlanRow(ctx, input.planId);
    if (input.currency !== plan.currency) {
      throw fail.field('currency', msg('refusals.payments.currency', { currency: plan.currency }));
    }
    if (plan.status === 'cancelled' && input.kind !== 'refund') {
      throw fail.field('kind', msg('refusals.payments.cancelled'));
    }
    const amountMinor = amountOf(input.amount, plan.currency);
    const before = planMoney(ctx, plan.id);
    if (input.correctsId !== null) {
      const original = before.entries.find((e) => e.id === input.correctsId);
      if (!original) throw fail.field('correctsId', msg('refusals.payments.notOnPlan'));
      const fix = checkCorrection(original, before.entries, { kind: input.kind, amountMinor });
      if (!fix.ok) throw fail.field(fix.field, fix.message);
    }
    const check = checkLedgerEntry(plan, before.balance, { kind: input.kind, amountMinor, currency: input.currency });
    if (!check.ok) throw fail.field(check.field, check.message);
    const takenAt = input.takenAt ?? ctx.now().toISOString();
    const row = {
      planId: plan.id,
      kind: input.kind,
      amountMinor,
      currency: plan.currency,
      method: input.kind === 'discount' ? null : input.method,
      reference: input.reference ?? null,
      reason: input.reason ?? null,
      correctsId: input.correctsId,
      takenBy: ctx.actorId,
      takenAt,
    };
    const { id } = ctx.sqlite
      .prepare(
        `INSERT INTO payments (plan_id, kind, amount_minor, currency, method, reference, reason, corrects_id, taken_by, taken_at)
         VALUES (@planId, @kind, @amountMinor, @currency, @method, @reference, @reason, @correctsId, @takenBy, @takenAt) RETURNING id`,
      )
      .get(row) as { id: number };
    writeAudit(ctx, { entity: 'payment', entityId: id, action: 'create', after: { id, ...row }, reason: row.reason });

    let receipt: ReceiptRecord | null = null;
    if (input.kind !== 'discount') {
      const after = planMoney(ctx, plan.id).balance;
      const s = readSettings(ctx);
      const client = getClient(ctx, plan.clientId);
      const takenByName = staffName(ctx.sqlite, ctx.actorId);
      const content: ReceiptContent = {
        clinicName: s.clinicName,
        clinicAddress: s.clinicAddress,
        clinicPhone: s.clinicPhone,
        clinicTaxId: s.clinicTaxId,
        locale: s.locale,
        clientName: `${client.firstName} ${client.lastName}`,
        planLabel: planLabel(plan),
        amountMinor,
        currency: plan.currency,
        method: row.method,
        reference: row.reference,
        reason: row.reason,
        takenByName,
        takenAt,
        priceMinor: after.priceMinor - after.discountedMinor,
        netPaidMinor: after.netPaidMinor,
        owedMinor: after.owedMinor,
        againstReceipt:
          input.kind === 'refund'
            ? ((input.correctsId !== null ? receiptNumberOf(ctx.sqlite, input.correctsId) : null) ??
              lastReceiptNumberOfPlan(ctx.sqlite, plan.id))
            : null,
      };
      // Allocated here, in the IMMEDIATE transaction that writes the payment: no other desk can take
      // the same number, and a payment that fails leaves no number behind.
      const number = nextReceiptNumber(ctx.sqlite);
      const kind = input.kind === 'refund' ? 'credit_note' : 'receipt';
      const r = ctx.sqlite
        .prepare(`INSERT INTO receipts (number, kind, payment_id, issued_at, issued_by, content) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`)
        .get(number, kind, id, takenAt, ctx.actorId, JSON.stringify(content)) as { id: number };
      receipt = receiptById(ctx.sqlite, r.id) as ReceiptRecord;
      writeAudit(ctx, {
        entity: 'receipt',
        entityId: r.id,
        action: 'create',
        after: { id: r.id, number, kind, paymentId: id, issuedAt: takenAt, issuedBy: ctx.actorId, content },
      });
    }
    const money = planMoney(ctx, plan.id);
    return { entry: money.entries.find((e) => e.id === id)!, receipt, money };
  },

  'payments.forPlan'(ctx, { planId }) {
    return planMoney(ctx, planId);
  },

  'receipts.get'(ctx, { id }) {
    return mustExist(receiptById(ctx.sqlite, id), msg('api.record.theReceipt')) as ReceiptRecord;
  },

  'reports.period'(ctx, { from, to }) {
    return periodReport(ctx, from, to);
  },
};
