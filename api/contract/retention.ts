// Retention analytics: how each pigment, dilution and needle held, on whom and where.
import { z } from 'zod';
import { BREAKDOWN_DIMENSIONS } from '../../core/retention-breakdown';
import { RETENTION_RATINGS, ZONES } from '../../core/vocabulary';
import { id, isoDate } from './common';
import { query } from './define';
import { msg, zodText } from './words';

const counts = z.object(
  Object.fromEntries(RETENTION_RATINGS.map((r) => [r, z.number().int()])) as Record<(typeof RETENTION_RATINGS)[number], z.ZodNumber>,
);

/** One figure: its cases and outcomes, or (fewer than the minimum behind it) nothing but that it is hidden. */
export const breakdownRow = z.object({ key: z.string(), label: z.string(), cases: z.number().int().nullable(), counts: counts.nullable() });
export type BreakdownRow = z.infer<typeof breakdownRow>;

export const breakdownGroup = z.object({ dimension: z.enum(BREAKDOWN_DIMENSIONS), rows: z.array(breakdownRow) });
export type BreakdownGroup = z.infer<typeof breakdownGroup>;

export const retentionContract = {
  'retention.breakdown': query(
    z
      .object({
        practitionerId: id.nullable().default(null),
        from: isoDate(msg('checks.label.firstDay')),
        to: isoDate(msg('checks.label.lastDay')),
      })
      .refine((v) => v.from <= v.to, { error: zodText(msg('checks.retention.lastBeforeFirst')), path: ['to'] }),
    z.object({ cases: z.number().int(), minCases: z.number().int(), groups: z.array(breakdownGroup) }),
  ),
  /** Clients like this one (same Fitzpatrick type, same zones): how each dilution and shade held for them. */
  'retention.similar': query(
    z.object({ clientId: id, zones: z.array(z.enum(ZONES)).min(1, { error: zodText(msg('checks.retention.chooseZone')) }) }),
    z.object({
      fitzpatrick: z.number().int().nullable(),
      cases: z.number().int(),
      minCases: z.number().int(),
      groups: z.array(breakdownGroup),
    }),
  ),
} as const;
