import { and, eq, inArray } from 'drizzle-orm';
import { drafts } from '../../db/schema';
import type { HandlerContext } from '../context';
import type { DraftRecord } from '../contract/drafts';
import { getClient } from './clients';
import type { HandlerMap } from './types';

// A draft belongs to the staff member signed in when it was saved, and to the record. A clinic
// expects half-typed notes to stay the writer's: if a colleague unlocks the same window and saves
// them, the chart and its audit trail would name the wrong person (and reception would see a
// practitioner's unsaved notes as their own form). So each person sees only their own drafts; the
// first one's comes back when they sign in again. Without a schema change, ownership is kept in the
// stored form name ('session@12'); a draft saved with nobody signed in (an install with no PINs yet,
// or a version before this) has no owner, and whoever opens the record next may carry it on.
const owned = (ctx: HandlerContext, form: string) => (ctx.actorId === null ? form : `${form}@${ctx.actorId}`);

export const draftHandlers: HandlerMap<'drafts.get' | 'drafts.save' | 'drafts.discard'> = {
  'drafts.get'(ctx, { clientId, form }) {
    const mine = find(ctx, clientId, owned(ctx, form));
    const row = mine ?? find(ctx, clientId, form);
    return row ? toRecord(row, form) : null;
  },

  'drafts.save'(ctx, { clientId, form, data, baseVersion }) {
    getClient(ctx, clientId);
    const savedAt = ctx.now().toISOString();
    const stored = owned(ctx, form);
    const row = ctx.db
      .insert(drafts)
      .values({ clientId, form: stored, data, baseVersion, savedAt })
      .onConflictDoUpdate({ target: [drafts.clientId, drafts.form], set: { data, baseVersion, savedAt } })
      .returning()
      .get();
    // An unowned draft this person carried on is theirs now: it must not come back beside theirs.
    if (stored !== form) remove(ctx, clientId, [form]);
    return toRecord(row, form);
  },

  'drafts.discard'(ctx, { clientId, form }) {
    remove(ctx, clientId, [...new Set([owned(ctx, form), form])]);
    return { ok: true as const };
  },
};

function find(ctx: HandlerContext, clientId: number, stored: string) {
  return ctx.db
    .select()
    .from(drafts)
    .where(and(eq(drafts.clientId, clientId), eq(drafts.form, stored)))
    .get();
}

function remove(ctx: HandlerContext, clientId: number, stored: string[]) {
  ctx.db
    .delete(drafts)
    .where(and(eq(drafts.clientId, clientId), inArray(drafts.form, stored)))
    .run();
}

function toRecord(row: typeof drafts.$inferSelect, form: string): DraftRecord {
  return {
    clientId: row.clientId,
    form,
    data: row.data as Record<string, unknown>,
    baseVersion: row.baseVersion,
    savedAt: row.savedAt,
  };
}
