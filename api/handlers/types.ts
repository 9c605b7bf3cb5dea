import type { z } from 'zod';
import type { Channel, Contract, ChannelOutput } from '../contract';
import type { HandlerContext } from '../context';

/** A handler gets the parsed input and returns the output synchronously (better-sqlite3 is sync). */
export type Handler<C extends Channel> = (
  ctx: HandlerContext,
  input: z.output<Contract[C]['input']>,
) => Contract[C] extends { task: true } ? Promise<ChannelOutput<C>> : ChannelOutput<C>;
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
