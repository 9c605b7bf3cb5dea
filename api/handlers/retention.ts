import { addDays } from '../../core/dates';
import { buildGroups, MIN_CASES } from '../../core/retention-breakdown';
import { breakdownTallies, SIMILAR_DIMENSIONS, similarTallies } from '../../db/queries/retention-breakdown';
import { getClient } from './clients';
import type { HandlerMap } from './types';

const casesIn = (groups: ReturnType<typeof buildGroups>, tallies: { dimension: string; n: number }[]) =>
  tallies.filter((t) => t.dimension === groups[0]?.dimension).reduce((sum, t) => sum + t.n, 0);

export const retentionHandlers: HandlerMap<'retention.breakdown' | 'retention.similar'> = {
  'retention.breakdown'(ctx, { practitionerId, from, to }) {
    const tallies = breakdownTallies(ctx.sqlite, from, addDays(to, 1), practitionerId);
    const groups = buildGroups(tallies);
    return { cases: casesIn(groups, tallies), minCases: MIN_CASES, groups };
  },
  'retention.similar'(ctx, { clientId, zones }) {
    const { fitzpatrick } = getClient(ctx, clientId);
    if (fitzpatrick === null) return { fitzpatrick: null, cases: 0, minCases: MIN_CASES, groups: [] };
    const tallies = similarTallies(ctx.sqlite, fitzpatrick, zones);
    const groups = buildGroups(tallies, SIMILAR_DIMENSIONS);
    return { fitzpatrick, cases: casesIn(groups, tallies), minCases: MIN_CASES, groups };
  },
};
