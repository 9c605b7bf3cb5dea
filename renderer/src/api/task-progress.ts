// The latest step of each long task (backup, restore, export) this session started, as the server
// reports it, for a progress bar: useTaskProgress('safety.export') → { step, done, total } or null.
import { useSyncExternalStore } from 'react';
import type { Channel } from '../../../api/contract';
import type { TaskProgress } from '../../../api/contract/events';

/** What a progress bar shows: the step being done, and how far along. */
export type TaskStep = Pick<TaskProgress, 'step' | 'done' | 'total'>;

const latest = new Map<string, TaskStep>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

export function setTaskProgress({ task, step, done, total }: TaskProgress): void {
  latest.set(task, { step, done, total });
  changed();
}

/** The task has finished (or failed): nothing to show any more. */
export function clearTaskProgress(task: string): void {
  if (latest.delete(task)) changed();
}

export function taskProgress(task: string): TaskStep | null {
  return latest.get(task) ?? null;
}

export function subscribeTaskProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTaskProgress(task: Channel): TaskStep | null {
  return useSyncExternalStore(subscribeTaskProgress, () => taskProgress(task));
}
