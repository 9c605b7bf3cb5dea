// The clinic network in the header: "Offline: 3 changes waiting", "Back online, sending…", and the
// changes the hub refused (someone changed the record meanwhile) so none waits unseen. On the hub,
// or a Stipple on its own, it says nothing. Buttons for what cannot be done while the hub is away
// are disabled with the sentence of api/contract/offline.ts (useOfflineRefusal).
import { linkHeadline, type LinkStatus } from '../../../api/contract/network';
import { offlineRefusal } from '../../../api/contract/offline';
import type { Channel } from '../../../api/contract';
import { useApiQuery } from '../api/useApi';
import { formatDateTime } from '../format';

export function useLinkStatus(): LinkStatus | undefined {
  // Refetched when the workstation says it changed (a `stale` event naming 'network.status').
  return useApiQuery('network.status', {}, { staleTime: Infinity, retry: false }).data;
}

/** Why `channel` cannot be used now (the hub cannot be reached), or null when it can. */
export function useOfflineRefusal(channel: Channel): string | null {
  const status = useLinkStatus();
  return status?.link === 'offline' ? offlineRefusal(channel) : null;
}

/** The sentence under a disabled button. */
export function OfflineReason({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return (
    <p className="muted offline-reason" role="note">
      {reason}
    </p>
  );
}

export function LinkStatusLine() {
  const status = useLinkStatus();
  if (!status) return null;
  const headline = linkHeadline(status);
  if (!headline) return null;
  return (
    <div className={`link-status link-${status.link}`} role="status" aria-live="polite">
      <span>{headline}</span>
      {status.needsAttention.length > 0 && (
        <details>
          <summary>See what needs attention</summary>
          <ul>
            {status.needsAttention.map((item) => (
              <li key={item.key}>
                Saved {formatDateTime(item.savedAt)}: {item.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
