// The clinic network in the header: "Offline: 3 changes waiting", "Back online, sending…", and the
// changes the hub refused (someone changed the record meanwhile) so none waits unseen. On the hub,
// or a Stipple on its own, it says nothing. Buttons for what cannot be done while the hub is away
// are disabled with the sentence of api/contract/offline.ts (useOfflineRefusal).
import { useState } from 'react';
import { linkHeadline, type AttentionItem, type LinkStatus } from '../../../api/contract/network';
import { offlineRefusal } from '../../../api/contract/offline';
import type { Channel } from '../../../api/contract';
import { call } from '../api/client';
import { useApiQuery } from '../api/useApi';
import { formatDateTime, formatTime, getClinicLocale } from '../format';
import type { MessageId } from '../../../core/i18n/translate';
import { t } from '../i18n';
import { AttentionCompare } from './AttentionCompare';
import { around } from './rich';

export function useLinkStatus(): LinkStatus | undefined {
  // Refetched when the workstation says it changed (a `stale` event naming 'network.status').
  return useApiQuery('network.status', {}, { staleTime: Infinity, retry: false }).data;
}

/** Why `channel` cannot be used now (the hub cannot be reached), or null when it can. */
export function useOfflineRefusal(channel: Channel): string | null {
  const status = useLinkStatus();
  return status?.link === 'offline' ? offlineRefusal(channel, getClinicLocale()) : null;
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
  const headline = linkHeadline(status, formatTime);
  if (!headline) return null;
  return (
    <div className={`link-status link-${status.link}`} role="status" aria-live="polite">
      <span>{headline}</span>
      {status.needsAttention.length > 0 && (
        <details>
          <summary>{t('common.attention.see')}</summary>
          <ul>
            {status.needsAttention.map((item) => (
              <AttentionEntry key={item.key} item={item} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

const WHAT: Record<string, MessageId> = {
  'sessions.chart': 'common.attention.what.sessionsChart',
  'retention.save': 'common.attention.what.retentionSave',
  'shadeChanges.record': 'common.attention.what.shadeChange',
  'hairlineRequests.raise': 'common.attention.what.hairlineRaise',
  'hairlineRequests.setStatus': 'common.attention.what.hairlineStatus',
  'drafts.save': 'common.attention.what.draftSave',
  'drafts.discard': 'common.attention.what.draftDiscard',
};

/** One refused change, and the person's choice: send it again, send it over the other change, or let it go. */
function AttentionEntry({ item }: { item: AttentionItem }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const decide = async (action: 'retry' | 'overwrite' | 'dismiss') => {
    setBusy(true);
    setError(null);
    const r = await call('network.resolve', { key: item.key, action });
    setBusy(false);
    if (!r.ok) setError(r.error.message);
  };
  const errorId = `attention-${item.key}-error`;
  const what = t(WHAT[item.channel] ?? 'common.attention.what.other');
  const [before, after] = around((mark) =>
    t('common.attention.saved', { what: mark, when: formatDateTime(item.savedAt), message: item.message }),
  );
  return (
    <li className="attention-item">
      <p>
        {before}
        <strong>{what}</strong>
        {after}
      </p>
      {item.current !== undefined && <AttentionCompare mine={item.input} theirs={item.current} />}
      <div className="form-actions" aria-describedby={error ? errorId : undefined}>
        {item.current !== undefined && (
          <button type="button" className="button" disabled={busy} onClick={() => void decide('overwrite')}>
            {t('common.attention.overwrite')}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={() => void decide('retry')}>
          {t('common.attention.retry')}
        </button>
        {confirming ? (
          <button type="button" className="button button-warning" disabled={busy} onClick={() => void decide('dismiss')}>
            {t('common.attention.dismissConfirm')}
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => setConfirming(true)}>
            {t('common.attention.dismiss')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
