// What the server says without being asked, applied to this window: another session's change made
// queries stale (refetch them), a long task moved on (the progress store), or this session was
// signed out (the sign-in panel covers the page).
import type { QueryClient } from '@tanstack/react-query';
import { serverEvent, type ServerEvent } from '../../../api/contract/events';
import { notifySignedOut } from '../auth/session-events';
import { invalidateChannels } from './stale';
import { setTaskProgress } from './task-progress';

export async function applyServerEvent(queryClient: QueryClient, event: ServerEvent): Promise<void> {
  switch (event.type) {
    case 'stale':
      await invalidateChannels(queryClient, event.channels);
      return;
    case 'progress':
      setTaskProgress(event);
      return;
    case 'signed_out':
      notifySignedOut();
      return;
  }
}

/** Listens for the rest of the window's life (called once, from main.tsx). */
export function listenToServer(
  subscribe: ((listener: (event: ServerEvent) => void) => () => void) | undefined,
  queryClient: QueryClient,
): () => void {
  if (!subscribe) return () => undefined; // an older preload without events: changes show after this window's own saves only
  return subscribe((event: unknown) => {
    const parsed = serverEvent.safeParse(event); // as the browser's stream does: never trust a shape
    if (parsed.success) void applyServerEvent(queryClient, parsed.data);
  });
}
