import type { ChartRecord } from '../../../../api/contract/chart';

/** The chart's change history. Issue 6 fills this in. */
export function ChartHistory(_props: { chart: ChartRecord }) {
  return null;
}
