import { and, asc, eq, sql } from 'drizzle-orm';
import { checkDepositChange, checkPayment } from '../../core/deposits';
import { formatMoney } from '../../core/money';
import { depositPayments, deposits } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { DepositRecord } from '../contract/chart';
import { fail } from '../result';
import { getPlanRow } from './plans';
import { readSettings } from './settings';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

export function getDeposit(ctx: HandlerContext, id: number): DepositRecord {
  const row = mustExist(ctx.db.select().from(deposits).where(eq(deposits.id, id)).get(), msg('api.record.theDeposit'));
  const payments = ctx.db
    .select()
    .from(depositPayments)
    .where(eq(depositPayments.depositId, id))
    .orderBy(asc(depositPayments.id))
    .all()
    .map(({ createdAt: _c, updatedAt: _u, ...p }) => p);
  const { createdAt: _c, updatedAt: _u, ...deposit } = row;
  return { ...deposit, payments };
}

/** Moves a deposit along its lifecycle inside the caller's transaction, with who, when and why. */
export function changeDepositStatus(
  ctx: HandlerContext,
  id: number,
  to: DepositRecord['status'],
  reason: string,
  extra: Partial<typeof deposits.$inferInsert> = {},
): DepositRecord {
  const before = getDeposit(ctx, id);
  const check = checkDepositChange(before, to, readSettings(ctx).locale);
  if (!check.ok) throw fail.field('status', msg(check.says.id, check.says.values));
  const now = ctx.now().toISOString();
  ctx.db
    .update(deposits)
    .set({
      ...extra,
      status: to,
      statusReason: reason,
      statusChangedAt: now,
      statusChangedBy: ctx.actorId,
      updatedAt: now,
      version: sql`${deposits.version} + 1`,
    })
    .where(eq(deposits.id, id))
    .run();
  const after = getDeposit(ctx, id);
  writeAudit(ctx, { entity: 'deposit', entityId: id, action: `status:${to}`, before, after, reason });
  return after;
}

export const depositHandlers: HandlerMap<
  'deposits.recordPayment' | 'deposits.setStatus' | 'deposits.add' | 'deposits.setAmount' | 'deposits.forPlan'
> = {
  'deposits.recordPayment'(ctx, input) {
    const before = getDeposit(ctx, input.depositId);
    checkVersion(msg('api.record.thisDeposit'), before, input.expectedVersion);
    const check = checkPayment(before, input.amountMinor, readSettings(ctx).locale);
    if (!check.ok) throw fail.field('amountMinor', msg(check.says.id, check.says.values));
    ctx.db
      .insert(depositPayments)
      .values({ ...input, depositId: input.depositId, recordedBy: ctx.actorId })
      .run();
    const paidMinor = before.paidMinor + input.amountMinor;
    const now = ctx.now().toISOString();
    ctx.db
      .update(deposits)
      .set({
        paidMinor,
        method: input.method,
        receipt: input.receipt,
        updatedAt: now,
        version: sql`${deposits.version} + 1`,
      })
      .where(eq(deposits.id, input.depositId))
      .run();
    writeAudit(ctx, {
      entity: 'deposit',
      entityId: input.depositId,
      action: 'payment',
      before,
      after: { amountMinor: input.amountMinor, method: input.method, receipt: input.receipt, paidAt: input.paidAt, paidMinor },
    });
    if (paidMinor === before.amountMinor) {
      return changeDepositStatus(ctx, input.depositId, 'paid', 'Paid in full', { paidAt: input.paidAt });
    }
    return getDeposit(ctx, input.depositId);
  },

  'deposits.setStatus'(ctx, { depositId, expectedVersion, status, reason }) {
    const before = getDeposit(ctx, depositId);
    checkVersion(msg('api.record.thisDeposit'), before, expectedVersion);
    if (status === 'applied') {
      // Applying ties the deposit to a performed session; charting that session does it.
      throw fail.field('status', msg('api.deposits.appliedByCharting'));
    }
    return changeDepositStatus(ctx, depositId, status, reason);
  },

  'deposits.add'(ctx, { planId, sessionNumber, amountMinor, reason }) {
    const plan = getPlanRow(ctx, planId);
    if (plan.kind !== 'course') throw fail.field('sessionNumber', msg('api.deposits.touchUpHasNone'));
    if (plan.status === 'cancelled' || plan.status === 'completed')
      throw fail.field('sessionNumber', msg('api.deposits.planClosed', { status: plan.status }));
    if (sessionNumber > plan.quotedSessions) {
      throw fail.field('sessionNumber', msg('api.deposits.notInQuote', { number: sessionNumber, quoted: plan.quotedSessions }));
    }
    const existing = ctx.db
      .select({ id: deposits.id })
      .from(deposits)
      .where(and(eq(deposits.planId, planId), eq(deposits.sessionNumber, sessionNumber)))
      .get();
    if (existing) throw fail.field('sessionNumber', msg('api.deposits.sessionHasOne', { number: sessionNumber }));
    const row = ctx.db.insert(deposits).values({ planId, sessionNumber, amountMinor, currency: plan.currency }).returning().get();
    const after = getDeposit(ctx, row.id);
    writeAudit(ctx, { entity: 'deposit', entityId: row.id, action: 'create', after, reason });
    return after;
  },

  'deposits.setAmount'(ctx, { depositId, expectedVersion, amountMinor, reason }) {
    const before = getDeposit(ctx, depositId);
    checkVersion(msg('api.record.thisDeposit'), before, expectedVersion);
    const locale = readSettings(ctx).locale;
    if (before.status !== 'required') throw fail.field('amountMinor', msg('api.deposits.amountFixed', { status: before.status }));
    if (amountMinor < before.paidMinor) {
      throw fail.field('amountMinor', msg('api.deposits.belowPaid', { paid: formatMoney(before.paidMinor, before.currency, locale) }));
    }
    const now = ctx.now().toISOString();
    ctx.db
      .update(deposits)
      .set({ amountMinor, updatedAt: now, version: sql`${deposits.version} + 1` })
      .where(eq(deposits.id, depositId))
      .run();
    writeAudit(ctx, { entity: 'deposit', entityId: depositId, action: 'amount', before, after: getDeposit(ctx, depositId), reason });
    // Lowering it to what is already paid settles it.
    if (amountMinor === before.paidMinor)
      return changeDepositStatus(ctx, depositId, 'paid', `Paid in full after the amount changed: ${reason}`, { paidAt: now });
    return getDeposit(ctx, depositId);
  },

  'deposits.forPlan'(ctx, { planId }) {
    const ids = ctx.db
      .select({ id: deposits.id })
      .from(deposits)
      .where(eq(deposits.planId, planId))
      .orderBy(asc(deposits.sessionNumber))
      .all();
    return ids.map(({ id }) => getDeposit(ctx, id));
  },
};
