// Pigment batches in stock, the warnings Settings shows about them, and the recall of a batch.
import { z } from 'zod';
import { ZONES } from '../../core/vocabulary';
import { id, isoDate, requiredText, version } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

export const batchRecord = z.object({
  id,
  pigmentId: id,
  brand: z.string(),
  shade: z.string(),
  batchNumber: z.string(),
  expiresOn: z.string(),
  openedOn: z.string().nullable(),
  inStock: z.number().int(),
  version,
});
export type BatchRecord = z.infer<typeof batchRecord>;

const bottles = z
  .number({ error: zodText(msg('checks.batches.bottlesWhole')) })
  .int({ error: zodText(msg('checks.batches.bottlesWhole')) })
  .min(0, { error: zodText(msg('checks.batches.bottlesNegative')) })
  .max(999, { error: zodText(msg('checks.batches.bottlesTooMany')) });

export const recallRow = z.object({
  sessionId: id,
  sessionNumber: z.number().int(),
  performedAt: z.string(),
  clientId: id,
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  brand: z.string().nullable(),
  shade: z.string().nullable(),
  batchNumber: z.string(),
  zones: z.array(z.enum(ZONES)),
});
export type RecallRow = z.infer<typeof recallRow>;

/** What shows a batch: the stock list, the warnings. */
const STOCK_SHOWN = ['batches.list', 'batches.warnings'] as const;

export const batchesContract = {
  'batches.list': query(
    z.object({ pigmentId: id.nullable().default(null), includeEmpty: z.boolean().default(false) }),
    z.array(batchRecord),
  ),
  'batches.add': change(
    z.object({
      pigmentId: id,
      batchNumber: requiredText(msg('api.label.batchNumber'), 60),
      expiresOn: isoDate(msg('checks.label.expiryDate')),
      openedOn: isoDate(msg('checks.label.dayOpened')).nullable().default(null),
      inStock: bottles.default(1),
    }),
    batchRecord,
    { invalidates: STOCK_SHOWN },
  ),
  'batches.update': change(
    z
      .object({
        id,
        expectedVersion: version,
        expiresOn: isoDate(msg('checks.label.expiryDate')).optional(),
        openedOn: isoDate(msg('checks.label.dayOpened')).nullable().optional(),
        inStock: bottles.optional(),
      })
      .refine((v) => v.expiresOn !== undefined || v.openedOn !== undefined || v.inStock !== undefined, {
        error: zodText(msg('checks.any.nothingToChange')),
        path: ['inStock'],
      }),
    batchRecord,
    { invalidates: STOCK_SHOWN },
  ),
  /** Batches in stock expiring within 60 days (or already expired), and shades with one bottle or none left. */
  'batches.warnings': query(
    z.object({}),
    z.object({
      withinDays: z.number().int(),
      expiring: z.array(batchRecord),
      runningOut: z.array(z.object({ pigmentId: id, brand: z.string(), shade: z.string(), inStock: z.number().int() })),
    }),
  ),
  /** Every client who received a batch: sessions whose batch number is this one (any letter case). */
  'batches.recall': query(z.object({ batchNumber: requiredText(msg('api.label.batchNumber'), 60) }), z.array(recallRow)),
} as const;
