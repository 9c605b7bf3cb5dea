import { asc, eq, sql } from 'drizzle-orm';
import { checkDepositTransition } from '../../core/deposits';
import { depositPayments, deposits } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { DepositRecord } from '../contract/chart';
import { fail } from '../result';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';

export function getDeposit(ctx: HandlerContext, id: number): DepositRecord {
  const row = mustExist(ctx.db.select().from(deposits).where(eq(deposits.id, id)).get(), 'The deposit');
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
  const check = checkDepositTransition(before.status, to);
  if (!check.ok) throw fail.field('status', check.message);
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

export const depositHandlers: HandlerMap<'deposits.recordPayment' | 'deposits.setStatus' | 'deposits.forPlan'> = {
  'deposits.recordPayment'(ctx, input) {
    const before = getDeposit(ctx, input.depositId);
    checkVersion('This deposit', before, input.expectedVersion);
    if (before.status !== 'required') {
      throw fail.field('amountMinor', `This deposit is ${before.status}; no payment is due.`);
    }
    const outstanding = before.amountMinor - before.paidMinor;
    if (input.amountMinor > outstanding) {
      throw fail.field('amountMinor', `Only ${outstanding} (minor units) is outstanding on this deposit.`);
    }
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
    checkVersion('This deposit', before, expectedVersion);
    return changeDepositStatus(ctx, depositId, status, reason);
  },

  'deposits.forPlan'(ctx, { planId }) {
    const ids = ctx.db.select({ id: deposits.id }).from(deposits).where(eq(deposits.planId, planId)).orderBy(asc(deposits.sessionNumber)).all();
    return ids.map(({ id }) => getDeposit(ctx, id));
  },
};
