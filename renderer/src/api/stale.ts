// Turns "these channels went stale" into react-query invalidations. Keys are [channel, input], so a
// channel's prefix [channel] matches every input it was asked with; active queries refetch at once,
// the rest when next shown.
import type { QueryClient } from '@tanstack/react-query';

export async function invalidateChannels(queryClient: QueryClient, channels: readonly string[] | 'all'): Promise<void> {
  if (channels === 'all') {
    await queryClient.invalidateQueries();
    return;
  }
  await Promise.all(channels.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })));
}
