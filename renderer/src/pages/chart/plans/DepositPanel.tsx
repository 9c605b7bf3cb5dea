// One deposit: its state and payments, and the forms to record a payment or change its status.
import { nextDepositStatuses } from '../../../../../core/deposits';
import { minorToInput, parseMoney } from '../../../../../core/money';
import { PAYMENT_METHODS } from '../../../../../core/vocabulary';
import type { DepositRecord } from '../../../../../api/contract/chart';
import { ChangedUnderneath, useChangedUnderneath } from '../../../components/ChangedUnderneath';
import { DateTimeField } from '../../../components/DateTimeField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { formatWhen, money } from '../../reception/format';
import { instantToLocalInput, localInputToInstant, useChartChange } from './useChartChange';
import { FormActions } from '../../../components/FormActions';
import { useKeptState } from '../../../lock/useKept';
import { OfflineReason, useOfflineRefusal } from '../../../components/LinkStatus';
import { focusElement, focusFirstControlSoon } from '../../../components/focus';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../i18n';
import { translatedLabels } from '../labels';

export const DEPOSIT_LABELS = translatedLabels('chart.depositStatus', [
  'required',
  'paid',
  'applied',
  'refunded',
  'forfeited',
  'waived',
] as const);
const METHOD_LABELS = translatedLabels('chart.method', PAYMENT_METHODS);
/** Statuses reception may set by hand; "applied" happens when the session is charted. */
const MANUAL = ['refunded', 'forfeited', 'waived'] as const;

export function DepositPanel({ deposit, locale, clientId }: { deposit: DepositRecord; locale: string; clientId: number }) {
  const [open, setOpen] = useKeptState<'pay' | 'status' | 'amount' | null>(clientId, `deposit/${deposit.id}/open`, null);
  const offline = useOfflineRefusal('deposits.recordPayment');
  const d = deposit;
  const outstanding = d.status === 'required' ? d.amountMinor - d.paidMinor : 0;
  const m = (minor: number) => money(minor, d.currency, locale);
  const manual = MANUAL.filter((s) => nextDepositStatuses(d.status).includes(s));
  // A saved payment is confirmed here, and focus comes to the confirmation when the form closes.
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) focusElement(savedRef.current);
  }, [saved]);
  return (
    <div className="deposit-row" data-testid={`deposit-${d.sessionNumber}`}>
      <div className="deposit-head">
        <strong>{t('chart.deposit.title', { number: d.sessionNumber })}</strong>
        <span className={`state state-deposit-${d.status}`}>{DEPOSIT_LABELS[d.status]}</span>
        <span>
          {t('chart.deposit.paidOf', { paid: m(d.paidMinor), amount: m(d.amountMinor) })}
          {outstanding > 0 && (
            <>
              {' '}
              · <strong>{t('chart.deposit.outstanding', { amount: m(outstanding) })}</strong>
            </>
          )}
        </span>
      </div>
      {d.payments.length > 0 && (
        <ul className="payments">
          {d.payments.map((p) => (
            <li key={p.id}>
              {t('chart.deposit.payment', {
                amount: m(p.amountMinor),
                method: METHOD_LABELS[p.method],
                when: formatWhen(p.paidAt, locale),
                receipt: p.receipt,
              })}
            </li>
          ))}
        </ul>
      )}
      {d.statusReason && d.status !== 'required' && (
        <p className="muted">
          {DEPOSIT_LABELS[d.status]} {d.statusChangedAt ? formatWhen(d.statusChangedAt, locale) : ''}: {d.statusReason}
        </p>
      )}
      {d.overrideReason && <p className="muted">{t('chart.deposit.bookedUnpaid', { reason: d.overrideReason })}</p>}
      <div className="button-row">
        {d.status === 'required' && (
          <button
            className="button"
            type="button"
            onClick={() => setOpen(open === 'pay' ? null : 'pay')}
            aria-expanded={open === 'pay'}
            disabled={offline !== null}
          >
            {t('chart.deposit.recordPayment')}
          </button>
        )}
        {d.status === 'required' && (
          <button
            className="button"
            type="button"
            onClick={() => setOpen(open === 'amount' ? null : 'amount')}
            aria-expanded={open === 'amount'}
            disabled={offline !== null}
          >
            {t('chart.deposit.changeAmount')}
          </button>
        )}
        {manual.length > 0 && (
          <button
            className="button"
            type="button"
            onClick={() => setOpen(open === 'status' ? null : 'status')}
            aria-expanded={open === 'status'}
            disabled={offline !== null}
          >
            {t('chart.deposit.changeStatus')}
          </button>
        )}
      </div>
      <OfflineReason reason={offline} />
      {saved && open === null && (
        <p className="notice notice-ok" role="status" ref={savedRef} tabIndex={-1}>
          {saved}
        </p>
      )}
      {open === 'pay' && (
        <PaymentForm
          clientId={clientId}
          deposit={d}
          outstanding={outstanding}
          onDone={(payment) => {
            setOpen(null);
            if (payment)
              setSaved(
                t('chart.deposit.saved', {
                  amount: m(payment.amountMinor),
                  method: payment.method,
                  hasReceipt: payment.receipt ? 'yes' : 'no',
                  receipt: payment.receipt,
                }),
              );
          }}
        />
      )}
      {open === 'status' && <StatusForm clientId={clientId} deposit={d} options={manual} onDone={() => setOpen(null)} />}
      {open === 'amount' && <AmountForm clientId={clientId} deposit={d} onDone={() => setOpen(null)} />}
    </div>
  );
}

function PaymentForm({
  clientId,
  deposit,
  outstanding,
  onDone,
}: {
  clientId: number;
  deposit: DepositRecord;
  outstanding: number;
  /** With what was saved, or nothing when cancelled. */
  onDone: (saved?: { amountMinor: number; method: (typeof PAYMENT_METHODS)[number]; receipt: string }) => void;
}) {
  const change = useChartChange();
  // The form takes focus as it opens: the amount is what is typed first.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => focusFirstControlSoon(() => formRef.current), []);
  const edit = useChangedUnderneath(deposit.version);
  const [amount, setAmount] = useKeptState(clientId, `deposit/${deposit.id}/pay/amount`, minorToInput(outstanding, deposit.currency));
  const [method, setMethod] = useKeptState<(typeof PAYMENT_METHODS)[number]>(clientId, `deposit/${deposit.id}/pay/method`, 'card');
  const [receipt, setReceipt] = useKeptState(clientId, `deposit/${deposit.id}/pay/receipt`, '');
  const [paidAt, setPaidAt] = useKeptState(clientId, `deposit/${deposit.id}/pay/paidAt`, instantToLocalInput(new Date()));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const amountMinor = parseMoney(amount, deposit.currency);
    const when = localInputToInstant(paidAt);
    const local: Record<string, string> = {};
    if (amountMinor === null) local.amountMinor = t('chart.deposit.enterAmount');
    if (when === null) local.paidAt = t('chart.deposit.enterWhen');
    if (Object.keys(local).length) return change.fail(local);
    const done = await change.run(
      'deposits.recordPayment',
      { depositId: deposit.id, expectedVersion: edit.startVersion, amountMinor: amountMinor!, method, receipt, paidAt: when! },
      edit,
    );
    if (done) onDone({ amountMinor: amountMinor!, method, receipt });
  }
  const f = change.fields;
  return (
    <form
      ref={formRef}
      className="inline-form"
      onSubmit={submit}
      noValidate
      aria-label={t('chart.deposit.paymentLabel', { number: deposit.sessionNumber })}
    >
      <ChangedUnderneath show={edit.changed && !change.busy} what={t('chart.changed.deposit')} kept={t('chart.kept')} />
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <Field label={t('chart.amountIn', { currency: deposit.currency })} error={f.amountMinor}>
          {(p) => <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label={t('chart.deposit.method')} error={f.method}>
          {(p) => (
            <select {...p} value={method} onChange={(e) => setMethod(e.target.value as typeof method)}>
              {PAYMENT_METHODS.map((x) => (
                <option key={x} value={x}>
                  {METHOD_LABELS[x]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('chart.deposit.receipt')} error={f.receipt}>
          {(p) => <input {...p} value={receipt} onChange={(e) => setReceipt(e.target.value)} autoComplete="off" />}
        </Field>
        <DateTimeField label={t('chart.deposit.paidAt')} name="paidAt" value={paidAt} onChange={setPaidAt} error={f.paidAt} />
      </div>
      <FormActions submitLabel={t('chart.deposit.savePayment')} busy={change.busy} onCancel={() => onDone()} />
    </form>
  );
}

function StatusForm({
  clientId,
  deposit,
  options,
  onDone,
}: {
  clientId: number;
  deposit: DepositRecord;
  options: readonly (typeof MANUAL)[number][];
  onDone: () => void;
}) {
  const change = useChartChange();
  const edit = useChangedUnderneath(deposit.version);
  const [status, setStatus] = useKeptState(clientId, `deposit/${deposit.id}/status`, options[0]!);
  const [reason, setReason] = useKeptState(clientId, `deposit/${deposit.id}/status-reason`, '');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const done = await change.run(
      'deposits.setStatus',
      { depositId: deposit.id, expectedVersion: edit.startVersion, status, reason },
      edit,
    );
    if (done) onDone();
  }
  const f = change.fields;
  return (
    <form
      className="inline-form"
      onSubmit={submit}
      noValidate
      aria-label={t('chart.deposit.statusLabel', { number: deposit.sessionNumber })}
    >
      <ChangedUnderneath show={edit.changed && !change.busy} what={t('chart.changed.deposit')} kept={t('chart.kept')} />
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <Field label={t('chart.deposit.newStatus')} error={f.status}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {DEPOSIT_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('chart.reason')} error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <FormActions submitLabel={t('chart.deposit.saveStatus')} busy={change.busy} onCancel={onDone} />
    </form>
  );
}

function AmountForm({ clientId, deposit, onDone }: { clientId: number; deposit: DepositRecord; onDone: () => void }) {
  const change = useChartChange();
  const edit = useChangedUnderneath(deposit.version);
  const [amount, setAmount] = useKeptState(clientId, `deposit/${deposit.id}/amount`, minorToInput(deposit.amountMinor, deposit.currency));
  const [reason, setReason] = useKeptState(clientId, `deposit/${deposit.id}/amount-reason`, '');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const amountMinor = parseMoney(amount, deposit.currency);
    if (amountMinor === null) return change.fail({ amountMinor: t('chart.depositAsAmount') });
    const done = await change.run(
      'deposits.setAmount',
      { depositId: deposit.id, expectedVersion: edit.startVersion, amountMinor, reason },
      edit,
    );
    if (done) onDone();
  }
  const f = change.fields;
  return (
    <form
      className="inline-form"
      onSubmit={submit}
      noValidate
      aria-label={t('chart.deposit.amountLabel', { number: deposit.sessionNumber })}
    >
      <ChangedUnderneath show={edit.changed && !change.busy} what={t('chart.changed.deposit')} kept={t('chart.kept')} />
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <Field label={t('chart.deposit.newAmount', { currency: deposit.currency })} error={f.amountMinor}>
          {(p) => <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label={t('chart.reason')} error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <FormActions submitLabel={t('chart.deposit.saveAmount')} busy={change.busy} onCancel={onDone} />
    </form>
  );
}
