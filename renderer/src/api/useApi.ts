// Reading through react-query, one way everywhere: the key of a query is [channel, input], so what a
// change makes stale (staleAfter in the contract) refetches by the channel's name alone.
import { queryOptions, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput, QueryChannel } from '../../../api/contract';
import { request } from './client';

export type ApiQueryKey<C extends QueryChannel> = readonly [C, ChannelInput<C>];

export function apiQueryKey<C extends QueryChannel>(channel: C, input: ChannelInput<C>): ApiQueryKey<C> {
  return [channel, input];
}

/** What useQuery takes besides the key and the fetch: enabled, staleTime, placeholderData… */
export type ApiQueryOptions<C extends QueryChannel> = Omit<
  UseQueryOptions<ChannelOutput<C>, Error, ChannelOutput<C>, ApiQueryKey<C>>,
  'queryKey' | 'queryFn'
>;

/** Options for useQuery or useQueries (the client list's pages). */
export function apiQueryOptions<C extends QueryChannel>(channel: C, input: ChannelInput<C>, options?: ApiQueryOptions<C>) {
  return queryOptions<ChannelOutput<C>, Error, ChannelOutput<C>, ApiQueryKey<C>>({
    ...options,
    queryKey: apiQueryKey(channel, input),
    queryFn: () => request(channel, input),
  });
}

export function useApiQuery<C extends QueryChannel>(channel: C, input: ChannelInput<C>, options?: ApiQueryOptions<C>) {
  return useQuery(apiQueryOptions(channel, input, options));
}
