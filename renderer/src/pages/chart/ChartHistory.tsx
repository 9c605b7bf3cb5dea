// The chart's history, read from the audit log: who changed what in this client's chart and when,
// with the fields that changed (before → after) and any reason given. Collapsed until asked for.
import { useState } from 'react';
import type { ChartRecord } from '../../../../api/contract/chart';
import type { AuditEntryRecord } from '../../../../api/contract/safety';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../format';
import { changedFields, describeAction } from './history-wording';
import './history.css';
import { t } from '../../i18n';

type Ref = { entity: string; entityId: number; label: string };

/** Every record of the chart that the audit log may mention, with a name a person recognises. */
export function chartRecords(chart: ChartRecord): Ref[] {
  const refs: Ref[] = [{ entity: 'client', entityId: chart.client.id, label: t('chart.history.client') }];
  if (chart.intake) refs.push({ entity: 'intake', entityId: chart.intake.id, label: t('chart.history.intake') });
  for (const c of chart.contraindications)
    refs.push({ entity: 'contraindication', entityId: c.id, label: t('chart.history.contraindication', { condition: c.condition }) });
  chart.plans.forEach((p, i) => refs.push({ entity: 'plan', entityId: p.id, label: t('chart.history.plan', { number: i + 1 }) }));
  for (const s of chart.sessions) {
    const name = t('chart.sessionTitle', { kind: s.kind, number: s.number });
    refs.push(
      { entity: 'session', entityId: s.id, label: name },
      { entity: 'retention', entityId: s.id, label: t('chart.history.retention', { session: name }) },
    );
    for (const sc of s.shadeChanges)
      refs.push({ entity: 'shade_change', entityId: sc.id, label: t('chart.history.shadeChange', { session: name }) });
  }
  for (const r of chart.hairlineRequests)
    refs.push({ entity: 'hairline_request', entityId: r.id, label: t('chart.history.hairlineRequest') });
  for (const d of chart.deposits)
    refs.push({ entity: 'deposit', entityId: d.id, label: t('chart.history.deposit', { number: d.sessionNumber }) });
  for (const p of chart.prints) refs.push({ entity: 'aftercare_print', entityId: p.id, label: t('chart.history.print') });
  return refs;
}

const when = (iso: string) => formatDateTime(iso);

export function ChartHistory({ chart }: { chart: ChartRecord }) {
  const [open, setOpen] = useState(false);
  const refs = chartRecords(chart);
  const labels = new Map(refs.map((r) => [`${r.entity}:${r.entityId}`, r.label]));
  // Every change to a chart record declares audit.history stale, here or in another window.
  const history = useApiQuery(
    'audit.history',
    { records: refs.slice(0, 500).map(({ entity, entityId }) => ({ entity, entityId })), limit: 300 },
    { enabled: open },
  );

  return (
    <section className="chart-history" aria-labelledby="chart-history-title">
      <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>
          <h2 id="chart-history-title">{t('chart.history.title')}</h2>
          <span className="muted">{t('chart.history.summary')}</span>
        </summary>
        {history.error && <ErrorNotice message={history.error.message} />}
        {history.isPending && open && <p className="muted">{t('chart.history.loading')}</p>}
        {history.data && history.data.length === 0 && <p className="muted">{t('chart.history.empty')}</p>}
        {history.data && history.data.length > 0 && (
          <ol className="history-list">
            {history.data.map((e: AuditEntryRecord) => {
              const changes = changedFields(e.before, e.after);
              return (
                <li key={e.id}>
                  <div className="history-head">
                    <time dateTime={e.at}>{when(e.at)}</time>
                    <strong>{labels.get(`${e.entity}:${e.entityId}`) ?? e.entity}</strong>
                    <span>{describeAction(e.action)}</span>
                    <span className="muted">{t('chart.history.by', { name: e.staffName ?? t('chart.history.noOne') })}</span>
                  </div>
                  {e.reason && <p className="history-reason">{t('chart.history.reason', { reason: e.reason })}</p>}
                  {changes.length > 0 && (
                    <ul className="history-changes">
                      {changes.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </details>
    </section>
  );
}
