// Pigment batches in stock, the warnings Settings shows about them, and the recall of a batch.
import { z } from 'zod';
import { ZONES } from '../../core/vocabulary';
import { id, isoDate, requiredText, version } from './common';
import { change, query } from './define';

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
  .number({ error: 'Give the bottles in stock as a whole number.' })
  .int({ error: 'Give the bottles in stock as a whole number.' })
  .min(0, { error: 'The bottles in stock cannot be fewer than none.' })
  .max(999, { error: 'Keep the bottles in stock under 1,000.' });

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
      batchNumber: requiredText('the batch number', 60),
      expiresOn: isoDate('the expiry date'),
      openedOn: isoDate('the day it was opened').nullable().default(null),
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
        expiresOn: isoDate('the expiry date').optional(),
        openedOn: isoDate('the day it was opened').nullable().optional(),
        inStock: bottles.optional(),
      })
      .refine((v) => v.expiresOn !== undefined || v.openedOn !== undefined || v.inStock !== undefined, {
        error: 'Nothing to change.',
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
  'batches.recall': query(z.object({ batchNumber: requiredText('the batch number', 60) }), z.array(recallRow)),
} as const;
