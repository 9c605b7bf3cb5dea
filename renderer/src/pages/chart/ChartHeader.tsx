import { ageOn } from '../../../../core/dates';
import { CASE_TYPE_LABELS } from '../../vocabulary';
import type { ChartRecord } from '../../../../api/contract/chart';
import { useApiQuery } from '../../api/useApi';
import { formatDate, formatPhone } from '../../format';
import { currentContraindications, headlineDeposit, nextWindow, planProgress } from './chartFacts';
import { formatMoney, TIER_LABELS } from './labels';
import { t } from '../../i18n';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** The facts a practitioner needs before touching the scalp, in one glance. */
export function ChartHeader({ chart, today }: { chart: ChartRecord; today: string }) {
  const { client } = chart;
  const settings = useApiQuery('settings.get', {});
  const flags = currentContraindications(chart.contraindications, today);
  const next = settings.data ? nextWindow(chart, settings.data) : null;
  const deposit = headlineDeposit(chart);
  return (
    <>
      {flags.length > 0 && (
        <div className="flag-bar" role="note" aria-label={t('chart.header.flags')}>
          {flags.map((c) => (
            <span key={c.id} className={`flag flag-${c.tier}`}>
              <strong>{TIER_LABELS[c.tier]}:</strong> {c.condition}
              {c.tier === 'temporary' && c.until && ` — ${t('chart.until', { date: formatDate(c.until) })}`}
            </span>
          ))}
        </div>
      )}
      <dl className="facts chart-facts">
        <div>
          <dt>{t('chart.header.age')}</dt>
          <dd>
            {client.dateOfBirth
              ? t('chart.header.ageValue', { age: ageOn(client.dateOfBirth, today), date: formatDate(client.dateOfBirth) })
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('chart.header.hairLoss')}</dt>
          <dd>
            {client.hairLossScale ? `${client.hairLossScale === 'norwood' ? 'Norwood' : 'Ludwig'} ${client.hairLossStage ?? ''}` : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('chart.header.skin')}</dt>
          <dd>{client.fitzpatrick ? `Fitzpatrick ${ROMAN[client.fitzpatrick - 1]}` : '—'}</dd>
        </div>
        <div>
          <dt>{t('chart.header.case')}</dt>
          <dd>{CASE_TYPE_LABELS[client.caseType]}</dd>
        </div>
        <div>
          <dt>{t('chart.header.plan')}</dt>
          <dd>{planProgress(chart)}</dd>
        </div>
        <div>
          <dt>{t('chart.header.nextWindow')}</dt>
          <dd>
            {next?.window
              ? next.window.latest
                ? t('chart.header.windowBetween', {
                    number: next.number,
                    earliest: formatDate(next.window.earliest),
                    latest: formatDate(next.window.latest),
                  })
                : t('chart.header.windowFrom', { number: next.number, earliest: formatDate(next.window.earliest) })
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('chart.header.deposit')}</dt>
          <dd>
            {deposit ? (
              <span className={`badge badge-${deposit.status}`}>
                {t('chart.header.depositValue', {
                  number: deposit.sessionNumber,
                  status: deposit.status,
                  amount: formatMoney(deposit.amountMinor, deposit.currency),
                })}
              </span>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('chart.header.phone')}</dt>
          <dd>{formatPhone(client.phone)}</dd>
        </div>
        <div>
          <dt>{t('chart.header.email')}</dt>
          <dd>{client.email ?? '—'}</dd>
        </div>
        {client.notes && (
          <div className="facts-wide">
            <dt>{t('chart.notes')}</dt>
            <dd>{client.notes}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
