// Book a plan's next session: the window shown in real dates, a reason asked for outside it, and an
// override reason asked for while its deposit is unpaid.
import { useState } from 'react';
import { dateInZone, windowPosition } from '../../../../../core/booking';
import type { ChannelOutput } from '../../../../../api/contract';
import { useApiQuery } from '../../../api/useApi';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { DateTimeField } from '../../../components/DateTimeField';
import { Field } from '../../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../../components/LinkStatus';
import { formatDay, money } from '../../reception/format';
import { isInPast } from '../../../../../core/session-dates';
import { PastBookingCheck, pastWarning } from './PastBookingCheck';
import { localInputToInstant, useChartChange } from './useChartChange';
import { useKeptState } from '../../../lock/useKept';
import { t } from '../../../i18n';

export function BookingForm({
  planId,
  clientId,
  locale,
  onDone,
}: {
  planId: number;
  clientId: number;
  locale: string;
  /** With the session booked, or nothing when cancelled. */
  onDone: (booked?: ChannelOutput<'sessions.book'>) => void;
}) {
  const next = useApiQuery('reception.nextSession', { planId });
  const staff = useApiQuery('staff.list', {});
  const change = useChartChange();
  const offline = useOfflineRefusal('sessions.book');
  const [when, setWhen] = useKeptState(clientId, `plan/${planId}/booking/when`, '');
  const [practitionerId, setPractitionerId] = useKeptState(clientId, `plan/${planId}/booking/practitionerId`, '');
  const [outsideReason, setOutsideReason] = useKeptState(clientId, `plan/${planId}/booking/outsideReason`, '');
  const [overrideReason, setOverrideReason] = useKeptState(clientId, `plan/${planId}/booking/overrideReason`, '');
  const [confirmPast, setConfirmPast] = useState(false);

  if (next.isPending) return <p className="muted">{t('chart.booking.working')}</p>;
  if (!next.data) return <ErrorNotice message={next.error?.message ?? ''} />; // a failed refetch keeps the form
  const n = next.data;
  const instant = localInputToInstant(when);
  const position = instant ? windowPosition(dateInZone(instant), n.window) : { inside: true as const };
  const unpaid = n.deposit?.status === 'required';
  const f = change.fields;
  const askOutside = !position.inside || Boolean(f.outsideWindowReason);
  const askOverride = unpaid || Boolean(f.depositOverrideReason);
  const past = instant !== null && isInPast(instant, new Date());

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!instant) return change.fail({ bookedFor: t('chart.booking.chooseWhen') });
    const done = await change.run('sessions.book', {
      clientId,
      planId,
      bookedFor: instant,
      practitionerId: practitionerId ? Number(practitionerId) : null,
      outsideWindowReason: askOutside ? outsideReason : null,
      depositOverrideReason: askOverride ? overrideReason : null,
      confirmInPast: past && confirmPast,
    });
    if (done) onDone(done);
  }

  const label = t('chart.booking.book', { kind: n.kind, number: n.number });
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={label}>
      <h4>{label}</h4>
      <p className={`window-note${position.inside ? '' : ' outside'}`} data-testid="booking-window">
        {windowText(n, locale)}
        {!position.inside &&
          ('early' in position
            ? ` ${t('chart.booking.early', { days: position.early })}`
            : ` ${t('chart.booking.late', { days: position.late })}`)}
      </p>
      {unpaid && n.deposit && (
        <p className="notice notice-error">
          {t('chart.booking.unpaid', {
            number: n.number,
            amount: money(n.deposit.amountMinor - n.deposit.paidMinor, n.deposit.currency, locale),
          })}
        </p>
      )}
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <div>
          <DateTimeField
            label={t('chart.booking.when')}
            value={when}
            onChange={setWhen}
            error={f.bookedFor}
            warning={past ? pastWarning(instant) : undefined}
          />
          {past && <PastBookingCheck checked={confirmPast} onChange={setConfirmPast} />}
        </div>
        <Field label={t('chart.booking.practitioner')} error={f.practitionerId}>
          {(p) => (
            <select {...p} value={practitionerId} onChange={(e) => setPractitionerId(e.target.value)}>
              <option value="">{t('chart.booking.notDecided')}</option>
              {(staff.data ?? [])
                .filter((s) => s.role !== 'reception')
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        {askOutside && (
          <Field label={t('chart.outsideWindowReason')} error={f.outsideWindowReason}>
            {(p) => <input {...p} value={outsideReason} onChange={(e) => setOutsideReason(e.target.value)} />}
          </Field>
        )}
        {askOverride && (
          <Field label={t('chart.booking.overrideReason')} error={f.depositOverrideReason}>
            {(p) => <input {...p} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />}
          </Field>
        )}
      </div>
      {f.planId && (
        <p className="field-error" role="alert">
          {f.planId}
        </p>
      )}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={change.busy || offline !== null}>
          {label}
        </button>
        <button className="button" type="button" onClick={() => onDone()}>
          {t('chart.cancel')}
        </button>
      </div>
      <OfflineReason reason={offline} />
    </form>
  );
}

function windowText(
  n: {
    kind: string;
    number: number;
    previous: { number: number; date: string; performed: boolean } | null;
    window: { earliest: string; latest: string | null } | null;
    recallOn: string | null;
  },
  locale: string,
): string {
  if (n.kind === 'touch_up')
    return n.recallOn ? t('chart.booking.recallFrom', { date: formatDay(n.recallOn, locale) }) : t('chart.booking.anyTime');
  if (!n.window || !n.previous) return t('chart.booking.first', { number: n.number });
  const after = {
    previous: n.previous.number,
    date: formatDay(n.previous.date, locale),
    booked: n.previous.performed ? 'no' : 'yes',
    from: formatDay(n.window.earliest, locale),
  };
  if (!n.window.latest) return t('chart.booking.from', after);
  return t('chart.booking.between', { ...after, to: formatDay(n.window.latest, locale) });
}
