import { and, asc, eq } from 'drizzle-orm';
import { pigments } from '../../db/schema';
import { writeAudit } from '../audit';
import { fail } from '../result';
import type { HandlerMap } from './types';

export const pigmentHandlers: HandlerMap<'pigments.list' | 'pigments.add'> = {
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
    if (exists) throw fail.field('shade', `${input.brand} ${input.shade} is already on the pigment list.`);
    const row = ctx.db.insert(pigments).values(input).returning().get();
    const record = { id: row.id, brand: row.brand, shade: row.shade, darkness: row.darkness, active: row.active };
    writeAudit(ctx, { entity: 'pigment', entityId: row.id, action: 'create', after: record });
    return record;
  },
};
