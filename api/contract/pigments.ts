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
    { invalidates: ['pigments.list'] },
  ),
} as const;
