import type { z } from 'zod';

/** What a change leaves stale: query channels whose answers may differ after it, or 'all' (a restore). */
export type Stale<N extends string = string> = readonly N[] | 'all';

/** A channel: its input and output schemas, and whether it changes the chart (and so is audited). */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  changes: boolean;
  /** A long-running operation (backup, restore, export): may be async, runs outside the dispatcher's
   *  transaction and writes its own audit entries in transactions of its own. */
  task?: true;
}

/** A change or task also says what it makes stale. */
export interface WriteDef<I extends z.ZodType, O extends z.ZodType, N extends string> extends ChannelDef<I, O> {
  kind: 'change' | 'task';
  /** The query channels to refetch, in every window, once it has succeeded. */
  invalidates: Stale<N>;
  /** Why it makes nothing stale (given when `invalidates` is empty). */
  staleNothingBecause?: string;
}

/**
 * What a change or task makes stale: every query channel that reads a table it writes, or 'all'. An
 * empty list needs a reason. The names are checked against the contract's queries (./index.ts).
 */
export type Effects<N extends string> = { invalidates: 'all' | readonly [N, ...N[]] } | { invalidates: readonly []; because: string };

function effectsOf<N extends string>(effects: Effects<N>): { invalidates: Stale<N>; staleNothingBecause?: string } {
  return 'because' in effects
    ? { invalidates: effects.invalidates, staleNothingBecause: effects.because }
    : { invalidates: effects.invalidates };
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> & { kind: 'query' } => ({
  input,
  output,
  changes: false,
  kind: 'query',
});

export const task = <I extends z.ZodType, O extends z.ZodType, const N extends string = never>(
  input: I,
  output: O,
  effects: Effects<N>,
): WriteDef<I, O, N> & { task: true; kind: 'task' } => ({
  input,
  output,
  changes: false,
  task: true,
  kind: 'task',
  ...effectsOf(effects),
});

export const change = <I extends z.ZodType, O extends z.ZodType, const N extends string = never>(
  input: I,
  output: O,
  effects: Effects<N>,
): WriteDef<I, O, N> & { kind: 'change' } => ({
  input,
  output,
  changes: true,
  kind: 'change',
  ...effectsOf(effects),
});
