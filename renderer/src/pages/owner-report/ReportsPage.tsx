// The owner's reports: a period's money, deposits, sessions and clients, with two charts (payments
// and no-shows per month), each beside a table of the same figures for screen readers; CSV and print.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { minorDigits } from '../../../../core/money';
import { periodDates, REPORT_PERIODS, type ReportPeriod } from '../../../../core/report-period';
import { PAYMENT_METHOD_LABELS } from '../../vocabulary';
import type { ReportRecord } from '../../../../api/contract/payments';
import { ApiCallError } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { DateField } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { formatDateRange, formatMoney, formatMoneyCompact, formatMonthShort, formatMonthYear, formatCount } from '../../format';
import { downloadText } from '../reception/download';
import { reportCsv } from './reportCsv';
import './reports.css';
import { t } from '../../i18n';

export function ReportsPage() {
  // `?period=this_year` opens on that period (a bookmark, and the bench's year report).
  const [params] = useSearchParams();
  const asked = params.get('period');
  const [period, setPeriod] = useState<ReportPeriod>(REPORT_PERIODS.find((p) => p === asked && p !== 'custom') ?? 'this_month');
  const initial = periodDates('this_month', new Date());
  const [custom, setCustom] = useState(initial);
  const range = period === 'custom' ? custom : periodDates(period, new Date());
  const report = useApiQuery('reports.period', range);
  // A custom range the API refuses (a day missing, the last before the first) is told beside its field.
  const fieldErrors = report.error instanceof ApiCallError ? report.error.error.fields : undefined;
  return (
    <section className="reports-page">
      <h1>{t('reports.title')}</h1>
      <form className="report-controls no-print" onSubmit={(e) => e.preventDefault()} aria-label={t('reports.controls')}>
        <Field label={t('reports.period')}>
          {(p) => (
            <select {...p} value={period} onChange={(e) => setPeriod(e.target.value as ReportPeriod)}>
              {REPORT_PERIODS.map((k) => (
                <option key={k} value={k}>
                  {t(`reports.period.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {period === 'custom' && (
          <>
            <DateField
              label={t('reports.from')}
              required
              value={custom.from}
              onChange={(from) => setCustom((c) => ({ ...c, from }))}
              error={fieldErrors?.from}
            />
            <DateField
              label={t('reports.to')}
              required
              value={custom.to}
              onChange={(to) => setCustom((c) => ({ ...c, to }))}
              error={fieldErrors?.to}
            />
          </>
        )}
        <div className="button-row">
          <button
            className="button"
            type="button"
            disabled={!report.data}
            onClick={() =>
              report.data && downloadText(t('reports.csvFile', { from: range.from, to: range.to }), reportCsv(report.data), 'text/csv')
            }
          >
            {t('reports.exportCsv')}
          </button>
          <button className="button" type="button" onClick={() => window.print()}>
            {t('reports.print')}
          </button>
        </div>
      </form>
      {report.error && !fieldErrors && <ErrorNotice message={report.error.message} />}
      {report.data && <Report r={report.data} />}
    </section>
  );
}

function Report({ r }: { r: ReportRecord }) {
  const m = (minor: number) => formatMoney(minor, r.currency);
  const major = (minor: number) => minor / 10 ** minorDigits(r.currency);
  const month = (key: string) => formatMonthYear(`${key}-01`);
  const chartData = r.months.map((x) => ({
    month: formatMonthShort(`${x.month}-01`),
    monthLong: month(x.month),
    payments: major(x.paymentsMinor),
    noShows: x.noShows,
  }));
  return (
    <>
      <p className="report-period">{formatDateRange(r.from, r.to)}</p>
      <div className="report-grid">
        <section aria-labelledby="rep-money">
          <h2 id="rep-money">{t('reports.money')}</h2>
          <table className="report-table">
            <tbody>
              {r.paymentsByMethod.map((x) => (
                <tr key={x.method}>
                  <th scope="row">{PAYMENT_METHOD_LABELS[x.method]}</th>
                  <td>{m(x.amountMinor)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('reports.allPayments')}</th>
                <td>
                  <strong>{m(r.paymentsTotalMinor)}</strong>
                </td>
              </tr>
              <tr>
                <th scope="row">{t('reports.refunds')}</th>
                <td>{m(r.refundsMinor)}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.discounts')}</th>
                <td>{m(r.discountsMinor)}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section aria-labelledby="rep-deposits">
          <h2 id="rep-deposits">{t('reports.deposits')}</h2>
          <table className="report-table">
            <tbody>
              <tr>
                <th scope="row">{t('reports.deposits.held')}</th>
                <td>{m(r.deposits.heldMinor)}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.deposits.applied')}</th>
                <td>{m(r.deposits.appliedMinor)}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.deposits.forfeited')}</th>
                <td>{m(r.deposits.forfeitedMinor)}</td>
              </tr>
              <tr>
                <th scope="row">{t('reports.deposits.outstanding')}</th>
                <td>{m(r.deposits.outstandingMinor)}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section aria-labelledby="rep-clinic">
          <h2 id="rep-clinic">{t('reports.clinic')}</h2>
          <table className="report-table">
            <tbody>
              {(
                [
                  [t('reports.sessionsPerformed'), r.sessionsPerformed],
                  [t('reports.noShows'), r.noShows],
                  [t('reports.cancellations'), r.cancellations],
                  [t('reports.newClients'), r.newClients],
                  [t('reports.plansCompleted'), r.plansCompleted],
                ] as const
              ).map(([label, n]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{formatCount(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <ChartWithTable
        id="rep-payments-month"
        title={t('reports.paymentsPerMonth')}
        data={chartData}
        dataKey="payments"
        tick={(v) => formatMoneyCompact(Math.round(v * 10 ** minorDigits(r.currency)), r.currency)}
        value={(v) => formatMoney(Math.round(v * 10 ** minorDigits(r.currency)), r.currency)}
        rows={r.months.map((x) => [month(x.month), m(x.paymentsMinor)])}
        column={t('reports.payments')}
      />
      <ChartWithTable
        id="rep-noshows-month"
        title={t('reports.noShowsPerMonth')}
        data={chartData}
        dataKey="noShows"
        tick={(v) => formatCount(v)}
        value={(v) => formatCount(v)}
        rows={r.months.map((x) => [month(x.month), formatCount(x.noShows)])}
        column={t('reports.noShows')}
      />
    </>
  );
}

function ChartWithTable(props: {
  id: string;
  title: string;
  data: { month: string; monthLong: string; payments: number; noShows: number }[];
  dataKey: 'payments' | 'noShows';
  /** The axis' short labels ("£800K") and the tooltip's exact figure. */
  tick: (v: number) => string;
  value: (v: number) => string;
  rows: [string, string][];
  column: string;
}) {
  return (
    <section className="chart-with-table" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <div className="chart-row">
        {/* The chart is for the eye, one image to a screen reader; the table beside it holds the same
            figures for everyone, so recharts' own keyboard layer (a focusable SVG) is turned off. */}
        <div className="chart" role="img" aria-label={t('reports.chartLabel', { title: props.title })}>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={props.data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="month" interval={0} tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={props.tick} width={64} allowDecimals={props.dataKey === 'payments'} />
              <Tooltip
                formatter={(v) => props.value(Number(v))}
                labelFormatter={(label, payload) =>
                  (payload[0]?.payload as { monthLong?: string } | undefined)?.monthLong ?? (typeof label === 'string' ? label : '')
                }
              />
              <Bar dataKey={props.dataKey} fill="#2f5d8a" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="report-table">
          <caption className="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.month')}</th>
              <th scope="col">{props.column}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
