import { addDays } from '../../core/dates';
import { PAYMENT_METHODS } from '../../core/vocabulary';
import { monthsOf, startOfLocalDay } from '../../core/report-period';
import {
  depositsAt,
  depositsMovedIn,
  ledgerSum,
  newClientCount,
  paymentsByMethod,
  plansCompletedCount,
  sessionCounts,
  type Span,
} from '../../db/queries/reports';
import type { HandlerContext } from '../context';
import type { ReportRecord } from '../contract/payments';
import { readSettings } from './settings';

/** Local calendar dates [from, to] as the span of instants they cover. */
const spanOf = (from: string, to: string, currency: string): Span => ({
  from: startOfLocalDay(from),
  to: startOfLocalDay(addDays(to, 1)),
  currency,
});

/** Payments taken (deposit payments too) less refunds (deposits refunded too), in the span. */
function moneyIn(ctx: HandlerContext, span: Span) {
  const methods = paymentsByMethod(ctx.sqlite, span);
  const moved = depositsMovedIn(ctx.sqlite, span);
  const depositRefunds = moved.find((m) => m.status === 'refunded');
  const refunds = ledgerSum(ctx.sqlite, span, 'refund');
  return {
    methods,
    moved,
    paymentsMinor: methods.reduce((s, m) => s + m.amountMinor, 0),
    refundsMinor: refunds.amountMinor + (depositRefunds?.amountMinor ?? 0),
    refundsCount: refunds.count + (depositRefunds?.count ?? 0),
  };
}

export function periodReport(ctx: HandlerContext, from: string, to: string): ReportRecord {
  const { currency } = readSettings(ctx);
  const span = spanOf(from, to, currency);
  const money = moneyIn(ctx, span);
  const atEnd = depositsAt(ctx.sqlite, span);
  const sessions = sessionCounts(ctx.sqlite, span);
  const moved = (status: 'applied' | 'forfeited') => money.moved.find((m) => m.status === status)?.amountMinor ?? 0;
  const months = monthsOf(from, to).map((m) => {
    const s = spanOf(m.from, m.to, currency);
    const inMonth = moneyIn(ctx, s);
    return {
      month: m.month,
      paymentsMinor: inMonth.paymentsMinor,
      refundsMinor: inMonth.refundsMinor,
      noShows: sessionCounts(ctx.sqlite, s).noShows,
    };
  });
  return {
    from,
    to,
    currency,
    paymentsByMethod: PAYMENT_METHODS.map((method) => {
      const m = money.methods.find((x) => x.method === method);
      return { method, amountMinor: m?.amountMinor ?? 0, count: m?.count ?? 0 };
    }),
    paymentsTotalMinor: money.paymentsMinor,
    refundsMinor: money.refundsMinor,
    refundsCount: money.refundsCount,
    discountsMinor: ledgerSum(ctx.sqlite, span, 'discount').amountMinor,
    deposits: {
      heldMinor: atEnd.heldMinor,
      appliedMinor: moved('applied'),
      forfeitedMinor: moved('forfeited'),
      outstandingMinor: atEnd.outstandingMinor,
    },
    sessionsPerformed: sessions.performed,
    noShows: sessions.noShows,
    cancellations: sessions.cancellations,
    newClients: newClientCount(ctx.sqlite, span),
    plansCompleted: plansCompletedCount(ctx.sqlite, span),
    months,
  };
}
