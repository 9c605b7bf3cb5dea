import { RETENTION_LABELS, ZONE_LABELS, type Zone } from '../../../../../core/vocabulary';
import { formatDate, formatDateTime } from '../../../format';
import type { ChartSessionRecord } from '../chartFacts';
import { PreviousPhotos } from '../photos/PreviousPhotos';

const zoneLabel = (z: string) => ZONE_LABELS[z as Zone] ?? z;

/** The previous session beside the form: what shade went in and how it held, always in view. */
export function PreviousSessionPanel({ previous }: { previous: ChartSessionRecord | null }) {
  if (!previous) {
    return (
      <aside className="previous-panel" aria-label="Previous session">
        <h3>Previous session</h3>
        <p className="muted">This is the first session: nothing to compare with yet.</p>
      </aside>
    );
  }
  return (
    <aside className="previous-panel" aria-label="Previous session">
      <h3>Session {previous.number}</h3>
      <p className="muted">{formatDateTime(previous.performedAt)}</p>
      <dl>
        <dt>Shade</dt>
        <dd className="previous-shade">
          {previous.pigmentBrand} {previous.pigmentShade}
        </dd>
        <dt>Dilution</dt>
        <dd>{previous.dilution}</dd>
        <dt>Batch</dt>
        <dd>
          {previous.pigmentBatch} <span className="muted">(exp. {formatDate(previous.pigmentExpiry)})</span>
        </dd>
        <dt>Needle</dt>
        <dd>{previous.needle}</dd>
        <dt>Zones</dt>
        <dd>{previous.zones.map(zoneLabel).join(', ')}</dd>
        {previous.retention.length > 0 && (
          <>
            <dt>Its retention check</dt>
            <dd>
              <ul className="plain-list">
                {previous.retention.map((r) => (
                  <li key={r.id}>
                    {zoneLabel(r.zone)}: {RETENTION_LABELS[r.rating]}
                    {r.note && ` — ${r.note}`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {previous.notes && (
          <>
            <dt>Notes</dt>
            <dd className="pre-wrap">{previous.notes}</dd>
          </>
        )}
      </dl>
      <PreviousPhotos clientId={previous.clientId} sessionId={previous.id} zones={previous.zones} />
    </aside>
  );
}
