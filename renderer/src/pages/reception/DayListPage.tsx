// A day's booking list for the desk, printable for days the computer is off.
import { Link, useNavigate, useParams } from 'react-router';
import { addDays } from '../../../../core/dates';
import { useApiQuery } from '../../api/useApi';
import { DateField, isIsoDay } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { MessageId } from '../../../../core/i18n/translate';
import { formatPhone, getClinicLocale } from '../../format';
import { t } from '../../i18n';
import { formatDay, formatTime, formatWhen, money, todayLocal, useClinicSettings } from './format';
import { ReceptionTabs } from './ReceptionTabs';
import './reception.css';

const DEPOSIT_WORDS = {
  required: 'reception.day.deposit.required',
  paid: 'reception.day.deposit.paid',
  applied: 'reception.day.deposit.applied',
  refunded: 'reception.day.deposit.refunded',
  forfeited: 'reception.day.deposit.forfeited',
  waived: 'reception.day.deposit.waived',
} as const satisfies Record<string, MessageId>;

export function DayListPage() {
  const param = useParams().date ?? '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(param) ? param : todayLocal();
  const navigate = useNavigate();
  const settings = useClinicSettings();
  const locale = getClinicLocale();
  const day = useApiQuery('reception.day', { date });

  return (
    <section className="day-list">
      <ReceptionTabs />
      <div className="page-head no-print">
        <p>
          <Link to="/reception">{t('reception.day.back')}</Link>
        </p>
        <div className="actions">
          <Link className="button" to={`/reception/day/${addDays(date, -1)}`} aria-label={t('reception.day.previous')}>
            {t('reception.day.previousArrow')}
          </Link>
          <DateField
            label={t('reception.day.day')}
            className="inline-field"
            value={date}
            // Only a whole, real day opens its list; the field says what is missing from a half-typed one.
            onChange={(v) => isIsoDay(v) && navigate(`/reception/day/${v}`)}
          />
          <Link className="button" to={`/reception/day/${addDays(date, 1)}`} aria-label={t('reception.day.next')}>
            {t('reception.day.nextArrow')}
          </Link>
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('reception.day.print')}
          </button>
        </div>
      </div>
      <header className="print-head">
        <p className="print-clinic">{settings.data?.clinicName}</p>
        <h1>{t('reception.day.title', { day: formatDay(date, locale) })}</h1>
      </header>
      {day.error && <ErrorNotice message={day.error.message} />}
      {day.isPending && <p className="muted">{t('common.loading')}</p>}
      {day.data && day.data.length === 0 && <p className="notice">{t('reception.day.none')}</p>}
      {day.data && day.data.length > 0 && (
        <table className="table day-table">
          <thead>
            <tr>
              <th scope="col">{t('reception.day.col.time')}</th>
              <th scope="col">{t('reception.day.col.client')}</th>
              <th scope="col">{t('reception.day.col.phone')}</th>
              <th scope="col">{t('reception.day.col.session')}</th>
              <th scope="col">{t('reception.day.col.practitioner')}</th>
              <th scope="col">{t('reception.day.col.deposit')}</th>
              <th scope="col">{t('reception.day.col.notes')}</th>
              <th scope="col" className="print-only">
                {t('reception.day.col.arrived')}
              </th>
            </tr>
          </thead>
          <tbody>
            {day.data.map((b) => (
              <tr key={b.sessionId}>
                <td>
                  {formatTime(b.bookedFor, locale)}–
                  {formatTime(new Date(Date.parse(b.bookedFor) + b.lengthMinutes * 60_000).toISOString(), locale)}
                </td>
                <td>
                  <Link to={`/clients/${b.clientId}`}>
                    {b.firstName} {b.lastName}
                  </Link>
                </td>
                <td>{formatPhone(b.phone)}</td>
                <td>
                  {b.kind === 'touch_up'
                    ? t('reception.session.touchUp')
                    : b.quotedSessions
                      ? t('reception.session.of', { number: String(b.number), quoted: String(b.quotedSessions) })
                      : String(b.number)}
                </td>
                <td>{b.practitionerName ?? '—'}</td>
                <td>
                  {b.depositStatus ? t(DEPOSIT_WORDS[b.depositStatus]) : '—'}
                  {b.outstandingMinor > 0 && b.currency && (
                    <> · {t('reception.day.owes', { amount: money(b.outstandingMinor, b.currency, locale) })}</>
                  )}
                </td>
                <td>
                  {b.outsideWindowReason && <div>{t('reception.day.outsideWindow', { reason: b.outsideWindowReason })}</div>}
                  {b.depositOverrideReason && <div>{t('reception.day.bookedUnpaid', { reason: b.depositOverrideReason })}</div>}
                </td>
                <td className="print-only tick-box" aria-hidden="true" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted print-foot">
        {day.data
          ? t('reception.day.footer', { count: day.data.length, when: formatWhen(new Date().toISOString(), locale) })
          : ` ${t('reception.day.printed', { when: formatWhen(new Date().toISOString(), locale) })}`}
      </p>
    </section>
  );
}
