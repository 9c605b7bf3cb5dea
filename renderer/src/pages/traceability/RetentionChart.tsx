// One breakdown as a stacked bar chart of outcome shares (recharts) with its table of figures: the
// table is the record, the chart the picture of it. Rows with fewer than 5 cases are named, never drawn.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownGroup } from '../../../../api/contract/retention';
import { MIN_CASES, share } from '../../../../core/retention-breakdown';
import { RETENTION_RATINGS } from '../../../../core/vocabulary';
import { RETENTION_LABELS } from '../../vocabulary';
import { formatCount, formatShare } from '../../format';
import { t } from '../../i18n';

/** Distinct at 3:1 against white and from each other, and each named in the legend and the table. */
const COLOURS: Record<(typeof RETENTION_RATINGS)[number], string> = {
  held_well: '#1b6e3a',
  slight_fading: '#7a8f1f',
  heavy_fading: '#b3261e',
  patchy: '#8a4fb8',
  too_dark: '#2b2b2b',
};

export function RetentionChart({ group }: { group: BreakdownGroup }) {
  const title = t(`traceability.dimension.${group.dimension}`);
  const shown = group.rows.filter((r) => r.cases !== null);
  const data = shown.map((r) => ({ label: r.label, ...Object.fromEntries(RETENTION_RATINGS.map((k) => [k, share(r, k)])) }));
  const id = `breakdown-${group.dimension}`;
  return (
    <section className="retention-breakdown" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {shown.length > 0 && (
        <div role="img" aria-label={t('traceability.retention.chartLabel', { title })} className="retention-chart">
          <ResponsiveContainer width="100%" height={Math.max(140, 34 * shown.length + 70)}>
            <BarChart data={data} layout="vertical" margin={{ left: 16, right: 16 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} />
              <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} allowDataOverflow unit="%" />
              <YAxis type="category" dataKey="label" width={170} />
              <Tooltip formatter={(v) => formatShare(Number(v))} />
              <Legend itemSorter={null} />
              {RETENTION_RATINGS.map((k) => (
                <Bar key={k} dataKey={k} name={RETENTION_LABELS[k]} stackId="outcome" fill={COLOURS[k]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <table className="table table-compact">
        <caption className="visually-hidden">{t('traceability.retention.caption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{t('traceability.retention.casesCol')}</th>
            {RETENTION_RATINGS.map((k) => (
              <th key={k} scope="col">
                {RETENTION_LABELS[k]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {r.cases === null ? (
                <td colSpan={RETENTION_RATINGS.length + 1} className="muted">
                  {t('traceability.retention.tooFew', { min: MIN_CASES })}
                </td>
              ) : (
                <>
                  <td>{formatCount(r.cases)}</td>
                  {RETENTION_RATINGS.map((k) => (
                    <td key={k}>{formatShare(share(r, k))}</td>
                  ))}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
