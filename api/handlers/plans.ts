import { and, desc, eq, sql } from 'drizzle-orm';
import { recallDate } from '../../core/booking';
import { localDateOf } from '../../core/dates';
import { deposits, sessions, treatmentPlans } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { fail } from '../result';
import { getClient } from './clients';
import { readSettings } from './settings';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

export function getPlanRow(ctx: HandlerContext, id: number) {
  return mustExist(ctx.db.select().from(treatmentPlans).where(eq(treatmentPlans.id, id)).get(), msg('api.record.theTreatmentPlan'));
}

export function getPlan(ctx: HandlerContext, id: number) {
  const { updatedAt: _u, ...plan } = getPlanRow(ctx, id);
  return plan;
}

/** A touch-up's default recall: the clinic's number of years after the course's last performed session. */
function defaultRecall(ctx: HandlerContext, clientId: number): string | null {
  const last = ctx.db
    .select({ performedAt: sessions.performedAt })
    .from(sessions)
    .where(and(eq(sessions.clientId, clientId), eq(sessions.kind, 'course'), eq(sessions.status, 'performed')))
    .orderBy(desc(sessions.performedAt))
    .get();
  if (!last?.performedAt) return null;
  return recallDate(localDateOf(last.performedAt), readSettings(ctx).touchUpRecallYears);
}

export const planHandlers: HandlerMap<'plans.create' | 'plans.setStatus' | 'plans.list'> = {
  'plans.create'(ctx, { deposits: depositPlan, ...input }) {
    getClient(ctx, input.clientId);
    if (input.kind === 'touch_up' && input.recallOn === null) {
      input.recallOn = defaultRecall(ctx, input.clientId);
      if (input.recallOn === null) {
        throw fail.field('recallOn', msg('api.plans.enterRecall'));
      }
    }
    if (input.kind === 'course') input.recallOn = null;
    const { id } = ctx.db.insert(treatmentPlans).values(input).returning({ id: treatmentPlans.id }).get();
    const plan = getPlan(ctx, id);
    writeAudit(ctx, { entity: 'plan', entityId: id, action: 'create', after: plan });
    for (const d of depositPlan) {
      const dep = ctx.db
        .insert(deposits)
        .values({ planId: id, sessionNumber: d.sessionNumber, amountMinor: d.amountMinor, currency: input.currency })
        .returning()
        .get();
      writeAudit(ctx, { entity: 'deposit', entityId: dep.id, action: 'create', after: dep });
    }
    return plan;
  },
  'plans.setStatus'(ctx, { id, expectedVersion, status, reason }) {
    const before = getPlan(ctx, id);
    checkVersion(msg('api.record.thisPlan'), before, expectedVersion);
    ctx.db
      .update(treatmentPlans)
      .set({ status, updatedAt: ctx.now().toISOString(), version: sql`${treatmentPlans.version} + 1` })
      .where(eq(treatmentPlans.id, id))
      .run();
    const after = getPlan(ctx, id);
    writeAudit(ctx, { entity: 'plan', entityId: id, action: 'status', before, after, reason });
    return after;
  },
  'plans.list'(ctx, { clientId }) {
    return ctx.db
      .select()
      .from(treatmentPlans)
      .where(eq(treatmentPlans.clientId, clientId))
      .orderBy(treatmentPlans.id)
      .all()
      .map(({ updatedAt: _u, ...p }) => p);
  },
};
