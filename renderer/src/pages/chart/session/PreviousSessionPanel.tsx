import { retentionLabel, zoneLabel as zoneLabelIn } from '../../../../../core/vocabulary';
import { formatDate, formatDateTime, getClinicLocale } from '../../../format';
import { t } from '../../../i18n';
import type { ChartSessionRecord } from '../chartFacts';
import { PreviousPhotos } from '../photos/PreviousPhotos';

const zoneLabel = (z: string) => zoneLabelIn(getClinicLocale(), z);

/** The previous session beside the form: what shade went in and how it held, always in view. */
export function PreviousSessionPanel({ previous }: { previous: ChartSessionRecord | null }) {
  if (!previous) {
    return (
      <aside className="previous-panel" aria-label={t('session.previous.label')}>
        <h3>{t('session.previous.label')}</h3>
        <p className="muted">{t('session.previous.first')}</p>
      </aside>
    );
  }
  return (
    <aside className="previous-panel" aria-label={t('session.previous.label')}>
      <h3>{t('session.previous.title', { number: previous.number })}</h3>
      <p className="muted">{formatDateTime(previous.performedAt)}</p>
      <dl>
        <dt>{t('session.previous.shade')}</dt>
        <dd className="previous-shade">
          {previous.pigmentBrand} {previous.pigmentShade}
        </dd>
        <dt>{t('session.previous.dilution')}</dt>
        <dd>{previous.dilution}</dd>
        <dt>{t('session.previous.batch')}</dt>
        <dd>
          {previous.pigmentBatch}{' '}
          <span className="muted">{t('session.previous.expiry', { date: formatDate(previous.pigmentExpiry) })}</span>
        </dd>
        <dt>{t('session.previous.needle')}</dt>
        <dd>{previous.needle}</dd>
        <dt>{t('session.previous.zones')}</dt>
        <dd>{previous.zones.map(zoneLabel).join(', ')}</dd>
        {previous.retention.length > 0 && (
          <>
            <dt>{t('session.previous.retention')}</dt>
            <dd>
              <ul className="plain-list">
                {previous.retention.map((r) => (
                  <li key={r.id}>
                    {zoneLabel(r.zone)}: {retentionLabel(getClinicLocale(), r.rating)}
                    {r.note && ` — ${r.note}`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {previous.notes && (
          <>
            <dt>{t('session.previous.notes')}</dt>
            <dd className="pre-wrap">{previous.notes}</dd>
          </>
        )}
      </dl>
      <PreviousPhotos clientId={previous.clientId} sessionId={previous.id} zones={previous.zones} />
    </aside>
  );
}
