import { eq, sql } from 'drizzle-orm';
import { EXPIRY_WARNING_DAYS, RUNNING_OUT_BOTTLES, warnUntil } from '../../core/batches';
import { localDateOf } from '../../core/dates';
import { formatDate } from '../../core/format-date';
import {
  batchByNumber,
  expiringBatches,
  listBatches,
  readBatch,
  recallBatch,
  shadesRunningOut,
  type BatchRow,
} from '../../db/queries/batches';
import { pigmentBatches, pigments } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { fail } from '../result';
import { readSettings } from './settings';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

function batch(ctx: HandlerContext, id: number): BatchRow {
  return mustExist(readBatch(ctx.sqlite, id), msg('refusals.record.thatBatch'));
}

function insertBatch(
  ctx: HandlerContext,
  values: { pigmentId: number; batchNumber: string; expiresOn: string; openedOn: string | null; inStock: number },
  reason?: string,
): BatchRow {
  const { id } = ctx.db.insert(pigmentBatches).values(values).returning({ id: pigmentBatches.id }).get();
  const after = batch(ctx, id);
  writeAudit(ctx, { entity: 'pigment_batch', entityId: id, action: 'create', after, ...(reason ? { reason } : {}) });
  return after;
}

/** What a session charted with a batch must agree with in stock; checked before anything is written. */
export function checkChartedBatch(
  ctx: HandlerContext,
  charted: { brand: string; shade: string; batchNumber: string; expiresOn: string },
): { pigmentId: number; known: boolean } | null {
  const pigment = ctx.db
    .select({ id: pigments.id })
    .from(pigments)
    .where(sql`${pigments.brand} = ${charted.brand} AND ${pigments.shade} = ${charted.shade}`)
    .get();
  if (!pigment) return null; // a pigment not on the list: nothing in stock to keep
  const known = batchByNumber(ctx.sqlite, pigment.id, charted.batchNumber);
  if (known && known.expiresOn !== charted.expiresOn) {
    const { locale } = readSettings(ctx);
    throw fail.field(
      'pigmentExpiry',
      msg('refusals.batches.expiryDiffers', { batch: known.batchNumber, shade: charted.shade, date: formatDate(known.expiresOn, locale) }),
    );
  }
  return { pigmentId: pigment.id, known: known !== undefined };
}

/** A batch typed at the chair that is not in stock yet is added (one bottle, opened that day). */
export function addChartedBatch(
  ctx: HandlerContext,
  checked: { pigmentId: number; known: boolean } | null,
  charted: { batchNumber: string; expiresOn: string; performedDate: string; sessionNumber: number },
): void {
  if (!checked || checked.known) return;
  insertBatch(
    ctx,
    {
      pigmentId: checked.pigmentId,
      batchNumber: charted.batchNumber,
      expiresOn: charted.expiresOn,
      openedOn: charted.performedDate,
      inStock: 1,
    },
    `Typed in when charting session ${charted.sessionNumber}`,
  );
}

export const batchHandlers: HandlerMap<'batches.list' | 'batches.add' | 'batches.update' | 'batches.warnings' | 'batches.recall'> = {
  'batches.list'(ctx, { pigmentId, includeEmpty }) {
    return listBatches(ctx.sqlite, pigmentId, includeEmpty);
  },
  'batches.add'(ctx, input) {
    const pigment = ctx.db.select().from(pigments).where(eq(pigments.id, input.pigmentId)).get();
    if (!pigment) throw fail.field('pigmentId', msg('refusals.batches.choosePigment'));
    if (input.openedOn !== null && input.openedOn > localDateOf(ctx.now())) {
      throw fail.field('openedOn', msg('refusals.batches.openedFuture'));
    }
    if (batchByNumber(ctx.sqlite, pigment.id, input.batchNumber)) {
      throw fail.field(
        'batchNumber',
        msg('refusals.batches.inStock', { batch: input.batchNumber, brand: pigment.brand, shade: pigment.shade }),
      );
    }
    return insertBatch(ctx, input);
  },
  'batches.update'(ctx, { id, expectedVersion, ...changes }) {
    const before = batch(ctx, id);
    checkVersion(msg('refusals.record.thisBatch'), before, expectedVersion);
    const openedOn = changes.openedOn === undefined ? before.openedOn : changes.openedOn;
    if (openedOn !== null && openedOn > localDateOf(ctx.now())) throw fail.field('openedOn', msg('refusals.batches.openedFuture'));
    ctx.db
      .update(pigmentBatches)
      .set({
        expiresOn: changes.expiresOn ?? before.expiresOn,
        openedOn,
        inStock: changes.inStock ?? before.inStock,
        updatedAt: ctx.now().toISOString(),
        version: sql`${pigmentBatches.version} + 1`,
      })
      .where(eq(pigmentBatches.id, id))
      .run();
    const after = batch(ctx, id);
    writeAudit(ctx, { entity: 'pigment_batch', entityId: id, action: 'update', before, after });
    return after;
  },
  'batches.warnings'(ctx) {
    const today = localDateOf(ctx.now());
    return {
      withinDays: EXPIRY_WARNING_DAYS,
      expiring: expiringBatches(ctx.sqlite, warnUntil(today)),
      runningOut: shadesRunningOut(ctx.sqlite, RUNNING_OUT_BOTTLES),
    };
  },
  'batches.recall'(ctx, { batchNumber }) {
    return recallBatch(ctx.sqlite, batchNumber);
  },
};
