import type { ChartRecord } from '../../../../api/contract/chart';

export type ChartSession = ChartRecord['sessions'][number];

/** Extra per-session actions on the timeline (e.g. printing the aftercare sheet). Issue 5 fills this in. */
export function SessionExtras(_props: { session: ChartSession; chart: ChartRecord }) {
  return null;
}
