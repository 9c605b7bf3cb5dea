// Keeps a form's work in progress in the database as the user types (debounced), and at once when
// the field loses focus or the window is hidden or closed. SQLite with synchronous=FULL survives a
// power cut; localStorage might not.
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { trackSave } from '../../lock/saves';

const DEBOUNCE_MS = 500;

export type DraftStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; message: string };

export function useDraft(clientId: number, form: string) {
  const draft = useApiQuery('drafts.get', { clientId, form });
  const pending = useRef<{ data: Record<string, unknown>; baseVersion: number | null } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [status, setStatus] = useState<DraftStatus>({ state: 'idle' });
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setStatus({ state: 'saving' });
    const saving = trackSave(call('drafts.save', { clientId, form, data: next.data, baseVersion: next.baseVersion })); // a lock waits for it
    inFlight.current = saving;
    const result = await saving;
    if (result.ok) setStatus({ state: 'saved', at: result.data.savedAt });
    else setStatus({ state: 'failed', message: result.error.message });
  }, [clientId, form]);

  const schedule = useCallback(
    (data: Record<string, unknown>, baseVersion: number | null) => {
      pending.current = { data, baseVersion };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  /** Forget the draft (after a successful save, or when the user discards it). */
  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    await inFlight.current; // a save still on its way must not bring the draft back after this
    await call('drafts.discard', { clientId, form }); // drafts.get, stale now, is refetched: null
    setStatus({ state: 'idle' });
  }, [clientId, form]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush(); // leaving the page: keep what was typed
    };
  }, [flush]);

  return { draft: draft.data ?? null, loading: draft.isPending, status, schedule, flush, discard };
}
