import { and, eq, sql } from 'drizzle-orm';
import { loadChart } from '../../db/queries/chart';
import { searchClients } from '../../db/queries/client-search';
import { clients } from '../../db/schema';
import { storedKeyContext } from '../../db/client-keys';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { ClientRecord } from '../contract/clients';
import { fail } from '../result';
import { keysFor, withoutKeys } from '../../db/client-keys';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { withClientTallies } from '../../db/queries/retention-breakdown';
import { preparedBySource } from '../../db/prepared';
import type { Db } from '../../db/open';
import type { AuditWriter } from '../audit';
import type { clientInput } from '../contract/clients';
import type { z } from 'zod';
import { msg } from '../contract/words';

/** Who creates a client, on which connection: a handler's context, or the import's task. */
export type ClientWriter = AuditWriter & { db: Db };
export type NewClient = z.output<typeof clientInput>;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const CLIENT_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'dateOfBirth',
  'hairLossScale',
  'hairLossStage',
  'fitzpatrick',
  'caseType',
  'notes',
] as const;
/** A client's record as the API returns it and its audit entry holds it (not the derived keys). */
const RECORD_COLUMNS = ['id', ...CLIENT_FIELDS, 'archivedAt', 'erasedAt', 'createdAt', 'updatedAt', 'version'];
const insertStatement = preparedBySource();

/** The INSERT for the client's fields and its search and sort keys (db/client-keys.ts). */
function insertSql(keys: readonly string[]): string {
  const columns = [...CLIENT_FIELDS, ...keys];
  return `INSERT INTO clients (${columns.map(snake).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
    RETURNING ${RECORD_COLUMNS.map((c) => `${snake(c)} AS ${c}`).join(', ')}`;
}

/**
 * The one way a client is created: clients.create and the import both call it, in their own
 * transaction. The row with its search and sort keys for the clinic as stored, and its "create"
 * entry (its whole record, as verify compares it). A prepared statement, not Drizzle's builder: the
 * import creates 20,000 in one transaction, and the builder costs ten times the insert itself there
 * (bench/import.bench.ts).
 */
export function createClient(w: ClientWriter, input: NewClient, reason: string | null = null): ClientRecord {
  const keys = keysFor(w.sqlite, input);
  const values: Record<string, unknown> = { ...keys };
  for (const field of CLIENT_FIELDS) values[field] = input[field] ?? null;
  const created = insertStatement(w.sqlite, insertSql(Object.keys(keys))).get(values) as ClientRecord;
  writeAudit(w, { entity: 'client', entityId: created.id, action: 'create', after: created, reason });
  return created;
}

export function getClient(ctx: Pick<HandlerContext, 'db'>, id: number): ClientRecord {
  return withoutKeys(mustExist(ctx.db.select().from(clients).where(eq(clients.id, id)).get(), msg('api.record.theClient')));
}

export const clientHandlers: HandlerMap<'clients.create' | 'clients.update' | 'clients.search' | 'clients.chart' | 'clients.archive'> = {
  'clients.create'(ctx, input) {
    return createClient(ctx, input);
  },

  'clients.update'(ctx, { id, expectedVersion, ...fields }) {
    const before = getClient(ctx, id);
    checkVersion(msg('api.record.thisClient'), before, expectedVersion);
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
    if (!chart) throw fail.notFound(msg('api.record.theClient'));
    return chart;
  },

  'clients.archive'(ctx, { id, expectedVersion, archived, reason }) {
    const before = getClient(ctx, id);
    checkVersion(msg('api.record.thisClient'), before, expectedVersion);
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
