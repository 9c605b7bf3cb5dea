// The typed client: the only way the renderer reaches data.
import type { Channel, ChannelInput, ChannelOutput } from '../../../api/contract';
import type { ApiError, ApiResult } from '../../../api/result';
import { notifySignedOut } from '../auth/session-events';
import { bridge } from './transport';

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>> {
  const result = (await bridge.call(channel, input)) as ApiResult<ChannelOutput<C>>;
  if (!result.ok && result.error.code === 'signed_out') notifySignedOut(); // the lock covers the page
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
