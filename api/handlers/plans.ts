import { asc, eq, sql } from 'drizzle-orm';
import { deposits, treatmentPlans } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { getClient } from './clients';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';

export function getPlan(ctx: HandlerContext, id: number) {
  const row = mustExist(ctx.db.select().from(treatmentPlans).where(eq(treatmentPlans.id, id)).get(), 'The treatment plan');
  const { updatedAt: _u, ...plan } = row;
  return plan;
}

export const planHandlers: HandlerMap<'plans.create' | 'plans.setStatus' | 'plans.list'> = {
  'plans.create'(ctx, { deposits: depositPlan, ...input }) {
    getClient(ctx, input.clientId);
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
    checkVersion('This plan', before, expectedVersion);
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
      .orderBy(asc(treatmentPlans.id))
      .all()
      .map(({ updatedAt: _u, ...p }) => p);
  },
};
