import { and, eq } from 'drizzle-orm';
import { drafts } from '../../db/schema';
import type { DraftRecord } from '../contract/drafts';
import { getClient } from './clients';
import type { HandlerMap } from './types';

export const draftHandlers: HandlerMap<'drafts.get' | 'drafts.save' | 'drafts.discard'> = {
  'drafts.get'(ctx, { clientId, form }) {
    const row = ctx.db
      .select()
      .from(drafts)
      .where(and(eq(drafts.clientId, clientId), eq(drafts.form, form)))
      .get();
    return row ? toRecord(row) : null;
  },

  'drafts.save'(ctx, { clientId, form, data, baseVersion }) {
    getClient(ctx, clientId);
    const savedAt = ctx.now().toISOString();
    const row = ctx.db
      .insert(drafts)
      .values({ clientId, form, data, baseVersion, savedAt })
      .onConflictDoUpdate({ target: [drafts.clientId, drafts.form], set: { data, baseVersion, savedAt } })
      .returning()
      .get();
    return toRecord(row);
  },

  'drafts.discard'(ctx, { clientId, form }) {
    ctx.db
      .delete(drafts)
      .where(and(eq(drafts.clientId, clientId), eq(drafts.form, form)))
      .run();
    return { ok: true as const };
  },
};

function toRecord(row: typeof drafts.$inferSelect): DraftRecord {
  return {
    clientId: row.clientId,
    form: row.form,
    data: row.data as Record<string, unknown>,
    baseVersion: row.baseVersion,
    savedAt: row.savedAt,
  };
}
