// Seeds the clinic's pigment list from resources/default-pigments.json into a new database.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import defaults from '../resources/default-pigments.json' with { type: 'json' };
import { pigments } from '../db/schema';
import { writeAudit } from './audit';
import type { Seeder } from './defaults';

const file = z.object({
  pigments: z.array(z.object({ brand: z.string().min(1), shade: z.string().min(1), darkness: z.number().int().min(0).max(100) })).min(1),
});

export const pigmentSeeder: Seeder = {
  name: 'default pigments',
  seed(ctx) {
    // Only into an empty list: a clinic that edited or retired pigments keeps its own list.
    const count =
      ctx.db
        .select({ n: sql<number>`count(*)` })
        .from(pigments)
        .get()?.n ?? 0;
    if (count > 0) return false;
    for (const p of file.parse(defaults).pigments) {
      const row = ctx.db.insert(pigments).values(p).returning().get();
      writeAudit(ctx, {
        entity: 'pigment',
        entityId: row.id,
        action: 'create',
        after: { id: row.id, brand: row.brand, shade: row.shade, darkness: row.darkness, active: row.active },
        reason: 'Default pigment list',
      });
    }
    return true;
  },
};
