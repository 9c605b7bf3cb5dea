// A day's booking list for the desk, printable for days the computer is off.
import { Link, useNavigate, useParams } from 'react-router';
import { addDays } from '../../../../core/dates';
import { useApiQuery } from '../../api/useApi';
import { DateField, isIsoDay } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatPhone } from '../../format';
import { formatDay, formatTime, formatWhen, money, todayLocal, useClinicSettings } from './format';
import { ReceptionTabs } from './ReceptionTabs';
import './reception.css';

const DEPOSIT_WORDS = {
  required: 'Not paid',
  paid: 'Paid',
  applied: 'Applied',
  refunded: 'Refunded',
  forfeited: 'Forfeited',
  waived: 'Waived',
} as const;

export function DayListPage() {
  const param = useParams().date ?? '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(param) ? param : todayLocal();
  const navigate = useNavigate();
  const settings = useClinicSettings();
  const locale = settings.data?.locale ?? 'en-GB';
  const day = useApiQuery('reception.day', { date });

  return (
    <section className="day-list">
      <ReceptionTabs />
      <div className="page-head no-print">
        <p>
          <Link to="/reception">← Reception board</Link>
        </p>
        <div className="actions">
          <Link className="button" to={`/reception/day/${addDays(date, -1)}`} aria-label="Previous day">
            ← Previous day
          </Link>
          <DateField
            label="Day"
            className="inline-field"
            value={date}
            // Only a whole, real day opens its list; the field says what is missing from a half-typed one.
            onChange={(v) => isIsoDay(v) && navigate(`/reception/day/${v}`)}
          />
          <Link className="button" to={`/reception/day/${addDays(date, 1)}`} aria-label="Next day">
            Next day →
          </Link>
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      <header className="print-head">
        <p className="print-clinic">{settings.data?.clinicName}</p>
        <h1>Bookings for {formatDay(date, locale)}</h1>
      </header>
      {day.error && <ErrorNotice message={day.error.message} />}
      {day.isPending && <p className="muted">Loading…</p>}
      {day.data && day.data.length === 0 && <p className="notice">No sessions are booked for this day.</p>}
      {day.data && day.data.length > 0 && (
        <table className="table day-table">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Client</th>
              <th scope="col">Phone</th>
              <th scope="col">Session</th>
              <th scope="col">Practitioner</th>
              <th scope="col">Deposit</th>
              <th scope="col">Notes</th>
              <th scope="col" className="print-only">
                Arrived
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
                <td>{b.kind === 'touch_up' ? 'Touch-up' : `${b.number}${b.quotedSessions ? ` of ${b.quotedSessions}` : ''}`}</td>
                <td>{b.practitionerName ?? '—'}</td>
                <td>
                  {b.depositStatus ? DEPOSIT_WORDS[b.depositStatus] : '—'}
                  {b.outstandingMinor > 0 && b.currency && <> · owes {money(b.outstandingMinor, b.currency, locale)}</>}
                </td>
                <td>
                  {b.outsideWindowReason && <div>Outside window: {b.outsideWindowReason}</div>}
                  {b.depositOverrideReason && <div>Booked unpaid: {b.depositOverrideReason}</div>}
                </td>
                <td className="print-only tick-box" aria-hidden="true" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted print-foot">
        {day.data ? `${day.data.length} booking${day.data.length === 1 ? '' : 's'}` : ''} · printed{' '}
        {formatWhen(new Date().toISOString(), locale)}
      </p>
    </section>
  );
}
