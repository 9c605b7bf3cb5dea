import { fail, type What } from '../result';

/** Optimistic concurrency: refuse a save made against an older copy of the record. */
export function checkVersion<T extends { version: number }>(what: What, current: T, expected: number | null | undefined): void {
  if (expected != null && current.version !== expected) throw fail.conflict(what, current);
}

export function mustExist<T>(row: T | undefined, what: What): T {
  if (row === undefined) throw fail.notFound(what);
  return row;
}
