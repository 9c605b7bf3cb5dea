import { eq, sql } from 'drizzle-orm';
import { hairlineRequests, sessions } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { fail } from '../result';
import { getClient } from './clients';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

export function getRequest(ctx: HandlerContext, id: number) {
  const row = mustExist(ctx.db.select().from(hairlineRequests).where(eq(hairlineRequests.id, id)).get(), msg('api.record.theRequest'));
  const { updatedAt: _u, ...record } = row;
  return record;
}

function sessionOfClient(ctx: HandlerContext, sessionId: number, clientId: number, field: string) {
  const s = ctx.db.select({ clientId: sessions.clientId }).from(sessions).where(eq(sessions.id, sessionId)).get();
  if (!s || s.clientId !== clientId) throw fail.field(field, msg('api.requests.sessionOfClient'));
}

/** Marks a request done at a session, inside the caller's transaction. */
export function markRequestDone(ctx: HandlerContext, id: number, sessionId: number, clientId: number): void {
  const before = getRequest(ctx, id);
  if (before.clientId !== clientId) throw fail.field('doneRequestIds', msg('api.requests.otherClient'));
  if (before.status === 'done' || before.status === 'declined') {
    throw fail.field('doneRequestIds', msg('api.requests.alreadyClosed', { request: before.request, status: before.status }));
  }
  ctx.db
    .update(hairlineRequests)
    .set({ status: 'done', doneAtSessionId: sessionId, updatedAt: ctx.now().toISOString(), version: sql`${hairlineRequests.version} + 1` })
    .where(eq(hairlineRequests.id, id))
    .run();
  writeAudit(ctx, { entity: 'hairline_request', entityId: id, action: 'done', before, after: getRequest(ctx, id) });
}

/** Records a client's request, inside the caller's transaction. */
export function raiseRequest(ctx: HandlerContext, input: typeof hairlineRequests.$inferInsert) {
  const { id } = ctx.db.insert(hairlineRequests).values(input).returning({ id: hairlineRequests.id }).get();
  const after = getRequest(ctx, id);
  writeAudit(ctx, { entity: 'hairline_request', entityId: id, action: 'create', after });
  return after;
}

export const requestHandlers: HandlerMap<'hairlineRequests.raise' | 'hairlineRequests.setStatus'> = {
  'hairlineRequests.raise'(ctx, input) {
    getClient(ctx, input.clientId);
    if (input.raisedAtSessionId) sessionOfClient(ctx, input.raisedAtSessionId, input.clientId, 'raisedAtSessionId');
    return raiseRequest(ctx, input);
  },
  'hairlineRequests.setStatus'(ctx, { id, expectedVersion, status, doneAtSessionId, note }) {
    const before = getRequest(ctx, id);
    checkVersion(msg('api.record.thisRequest'), before, expectedVersion);
    if (before.status === 'done') throw fail.field('status', msg('api.requests.alreadyDone'));
    if (doneAtSessionId) sessionOfClient(ctx, doneAtSessionId, before.clientId, 'doneAtSessionId');
    ctx.db
      .update(hairlineRequests)
      .set({
        status,
        doneAtSessionId: status === 'done' ? doneAtSessionId : null,
        resolutionNote: note || before.resolutionNote,
        updatedAt: ctx.now().toISOString(),
        version: sql`${hairlineRequests.version} + 1`,
      })
      .where(eq(hairlineRequests.id, id))
      .run();
    const after = getRequest(ctx, id);
    writeAudit(ctx, { entity: 'hairline_request', entityId: id, action: 'status', before, after, reason: note });
    return after;
  },
};
