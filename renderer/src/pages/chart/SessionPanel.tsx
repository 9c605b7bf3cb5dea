import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { focusElement } from '../../components/focus';
import { useKeptState } from '../../lock/useKept';
import { useApiQuery } from '../../api/useApi';
import type { ChartRecord } from '../../../../api/contract/chart';
import { formatDateTime } from '../../format';
import { t } from '../../i18n';
import { SessionForm, type SessionDraft } from './session/SessionForm';
import { initialValues, type SessionTarget } from './session/sessionFormModel';
import { useDraft } from './useDraft';
import { ReconsentNotice } from './consent/ConsentSection';
import { useLinkStatus } from '../../components/LinkStatus';

interface Props {
  chart: ChartRecord;
  target: SessionTarget;
  /** The draft's form key: 'session' for the next session, 'session:<id>' for a correction. */
  formKey: string;
  /** Open straight away (a correction); otherwise a button opens it. */
  startOpen?: boolean;
  onClosed?: () => void;
  /** Where the offer to continue a kept draft goes: the top of the chart. */
  offerSlot?: HTMLElement | null;
}

/**
 * Where a session is charted: the "Chart session N" button, the offer to continue a kept draft, and
 * the form itself.
 */
export function SessionPanel({ chart, target, formKey, startOpen = false, onClosed, offerSlot }: Props) {
  const draft = useDraft(chart.client.id, formKey);
  const [open, setOpen] = useKeptState<SessionDraft | null>(chart.client.id, `${formKey}/open`, null);
  const [saved, setSaved] = useState<string | null>(null);
  // A session saved on this computer (the hub away) is not in the chart until it reaches the hub:
  // meanwhile its number is not offered again, or it would be charted twice.
  const [queued, setQueued] = useKeptState<number | null>(chart.client.id, `${formKey}/queued`, null);
  const auth = useApiQuery('auth.status', {});
  const link = useLinkStatus();
  const fresh = (): SessionDraft => {
    const values = initialValues(chart, target, new Date());
    // The person signed in at the chair is the one charting, whoever the session was booked with
    // (the form says which it is); a correction keeps who did the session.
    const actor = auth.data?.actor;
    if (target.kind !== 'correction' && actor && actor.role !== 'reception') values.practitionerId = String(actor.id);
    return { target, values };
  };
  const [autoOpened, setAutoOpened] = useState(false);
  // After a save, focus goes to the message that says so, with the next session's button after it.
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) focusElement(savedRef.current);
  }, [saved]);

  if (draft.loading) return null;
  if (startOpen && !autoOpened && !draft.draft && !open) {
    setAutoOpened(true);
    setOpen(fresh());
  }

  if (open) {
    return (
      <>
        <ReconsentNotice clientId={chart.client.id} />
        <SessionForm
          chart={chart}
          target={open.target}
          initial={open.values}
          draft={draft}
          onSaved={(s) => {
            setOpen(null);
            setSaved(t('session.panel.saved', { number: s.number }));
            onClosed?.();
          }}
          onQueued={(message) => {
            setOpen(null);
            setQueued(open.target.number);
            setSaved(t('session.panel.queued', { number: open.target.number, message }));
            onClosed?.();
          }}
          onClose={() => {
            void draft.flush();
            setOpen(null);
            onClosed?.();
          }}
        />
      </>
    );
  }

  const kept = draft.draft;
  if (kept) {
    const data = kept.data as unknown as Partial<SessionDraft>;
    const offer = (
      <div className="notice draft-offer" role="region" aria-label={t('session.panel.draftLabel')}>
        <p>
          <strong>{t('session.panel.draftWaiting', { number: data.target?.number ?? target.number })}</strong>{' '}
          {t('session.panel.draftContinueFrom', { when: formatDateTime(kept.savedAt) })}
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              const base = fresh();
              setOpen({ target: data.target ?? base.target, values: { ...base.values, ...(data.values ?? {}) } });
            }}
          >
            {t('session.panel.continue')}
          </button>
          <button type="button" className="button" onClick={() => void draft.discard()}>
            {t('session.panel.discard')}
          </button>
        </div>
      </div>
    );
    if (!offerSlot) return offer;
    return (
      <>
        {createPortal(offer, offerSlot)}
        <p className="muted">{t('session.panel.draftAtTop', { number: data.target?.number ?? target.number })}</p>
      </>
    );
  }

  if (startOpen) return null;
  if (auth.data?.actor?.role === 'reception') {
    return <p className="muted">{t('session.panel.reception', { number: target.number })}</p>;
  }
  // Until the outbox is empty: a change the hub refused instead waits in the header, and the number is free again.
  const waitingHere = queued !== null && target.number <= queued && (link?.waiting ?? 0) > 0;
  // Once the chart shows it (sent, and the chart read again), the "saved on this computer" line is done with.
  const notice = queued !== null && !waitingHere ? null : saved;
  return (
    <div className="session-start">
      <ReconsentNotice clientId={chart.client.id} />
      {notice && (
        <p className="notice notice-ok" role="status" ref={savedRef} tabIndex={-1}>
          {notice}
        </p>
      )}
      {waitingHere ? (
        <p className="muted">{t('session.panel.waitingHub', { next: target.number + 1, queued })}</p>
      ) : (
        <button type="button" className="button button-primary button-large" onClick={() => setOpen(fresh())}>
          {t(target.kind === 'booked' ? 'session.panel.chartBooked' : 'session.panel.chart', { number: target.number })}
        </button>
      )}
    </div>
  );
}
