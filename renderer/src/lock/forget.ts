// The lock empties this window's react-query cache (renderer/src/lock/): nothing fetched for a page outlives it.
import type { QueryClient } from '@tanstack/react-query';

/**
 * Everything fetched for the pages goes: charts, lists, drafts. Only who is signed in stays (the
 * sign-in panel shows it: staff names, no client). Called once the pages have unmounted.
 */
export function forgetClientData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth.status' });
  queryClient.getMutationCache().clear();
}
