// STAND-IN until the real hook lands (another branch adds it, from the server's `progress` events,
// api/contract/events.ts): same name and signature, and no progress known yet. The lead merges the two.
import type { Channel } from '../../../api/contract';

export interface TaskStep {
  step: string;
  done: number;
  total: number;
}

/** The latest progress of `task` started by this session, or null when none is under way. */
export function useTaskProgress(_task: Channel): TaskStep | null {
  return null;
}
