import { and, eq, sql } from 'drizzle-orm';
import { loadChart } from '../../db/queries/chart';
import { searchClients } from '../../db/queries/client-search';
import { clients } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { ClientRecord } from '../contract/clients';
import { fail } from '../result';
import { keysFor, storedKeyContext, withoutKeys } from '../../db/client-keys';
import type { z } from 'zod';
import type { clientInput } from '../contract/clients';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { withClientTallies } from '../../db/queries/retention-breakdown';

export function getClient(ctx: HandlerContext, id: number): ClientRecord {
  const row = mustExist(ctx.db.select().from(clients).where(eq(clients.id, id)).get(), 'The client');
  return withoutKeys(row);
}

/**
 * The one way a client is created (the create channel, and any import of clients): the row with its
 * search and sort keys (db/client-keys.ts) and its audit entry, in the caller's transaction.
 */
export function createClient(ctx: HandlerContext, input: z.output<typeof clientInput>): ClientRecord {
  const inserted = ctx.db
    .insert(clients)
    .values({ ...input, ...keysFor(ctx.sqlite, input) })
    .returning({ id: clients.id })
    .get();
  const created = getClient(ctx, inserted.id);
  writeAudit(ctx, { entity: 'client', entityId: created.id, action: 'create', after: created });
  return created;
}

export const clientHandlers: HandlerMap<'clients.create' | 'clients.update' | 'clients.search' | 'clients.chart' | 'clients.archive'> = {
  'clients.create'(ctx, input) {
    return createClient(ctx, input);
  },

  'clients.update'(ctx, { id, expectedVersion, ...fields }) {
    const before = getClient(ctx, id);
    checkVersion('This client', before, expectedVersion);
    // Skin type and case type are retention figures: the kept counts follow the client.
    withClientTallies(ctx.sqlite, id, () =>
      ctx.db
        .update(clients)
        .set({
          ...fields,
          ...keysFor(ctx.sqlite, { ...fields, phone: fields.phone === undefined ? before.phone : fields.phone }),
          updatedAt: ctx.now().toISOString(),
          version: sql`${clients.version} + 1`,
        })
        .where(and(eq(clients.id, id), eq(clients.version, expectedVersion)))
        .run(),
    );
    const after = getClient(ctx, id);
    writeAudit(ctx, { entity: 'client', entityId: id, action: 'update', before, after });
    return after;
  },

  'clients.search'(ctx, input) {
    return searchClients(ctx.sqlite, { ...input, country: storedKeyContext(ctx.sqlite).country });
  },

  'clients.chart'(ctx, { id }) {
    const chart = loadChart(ctx.db, id);
    if (!chart) throw fail.notFound('The client');
    return chart;
  },

  'clients.archive'(ctx, { id, expectedVersion, archived, reason }) {
    const before = getClient(ctx, id);
    checkVersion('This client', before, expectedVersion);
    ctx.db
      .update(clients)
      .set({
        archivedAt: archived ? ctx.now().toISOString() : null,
        updatedAt: ctx.now().toISOString(),
        version: sql`${clients.version} + 1`,
      })
      .where(eq(clients.id, id))
      .run();
    const after = getClient(ctx, id);
    writeAudit(ctx, { entity: 'client', entityId: id, action: archived ? 'archive' : 'unarchive', before, after, reason });
    return after;
  },
};
