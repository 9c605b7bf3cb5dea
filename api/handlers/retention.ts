import { buildGroups, MIN_CASES } from '../../core/retention-breakdown';
import { breakdownTallies, SIMILAR_DIMENSIONS, similarTallies } from '../../db/queries/retention-breakdown';
import { getClient } from './clients';
import type { HandlerMap } from './types';

/** Every case is counted once in each dimension: the first dimension's total is the number of cases. */
const casesIn = (tallies: { dimension: string; n: number }[], dimension: string) =>
  tallies.filter((t) => t.dimension === dimension).reduce((sum, t) => sum + t.n, 0);

export const retentionHandlers: HandlerMap<'retention.breakdown' | 'retention.similar'> = {
  // Counted by the month the pigment went in: the period runs from the month of `from` to the month of `to`.
  'retention.breakdown'(ctx, { practitionerId, from, to }) {
    const tallies = breakdownTallies(ctx.sqlite, from.slice(0, 7), to.slice(0, 7), practitionerId);
    return { cases: casesIn(tallies, 'shade'), minCases: MIN_CASES, groups: buildGroups(tallies) };
  },
  'retention.similar'(ctx, { clientId, zones }) {
    const { fitzpatrick } = getClient(ctx, clientId);
    if (fitzpatrick === null) return { fitzpatrick: null, cases: 0, minCases: MIN_CASES, groups: [] };
    const tallies = similarTallies(ctx.sqlite, fitzpatrick, zones);
    return { fitzpatrick, cases: casesIn(tallies, 'dilution'), minCases: MIN_CASES, groups: buildGroups(tallies, SIMILAR_DIMENSIONS) };
  },
};
