import { useState } from 'react';
import type { ChartRecord } from '../../../../../api/contract/chart';
import type { PhotoRecord } from '../../../../../api/contract/photos';
import { call } from '../../../api/client';
import { useApiQuery } from '../../../api/useApi';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatDate } from '../../../format';
import { t } from '../../../i18n';
import { CaptureView } from './CaptureView';
import { PhotoCompare } from './PhotoCompare';
import { PhotoImport } from './PhotoImport';
import { PhotoThumb, type BatchedThumb } from './PhotoThumb';
import { marketingLabel as marketingText, sessionName } from './labels';
import './photos.css';

/** The chart's photos: consent, a strip per session, bringing photos in, and comparing angles. */
export function PhotosSection({ chart }: { chart: ChartRecord }) {
  const clientId = chart.client.id;
  const list = useApiQuery('photos.list', { clientId });
  // Every strip's thumbnails in one answer rather than one call each, asked beside the list rather
  // than after it (bench/photos-browser.ts); a chart without photos gets an empty answer.
  const thumbs = useApiQuery('photos.thumbs', { clientId });
  const [consentError, setConsentError] = useState<string | null>(null);
  const [compareWith, setCompareWith] = useState<PhotoRecord | null>(null);
  const [capturing, setCapturing] = useState(false);

  if (list.isPending) return <p className="muted">{t('photos.loading')}</p>;
  if (!list.data) return <ErrorNotice message={list.error?.message ?? ''} />;
  const { consent, angles, photos } = list.data;

  const setConsent = async (clinical: boolean, marketing: boolean) => {
    const r = await call('photos.setConsent', { clientId, clinical, marketing });
    setConsentError(r.ok ? null : (r.error.fields?.marketing ?? r.error.message));
  };
  // Oldest first, as photos are compared (the chart lists sessions newest first).
  const when = (s: ChartRecord['sessions'][number]) => s.performedAt ?? s.bookedFor ?? '';
  const sessions = chart.sessions
    .filter((s) => s.status !== 'cancelled')
    .sort((a, b) => when(a).localeCompare(when(b)) || a.number - b.number);
  const thumbSrc = new Map((thumbs.data?.thumbs ?? []).map((t) => [t.id, `data:${t.mime};base64,${t.base64}`]));
  const batched = (id: number): BatchedThumb => (thumbs.isPending && !thumbs.isError ? 'loading' : { src: thumbSrc.get(id) ?? null });
  const marketingLabel = marketingText(consent.marketing);

  return (
    <section className="photos" aria-labelledby="photos-title">
      <h2 id="photos-title">{t('photos.title')}</h2>
      <fieldset className="photo-consent">
        <legend>{t('photos.consent')}</legend>
        <label>
          <input type="checkbox" checked={consent.clinicalAt !== null} onChange={(e) => void setConsent(e.target.checked, false)} />{' '}
          {consent.clinicalAt ? t('photos.clinicalAgreedOn', { date: formatDate(consent.clinicalAt) }) : t('photos.clinicalAgreed')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={consent.marketing}
            disabled={consent.clinicalAt === null}
            onChange={(e) => void setConsent(true, e.target.checked)}
          />{' '}
          {t('photos.marketingAllowed')}
        </label>
        {consentError && (
          <p className="field-error" role="alert">
            {consentError}
          </p>
        )}
      </fieldset>
      {consent.clinicalAt === null ? (
        <p className="muted">{t('photos.needConsent')}</p>
      ) : sessions.length === 0 ? (
        <p className="muted">{t('photos.needSession')}</p>
      ) : (
        <>
          {capturing ? (
            <CaptureView clientId={clientId} sessions={sessions} angles={angles} photos={photos} onClose={() => setCapturing(false)} />
          ) : (
            <button type="button" className="button" onClick={() => setCapturing(true)}>
              {t('photos.takeWithCamera')}
            </button>
          )}
          <PhotoImport clientId={clientId} sessions={sessions} angles={angles} />
        </>
      )}
      {[...sessions].reverse().map((s) => {
        const mine = photos.filter((p) => p.sessionId === s.id);
        if (mine.length === 0) return null;
        return (
          <div key={s.id} className="photo-strip" data-testid={`photo-strip-${s.id}`}>
            <h3>
              {sessionName({ sessionKind: s.kind, sessionNumber: s.number })}
              {s.performedAt || s.bookedFor ? ` · ${formatDate(s.performedAt ?? s.bookedFor)}` : ''}
            </h3>
            <ul className="photo-thumbs">
              {mine.map((p) => (
                <li key={p.id}>
                  <PhotoThumb photo={p} marketing={marketingLabel} onCompare={() => setCompareWith(p)} batched={batched(p.id)} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {photos.length > 0 && <PhotoCompare photos={photos} angles={angles} focus={compareWith} marketing={marketingLabel} />}
    </section>
  );
}
