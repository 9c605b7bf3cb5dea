import { PLAN_STATUSES } from '../../../../../core/vocabulary';
// One treatment plan on the chart: what was quoted, its deposits, and booking its next session.
import type { ChartRecord, PlanRecord } from '../../../../../api/contract/chart';
import { ChangedUnderneath, useChangedUnderneath } from '../../../components/ChangedUnderneath';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { minorToInput, parseMoney } from '../../../../../core/money';
import { formatDay, money, useClinicSettings } from '../../reception/format';
import { BookingForm } from './BookingForm';
import { DepositPanel } from './DepositPanel';
import { PaymentsPanel } from './PaymentsPanel';
import { useChartChange } from './useChartChange';
import { FormActions } from '../../../components/FormActions';
import { useKeptState } from '../../../lock/useKept';
import { focusElement, focusFirstControlSoon } from '../../../components/focus';
import { useEffect, useRef, useState } from 'react';
import { formatWhen } from '../../reception/format';
import { OfflineReason, useOfflineRefusal } from '../../../components/LinkStatus';
import { t } from '../../../i18n';
import { PLAN_STATUS_LABELS } from '../../../vocabulary';

export function PlanCard({ plan, chart, locale }: { plan: PlanRecord; chart: ChartRecord; locale: string }) {
  const [booking, setBooking] = useKeptState(chart.client.id, `plan/${plan.id}/booking`, false);
  const [statusOpen, setStatusOpen] = useKeptState(chart.client.id, `plan/${plan.id}/statusOpen`, false);
  const [adding, setAdding] = useKeptState(chart.client.id, `plan/${plan.id}/adding`, false);
  const clientId = chart.client.id;
  const deposits = chart.deposits.filter((d) => d.planId === plan.id);
  const open = plan.status === 'quoted' || plan.status === 'active';
  // Course sessions count across the client's course; touch-ups within their own plan.
  const taken = chart.sessions
    .filter(
      (s) => (s.status === 'booked' || s.status === 'performed') && (plan.kind === 'course' ? s.kind === 'course' : s.planId === plan.id),
    )
    .reduce((max, s) => Math.max(max, s.number), 0);
  const canBook = open && taken < plan.quotedSessions;
  // Later sessions not yet performed or booked, with no deposit: reception may still ask for one.
  const unsecured =
    plan.kind === 'course' && open
      ? Array.from({ length: Math.max(0, plan.quotedSessions - 2) }, (_, i) => i + 3).filter(
          (n) => n > taken && !deposits.some((d) => d.sessionNumber === n),
        )
      : [];
  const title = plan.kind === 'touch_up' ? t('chart.plan.touchUp') : t('chart.plan.course', { count: plan.quotedSessions });
  // Opening the booking form puts focus in it; booking says what was booked and focus goes there.
  const bookingRef = useRef<HTMLDivElement>(null);
  useEffect(() => (booking ? focusFirstControlSoon(() => bookingRef.current) : undefined), [booking]);
  // At a workstation whose hub cannot be reached: booking, deposits and the plan's status wait for the hub.
  const offline = {
    book: useOfflineRefusal('sessions.book'),
    deposit: useOfflineRefusal('deposits.add'),
    status: useOfflineRefusal('plans.setStatus'),
  };
  const offlineReasons = [...new Set([offline.book, offline.deposit, offline.status].filter((r): r is string => r !== null))];
  const [booked, setBooked] = useState<string | null>(null);
  const bookedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (booked) focusElement(bookedRef.current);
  }, [booked]);
  return (
    <article className="plan-card" aria-labelledby={`plan-${plan.id}`}>
      <h3 id={`plan-${plan.id}`}>{title}</h3>
      <p className="plan-meta">
        <span>
          {t('chart.plan.price')} <strong>{money(plan.priceMinor, plan.currency, locale)}</strong>
        </span>
        <span>
          {t('chart.plan.status')} <strong>{PLAN_STATUS_LABELS[plan.status]}</strong>
        </span>
        {plan.kind === 'touch_up' && (
          <span>
            {t('chart.plan.recallOn')} <strong>{formatDay(plan.recallOn, locale)}</strong>
          </span>
        )}
        <span>{t('chart.plan.quotedOn', { date: formatDay(plan.createdAt, locale) })}</span>
      </p>
      {plan.notes && <p>{plan.notes}</p>}
      {deposits.map((d) => (
        <DepositPanel key={d.id} deposit={d} locale={locale} clientId={clientId} />
      ))}
      <PaymentsPanel plan={plan} />
      {open && !booking && (
        <div className="button-row">
          {canBook && (
            <button className="button button-primary" type="button" disabled={offline.book !== null} onClick={() => setBooking(true)}>
              {t('chart.plan.bookNext')}
            </button>
          )}
          {unsecured.length > 0 && (
            <button
              className="button"
              type="button"
              disabled={offline.deposit !== null}
              onClick={() => setAdding(!adding)}
              aria-expanded={adding}
            >
              {t('chart.plan.addDeposit')}
            </button>
          )}
          <button
            className="button"
            type="button"
            disabled={offline.status !== null}
            onClick={() => setStatusOpen(!statusOpen)}
            aria-expanded={statusOpen}
          >
            {t('chart.plan.changeStatus')}
          </button>
        </div>
      )}
      {open && !booking && offlineReasons.map((reason) => <OfflineReason key={reason} reason={reason} />)}
      {booked && !booking && (
        <p className="notice notice-ok" role="status" ref={bookedRef} tabIndex={-1}>
          {booked}
        </p>
      )}
      {booking && (
        <div ref={bookingRef}>
          <BookingForm
            planId={plan.id}
            clientId={clientId}
            locale={locale}
            onDone={(session) => {
              setBooking(false);
              if (session?.bookedFor)
                setBooked(
                  t('chart.plan.booked', { kind: session.kind, number: session.number, when: formatWhen(session.bookedFor, locale) }),
                );
            }}
          />
        </div>
      )}
      {statusOpen && <PlanStatusForm plan={plan} onDone={() => setStatusOpen(false)} />}
      {adding && unsecured.length > 0 && <AddDepositForm plan={plan} sessions={unsecured} onDone={() => setAdding(false)} />}
    </article>
  );
}

function AddDepositForm({ plan, sessions, onDone }: { plan: PlanRecord; sessions: number[]; onDone: () => void }) {
  const change = useChartChange();
  const settings = useClinicSettings();
  const [sessionNumber, setSessionNumber] = useKeptState(plan.clientId, `plan/${plan.id}/deposit/sessionNumber`, String(sessions[0]));
  const [amount, setAmount] = useKeptState(
    plan.clientId,
    `plan/${plan.id}/deposit/amount`,
    settings.data ? minorToInput(settings.data.defaultDepositMinor, plan.currency) : '',
  );
  const [reason, setReason] = useKeptState(plan.clientId, `plan/${plan.id}/deposit/reason`, '');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const amountMinor = parseMoney(amount, plan.currency);
    if (amountMinor === null) return change.fail({ amountMinor: t('chart.depositAsAmount') });
    const done = await change.run('deposits.add', { planId: plan.id, sessionNumber: Number(sessionNumber), amountMinor, reason });
    if (done) onDone();
  }
  const f = change.fields;
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('chart.plan.addDeposit')}>
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <Field label={t('chart.plan.securesSession')} error={f.sessionNumber}>
          {(p) => (
            <select {...p} value={sessionNumber} onChange={(e) => setSessionNumber(e.target.value)}>
              {sessions.map((n) => (
                <option key={n} value={n}>
                  {t('chart.plan.sessionOption', { number: n })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('chart.amountIn', { currency: plan.currency })} error={f.amountMinor}>
          {(p) => <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label={t('chart.reason')} error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <FormActions submitLabel={t('chart.plan.saveDeposit')} busy={change.busy} onCancel={onDone} />
    </form>
  );
}

function PlanStatusForm({ plan, onDone }: { plan: PlanRecord; onDone: () => void }) {
  const change = useChartChange();
  const edit = useChangedUnderneath(plan.version);
  const options = PLAN_STATUSES.filter((s) => s !== plan.status && s !== 'quoted');
  const [status, setStatus] = useKeptState(plan.clientId, `plan/${plan.id}/status`, options[0]!);
  const [reason, setReason] = useKeptState(plan.clientId, `plan/${plan.id}/status-reason`, '');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (status === 'cancelled' && !reason.trim()) return change.fail({ reason: t('chart.plan.whyCancelled') });
    const done = await change.run('plans.setStatus', { id: plan.id, expectedVersion: edit.startVersion, status, reason }, edit);
    if (done) onDone();
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('chart.plan.statusLabel')}>
      <ChangedUnderneath show={edit.changed && !change.busy} what={t('chart.changed.plan')} kept={t('chart.kept')} />
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <Field label={t('chart.plan.newStatus')} error={change.fields.status}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {PLAN_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('chart.reason')} error={change.fields.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <FormActions submitLabel={t('chart.plan.saveStatus')} busy={change.busy} onCancel={onDone} />
    </form>
  );
}
