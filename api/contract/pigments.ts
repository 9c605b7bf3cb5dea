import { z } from 'zod';
import { id, requiredText } from './common';
import { change, query } from './define';

export const pigmentRecord = z.object({ id, brand: z.string(), shade: z.string(), darkness: z.number().int(), active: z.boolean() });
export type PigmentRecord = z.infer<typeof pigmentRecord>;

export const pigmentsContract = {
  'pigments.list': query(z.object({ includeInactive: z.boolean().default(false) }), z.array(pigmentRecord)),
  'pigments.add': change(
    z.object({
      brand: requiredText('the brand', 100),
      shade: requiredText('the shade', 100),
      darkness: z.number().int().min(0).max(100).default(0),
    }),
    pigmentRecord,
    // A new pigment with no bottles yet is not running out: it is not in stock at all.
    { invalidates: ['pigments.list'] },
  ),
  // Rename, move in the shade order, retire or bring back. Sessions keep the names they were charted with.
  'pigments.update': change(
    z
      .object({
        id,
        brand: requiredText('the brand', 100).optional(),
        shade: requiredText('the shade', 100).optional(),
        darkness: z
          .number({ error: 'Give its place in the shade order as a whole number from 0 (lightest) to 100.' })
          .int({ error: 'Give its place in the shade order as a whole number from 0 (lightest) to 100.' })
          .min(0, { error: 'Give its place in the shade order as a whole number from 0 (lightest) to 100.' })
          .max(100, { error: 'Give its place in the shade order as a whole number from 0 (lightest) to 100.' })
          .optional(),
        active: z.boolean({ error: 'Say whether the pigment is in use.' }).optional(),
      })
      .refine((v) => v.brand !== undefined || v.shade !== undefined || v.darkness !== undefined || v.active !== undefined, {
        error: 'Nothing to change.',
        path: ['shade'],
      }),
    pigmentRecord,
    // Batches show their pigment's brand and shade; a retired shade no longer warns of running out.
    { invalidates: ['pigments.list', 'batches.list', 'batches.warnings'] },
  ),
} as const;
