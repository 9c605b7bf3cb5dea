import { z } from 'zod';
import { id, requiredText } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

export const pigmentRecord = z.object({ id, brand: z.string(), shade: z.string(), darkness: z.number().int(), active: z.boolean() });
export type PigmentRecord = z.infer<typeof pigmentRecord>;

export const pigmentsContract = {
  'pigments.list': query(z.object({ includeInactive: z.boolean().default(false) }), z.array(pigmentRecord)),
  'pigments.add': change(
    z.object({
      brand: requiredText(msg('checks.label.brand'), 100),
      shade: requiredText(msg('checks.label.shade'), 100),
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
        brand: requiredText(msg('checks.label.brand'), 100).optional(),
        shade: requiredText(msg('checks.label.shade'), 100).optional(),
        darkness: z
          .number({ error: zodText(msg('checks.pigments.order')) })
          .int({ error: zodText(msg('checks.pigments.order')) })
          .min(0, { error: zodText(msg('checks.pigments.order')) })
          .max(100, { error: zodText(msg('checks.pigments.order')) })
          .optional(),
        active: z.boolean({ error: zodText(msg('checks.pigments.sayActive')) }).optional(),
      })
      .refine((v) => v.brand !== undefined || v.shade !== undefined || v.darkness !== undefined || v.active !== undefined, {
        error: zodText(msg('checks.any.nothingToChange')),
        path: ['shade'],
      }),
    pigmentRecord,
    // Batches show their pigment's brand and shade; a retired shade no longer warns of running out.
    { invalidates: ['pigments.list', 'batches.list', 'batches.warnings'] },
  ),
} as const;
