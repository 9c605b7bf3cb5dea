// The typed client: the only way the renderer reaches data. After a change this window made, the
// queries the contract says it makes stale are refetched here, before the caller goes on; other
// windows hear of it from the server (server-events.ts).
import { staleAfter, type Channel, type ChannelInput, type ChannelOutput } from '../../../api/contract';
import type { ApiError, ApiResult } from '../../../api/result';
import { notifySignedOut } from '../auth/session-events';
import { notifyDamaged } from './damaged';
import { queryClient } from './query-client';
import { invalidateChannels } from './stale';
import { clearTaskProgress } from './task-progress';
import { bridge } from './transport';

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>> {
  let result: ApiResult<ChannelOutput<C>>;
  try {
    result = (await bridge.call(channel, input)) as ApiResult<ChannelOutput<C>>;
  } finally {
    clearTaskProgress(channel); // a task's progress bar ends with its call
  }
  if (!result.ok && result.error.damaged) notifyDamaged(result.error.message); // the page stops here
  if (!result.ok && result.error.code === 'signed_out') notifySignedOut(); // the lock covers the page
  // A conflict means what is on screen is older than the record: refresh it as after a success.
  if (result.ok || result.error.code === 'conflict') await invalidateChannels(queryClient, staleAfter(channel));
  return result;
}

/** An API error as a thrown value, for react-query. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Calls and unwraps: resolves with the data or rejects with ApiCallError. */
export async function request<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data;
}
