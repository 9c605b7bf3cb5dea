// A plan's status follows its sessions: quoted until the first is charted, under way from then,
// completed when its last quoted session is charted (and under way again if that stops being so).
// Cancelling is a person's decision and stays; so does a plan set by hand before anything is charted.
import type { PlanStatus } from './vocabulary';

/** `chartedUpTo`: the highest session number charted on the plan, 0 when none is. */
export function planStatusAfterCharting(current: PlanStatus, quotedSessions: number, chartedUpTo: number): PlanStatus {
  if (current === 'cancelled' || chartedUpTo === 0) return current;
  return chartedUpTo >= quotedSessions ? 'completed' : 'active';
}
