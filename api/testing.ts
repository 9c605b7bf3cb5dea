// An API over a fresh database built from the real migrations, with outputs checked against the contract.
import { MIGRATIONS_FOLDER, openTestDatabase } from '../db/testing';
import type { Channel, ChannelInput, ChannelOutput } from './contract';
import { createApi, type ApiOptions } from './dispatch';
import type { ApiError } from './result';

export async function testApi(
  now?: () => Date,
  extra: Pick<ApiOptions, 'hub' | 'hubState' | 'networkInterfaces'> & { file?: string } = {},
) {
  const { file, ...options } = extra;
  // An existing test database when given (a test that changed it with a raw connection), else a new one.
  const open = await openTestDatabase(file);
  const root = createApi(open, {
    checkOutputs: true,
    migrationsFolder: MIGRATIONS_FOLDER,
    ...(now ? { now } : {}),
    ...options,
    onInternalError: (channel, error) => {
      throw new Error(`internal error in ${channel}: ${String(error)}`);
    },
  });
  // One caller (a window) unless a test opens more with root.client().
  const api = root.client();
  async function ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = await api.callTyped(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.data;
  }
  async function err<C extends Channel>(channel: C, input: unknown): Promise<ApiError> {
    const r = await api.call(channel, input);
    if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
    return r.error;
  }
  /** Row counts of every table, to prove a refused change wrote nothing. */
  function counts(): Record<string, number> {
    const tables = open.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return Object.fromEntries(tables.map((t) => [t, open.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
  }
  return { open, root, api, ok, err, counts, close: () => open.close() };
}
