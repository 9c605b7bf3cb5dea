// The one react-query cache of this window, shared by the pages (through main.tsx's provider), the
// typed client (which refreshes what a change made stale) and the server's events.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Offline app on a local database: no retry storms, no refetch on focus surprises.
      queries: { retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
      mutations: { networkMode: 'always' },
    },
  });
}

export const queryClient = createQueryClient();
