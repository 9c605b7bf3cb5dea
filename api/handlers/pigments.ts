import { and, asc, eq } from 'drizzle-orm';
import { pigments } from '../../db/schema';
import { writeAudit } from '../audit';
import { fail } from '../result';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

type Row = typeof pigments.$inferSelect;
const recordOf = (row: Row) => ({ id: row.id, brand: row.brand, shade: row.shade, darkness: row.darkness, active: row.active });

export const pigmentHandlers: HandlerMap<'pigments.list' | 'pigments.add' | 'pigments.update'> = {
  'pigments.list'(ctx, { includeInactive }) {
    const rows = ctx.db
      .select({ id: pigments.id, brand: pigments.brand, shade: pigments.shade, darkness: pigments.darkness, active: pigments.active })
      .from(pigments)
      .orderBy(asc(pigments.brand), asc(pigments.darkness), asc(pigments.shade))
      .all();
    return rows.filter((r) => includeInactive || r.active);
  },
  'pigments.add'(ctx, input) {
    const exists = ctx.db
      .select({ id: pigments.id })
      .from(pigments)
      .where(and(eq(pigments.brand, input.brand), eq(pigments.shade, input.shade)))
      .get();
    if (exists) throw fail.field('shade', msg('refusals.pigments.onList', { brand: input.brand, shade: input.shade }));
    const row = ctx.db.insert(pigments).values(input).returning().get();
    const record = { id: row.id, brand: row.brand, shade: row.shade, darkness: row.darkness, active: row.active };
    writeAudit(ctx, { entity: 'pigment', entityId: row.id, action: 'create', after: record });
    return record;
  },
  'pigments.update'(ctx, { id, ...changes }) {
    const row = ctx.db.select().from(pigments).where(eq(pigments.id, id)).get();
    if (!row) throw fail.notFound(msg('refusals.record.thatPigment'));
    const before = recordOf(row);
    const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    if (next.brand !== before.brand || next.shade !== before.shade) {
      const taken = ctx.db
        .select({ id: pigments.id })
        .from(pigments)
        .where(and(eq(pigments.brand, next.brand), eq(pigments.shade, next.shade)))
        .get();
      if (taken && taken.id !== id) throw fail.field('shade', msg('refusals.pigments.onList', { brand: next.brand, shade: next.shade }));
    }
    const updated = ctx.db
      .update(pigments)
      .set({ brand: next.brand, shade: next.shade, darkness: next.darkness, active: next.active, updatedAt: ctx.now().toISOString() })
      .where(eq(pigments.id, id))
      .returning()
      .get();
    const after = recordOf(updated);
    const action = before.active && !after.active ? 'retire' : !before.active && after.active ? 'reactivate' : 'update';
    writeAudit(ctx, { entity: 'pigment', entityId: id, action, before, after });
    return after;
  },
};
