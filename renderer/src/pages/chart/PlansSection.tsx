import type { ChartRecord } from '../../../../api/contract/chart';

/** Treatment plans and deposits on the chart. Issue 4 fills this in. */
export function PlansSection(_props: { chart: ChartRecord }) {
  return null;
}
