import type { z } from 'zod';

/** A channel: its input and output schemas, and whether it changes the chart (and so is audited). */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  changes: boolean;
  /** A long-running operation (backup, restore, export): may be async, runs outside the dispatcher's
   *  transaction and writes its own audit entries in transactions of its own. */
  task?: true;
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> => ({
  input,
  output,
  changes: false,
});

export const task = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> & { task: true } => ({
  input,
  output,
  changes: false,
  task: true,
});

export const change = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> => ({
  input,
  output,
  changes: true,
});
