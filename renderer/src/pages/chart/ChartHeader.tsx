import { ageOn } from '../../../../core/dates';
import { CASE_TYPE_LABELS } from '../../../../core/vocabulary';
import type { ChartRecord } from '../../../../api/contract/chart';
import { useApiQuery } from '../../api/useApi';
import { formatDate, formatPhone } from '../../format';
import { currentContraindications, headlineDeposit, nextWindow, planProgress } from './chartFacts';
import { formatMoney, TIER_LABELS } from './labels';

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
        <div className="flag-bar" role="note" aria-label="Contraindications">
          {flags.map((c) => (
            <span key={c.id} className={`flag flag-${c.tier}`}>
              <strong>{TIER_LABELS[c.tier]}:</strong> {c.condition}
              {c.tier === 'temporary' && c.until && ` — until ${formatDate(c.until)}`}
            </span>
          ))}
        </div>
      )}
      <dl className="facts chart-facts">
        <div>
          <dt>Age</dt>
          <dd>{client.dateOfBirth ? `${ageOn(client.dateOfBirth, today)} (born ${formatDate(client.dateOfBirth)})` : '—'}</dd>
        </div>
        <div>
          <dt>Hair loss</dt>
          <dd>
            {client.hairLossScale ? `${client.hairLossScale === 'norwood' ? 'Norwood' : 'Ludwig'} ${client.hairLossStage ?? ''}` : '—'}
          </dd>
        </div>
        <div>
          <dt>Skin</dt>
          <dd>{client.fitzpatrick ? `Fitzpatrick ${ROMAN[client.fitzpatrick - 1]}` : '—'}</dd>
        </div>
        <div>
          <dt>Case</dt>
          <dd>{CASE_TYPE_LABELS[client.caseType]}</dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>{planProgress(chart)}</dd>
        </div>
        <div>
          <dt>Next booking window</dt>
          <dd>
            {next?.window
              ? `Session ${next.number}: ${formatDate(next.window.earliest)}${next.window.latest ? ` – ${formatDate(next.window.latest)}` : ' onwards'}`
              : '—'}
          </dd>
        </div>
        <div>
          <dt>Deposit</dt>
          <dd>
            {deposit ? (
              <span className={`badge badge-${deposit.status}`}>
                Session {deposit.sessionNumber}: {deposit.status} {formatMoney(deposit.amountMinor, deposit.currency)}
              </span>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>{formatPhone(client.phone)}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{client.email ?? '—'}</dd>
        </div>
        {client.notes && (
          <div className="facts-wide">
            <dt>Notes</dt>
            <dd>{client.notes}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
