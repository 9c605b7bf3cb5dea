import type { Zone } from '../../../../core/vocabulary';
import { RETENTION_LABELS, SESSION_STATUS_LABELS as STATUS_LABELS, ZONE_LABELS } from '../../vocabulary';
import type { ChartRecord, StaffRecord } from '../../../../api/contract/chart';
import { formatDate, formatDateTime } from '../../format';
import type { ChartSessionRecord } from './chartFacts';
import { REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS, SHADE_REASON_LABELS } from './labels';
import { SessionExtras } from './SessionExtras';
import { t } from '../../i18n';

const zoneLabel = (z: string) => ZONE_LABELS[z as Zone] ?? z;

/** Every session, newest first, with what was done and what the client asked for. */
export function Timeline({
  chart,
  staff,
  onCorrect,
}: {
  chart: ChartRecord;
  staff: StaffRecord[];
  onCorrect?: (s: ChartSessionRecord) => void;
}) {
  if (chart.sessions.length === 0) return <p className="muted">{t('chart.timeline.none')}</p>;
  const staffName = (id: number | null) => (id === null ? null : (staff.find((s) => s.id === id)?.name ?? null));
  return (
    <ol className="timeline" aria-label={t('chart.timeline.label')}>
      {chart.sessions.map((s) => (
        <TimelineEntry key={s.id} session={s} chart={chart} practitioner={staffName(s.practitionerId)} onCorrect={onCorrect} />
      ))}
    </ol>
  );
}

interface EntryProps {
  session: ChartSessionRecord;
  chart: ChartRecord;
  practitioner: string | null;
  onCorrect?: ((s: ChartSessionRecord) => void) | undefined;
}

function TimelineEntry({ session: s, chart, practitioner, onCorrect }: EntryProps) {
  const raised = chart.hairlineRequests.filter((r) => r.raisedAtSessionId === s.id);
  const done = chart.hairlineRequests.filter((r) => r.doneAtSessionId === s.id);
  return (
    <li className="timeline-entry" data-session-number={s.number}>
      <div className="timeline-head">
        <h3>
          {t('chart.sessionTitle', { kind: s.kind, number: s.number })}
          <span className={`badge badge-${s.status}`}>{STATUS_LABELS[s.status]}</span>
        </h3>
        <span className="muted">
          {formatDateTime(s.performedAt ?? s.bookedFor)}
          {practitioner && ` · ${practitioner}`}
        </span>
      </div>
      {s.status === 'performed' && (
        <dl className="timeline-facts">
          <div>
            <dt>{t('chart.timeline.pigment')}</dt>
            <dd>
              {t('chart.timeline.pigmentValue', { brand: s.pigmentBrand ?? '', shade: s.pigmentShade ?? '', dilution: s.dilution ?? '' })}
              <span className="muted">
                {' '}
                · {t('chart.timeline.batch', { batch: s.pigmentBatch ?? '', date: formatDate(s.pigmentExpiry) })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('chart.timeline.needle')}</dt>
            <dd>{s.needle ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('chart.timeline.zones')}</dt>
            <dd>{s.zones.map(zoneLabel).join(', ') || '—'}</dd>
          </div>
          {s.retention.length > 0 && (
            <div className="wide">
              <dt>{t('chart.timeline.retention')}</dt>
              <dd>
                <ul className="plain-list">
                  {s.retention.map((r) => (
                    <li key={r.id}>
                      {zoneLabel(r.zone)}: <strong>{RETENTION_LABELS[r.rating]}</strong>
                      {r.note && ` — ${r.note}`}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {s.shadeChanges.map((c) => (
            <div key={c.id} className="wide">
              <dt>{t('chart.timeline.shadeChange')}</dt>
              <dd>
                {c.fromShade ?? '—'} {c.fromDilution && `(${c.fromDilution})`} → {c.toShade ?? '—'} {c.toDilution && `(${c.toDilution})`}
                {' · '}
                {SHADE_REASON_LABELS[c.reason]}
                {c.note && ` — ${c.note}`}
              </dd>
            </div>
          ))}
          <NoteRow
            label={t('chart.timeline.preparation')}
            text={[s.prepDone ? t('chart.timeline.hairCut') : '', s.prepNotes].filter(Boolean).join(' — ')}
          />
          <NoteRow label={t('chart.timeline.assessment')} text={s.assessmentNotes} />
          <NoteRow label={t('chart.timeline.density')} text={s.densityNotes} />
          <NoteRow label={t('chart.timeline.blending')} text={s.blendingNotes} />
          <NoteRow label={t('chart.notes')} text={s.notes} />
          {s.contraindicationOverrideReason && <NoteRow label={t('chart.timeline.override')} text={s.contraindicationOverrideReason} />}
        </dl>
      )}
      {(raised.length > 0 || done.length > 0) && (
        <ul className="plain-list requests-list">
          {raised.map((r) => (
            <li key={`r${r.id}`}>
              {t('chart.timeline.clientAsked')} <strong>{REQUEST_KIND_LABELS[r.kind]}</strong> — {r.request} (
              {REQUEST_STATUS_LABELS[r.status]})
            </li>
          ))}
          {done.map((r) => (
            <li key={`d${r.id}`}>
              {t('chart.timeline.done')} <strong>{REQUEST_KIND_LABELS[r.kind]}</strong> — {r.request}
            </li>
          ))}
        </ul>
      )}
      <div className="timeline-actions">
        {s.status === 'performed' && onCorrect && (
          <button type="button" className="button" onClick={() => onCorrect(s)}>
            {t('chart.timeline.correct', { number: s.number })}
          </button>
        )}
        <SessionExtras session={s} chart={chart} />
      </div>
    </li>
  );
}

function NoteRow({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div className="wide">
      <dt>{label}</dt>
      <dd className="pre-wrap">{text}</dd>
    </div>
  );
}
