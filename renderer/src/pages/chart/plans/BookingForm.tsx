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

  if (next.isPending) return <p className="muted">Working out the booking window…</p>;
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
    if (!instant) return change.fail({ bookedFor: 'Choose the day and time of the session.' });
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

  const label = n.kind === 'touch_up' ? 'the touch-up' : `session ${n.number}`;
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={`Book ${label}`}>
      <h4>Book {label}</h4>
      <p className={`window-note${position.inside ? '' : ' outside'}`} data-testid="booking-window">
        {windowText(n, locale)}
        {!position.inside &&
          ('early' in position
            ? ` This date is ${position.early} day${position.early === 1 ? '' : 's'} early.`
            : ` This date is ${position.late} day${position.late === 1 ? '' : 's'} late.`)}
      </p>
      {unpaid && n.deposit && (
        <p className="notice notice-error">
          The session {n.number} deposit is not paid: {money(n.deposit.amountMinor - n.deposit.paidMinor, n.deposit.currency, locale)}{' '}
          outstanding. Record the payment first, or give a reason to book anyway.
        </p>
      )}
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <div>
          <DateTimeField
            label="Day and time"
            value={when}
            onChange={setWhen}
            error={f.bookedFor}
            warning={past ? pastWarning(instant) : undefined}
          />
          {past && <PastBookingCheck checked={confirmPast} onChange={setConfirmPast} />}
        </div>
        <Field label="Practitioner" error={f.practitionerId}>
          {(p) => (
            <select {...p} value={practitionerId} onChange={(e) => setPractitionerId(e.target.value)}>
              <option value="">Not decided</option>
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
          <Field label="Reason for booking outside the window" error={f.outsideWindowReason}>
            {(p) => <input {...p} value={outsideReason} onChange={(e) => setOutsideReason(e.target.value)} />}
          </Field>
        )}
        {askOverride && (
          <Field label="Reason for booking before the deposit is paid" error={f.depositOverrideReason}>
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
          Book {label}
        </button>
        <button className="button" type="button" onClick={() => onDone()}>
          Cancel
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
    return n.recallOn ? `Touch-up recall from ${formatDay(n.recallOn, locale)}.` : 'A touch-up can be booked any time.';
  if (!n.window || !n.previous) return `Session ${n.number} has no booking window: it is the first session.`;
  const after = `session ${n.previous.number} on ${formatDay(n.previous.date, locale)}${n.previous.performed ? '' : ' (booked)'}`;
  if (!n.window.latest) return `Book from ${formatDay(n.window.earliest, locale)} onwards (after ${after}).`;
  return `Book between ${formatDay(n.window.earliest, locale)} and ${formatDay(n.window.latest, locale)} (after ${after}).`;
}
