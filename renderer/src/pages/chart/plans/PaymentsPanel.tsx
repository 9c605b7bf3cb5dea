// A plan's money on the chart: its balance and what is due, every payment, refund and discount with
// its receipt or credit note (print or save as PDF), a form to take another, and "Correct this
// entry" on a payment recorded wrongly (CorrectForm.tsx: a new entry, never an edit).
import { useState } from 'react';
import { correctableMinor, LEDGER_KINDS, type LedgerKind } from '../../../../../core/plan-balance';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../../core/vocabulary';
import { PAYMENT_METHOD_LABELS } from '../../../vocabulary';
import type { PlanRecord } from '../../../../../api/contract/chart';
import type { ReceiptRecord } from '../../../../../api/contract/payments';
import { useApiQuery } from '../../../api/useApi';
import { OfflineReason, useOfflineRefusal } from '../../../components/LinkStatus';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { FormActions } from '../../../components/FormActions';
import { formatDateTime, formatMoney } from '../../../format';
import { loadPrintouts } from '../../../pdf/load-printouts';
import { receiptTitle } from '../../../pdf/receipt-title';
import { useClinicSettings } from '../../reception/format';
import { CorrectForm } from './CorrectForm';
import { useChartChange } from './useChartChange';
import { t } from '../../../i18n';
import { translatedLabels } from '../labels';

const KIND_LABELS = translatedLabels('chart.ledgerKind', LEDGER_KINDS);

export function PaymentsPanel({ plan }: { plan: PlanRecord }) {
  const money = useApiQuery('payments.forPlan', { planId: plan.id });
  const [taking, setTaking] = useState(false);
  const [correcting, setCorrecting] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // At a workstation whose hub cannot be reached, money waits for the hub (receipt numbers are the hub's).
  const offline = useOfflineRefusal('payments.take');
  if (!money.data) return <p className="muted">{t('chart.payments.loading')}</p>;
  const b = money.data.balance;
  const m = (minor: number) => formatMoney(minor, plan.currency);
  const receiptOf = (paymentId: number) => money.data.receipts.find((r) => r.paymentId === paymentId);
  return (
    <section className="payments-panel" aria-labelledby={`payments-${plan.id}`}>
      <h4 id={`payments-${plan.id}`} tabIndex={-1}>
        {t('chart.payments.title')}
      </h4>
      <dl className="balance" data-testid={`balance-${plan.id}`}>
        <div>
          <dt>{t('chart.payments.price')}</dt>
          <dd>{m(b.priceMinor)}</dd>
        </div>
        {b.discountedMinor > 0 && (
          <div>
            <dt>{t('chart.payments.discounts')}</dt>
            <dd>{m(b.discountedMinor)}</dd>
          </div>
        )}
        <div>
          <dt>{t('chart.payments.paid')}</dt>
          <dd>{m(b.netPaidMinor)}</dd>
        </div>
        <div>
          <dt>{t('chart.payments.owed')}</dt>
          <dd>
            <strong>{m(b.owedMinor)}</strong>
          </dd>
        </div>
        {b.creditMinor > 0 && (
          <div>
            <dt>{t('chart.payments.credit')}</dt>
            <dd>{m(b.creditMinor)}</dd>
          </div>
        )}
        {b.nextSessionNumber !== null && (
          <div>
            <dt>{t('chart.payments.dueBy', { number: b.nextSessionNumber })}</dt>
            <dd>{m(b.dueNowMinor)}</dd>
          </div>
        )}
      </dl>
      {money.data.entries.length > 0 && (
        <table className="ledger">
          <caption className="visually-hidden">{t('chart.payments.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.payments.when')}</th>
              <th scope="col">{t('chart.payments.what')}</th>
              <th scope="col">{t('chart.payments.amount')}</th>
              <th scope="col">{t('chart.payments.methodRef')}</th>
              <th scope="col">{t('chart.payments.receipt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('chart.payments.corrections')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {money.data.entries.map((e) => {
              const r = receiptOf(e.id);
              const corrected = e.correctsId === null ? undefined : receiptOf(e.correctsId);
              return (
                <tr key={e.id}>
                  <td>{formatDateTime(e.takenAt)}</td>
                  <td>
                    {e.correctsId === null
                      ? KIND_LABELS[e.kind]
                      : corrected
                        ? t('chart.payments.correctionOf', { number: corrected.number })
                        : t('chart.payments.correction')}
                    {e.reason ? `: ${e.reason}` : ''}
                  </td>
                  <td>{m(e.amountMinor)}</td>
                  <td>{[e.method ? PAYMENT_METHOD_LABELS[e.method] : null, e.reference].filter(Boolean).join(', ') || '—'}</td>
                  <td>{r ? <ReceiptButtons receipt={r} /> : '—'}</td>
                  <td>
                    {correctableMinor(e, money.data.entries) > 0 && (
                      <button
                        className="button button-small"
                        type="button"
                        id={`correct-${e.id}`}
                        aria-label={t('chart.payments.correctLabel', {
                          kind: e.kind,
                          amount: m(e.amountMinor),
                          when: formatDateTime(e.takenAt),
                        })}
                        disabled={offline !== null || correcting === e.id}
                        onClick={() => {
                          setTaking(false);
                          setDone(null);
                          setCorrecting(e.id);
                        }}
                      >
                        {t('chart.payments.correct')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {correcting !== null &&
        (() => {
          const original = money.data.entries.find((e) => e.id === correcting);
          if (!original) return null;
          return (
            <CorrectForm
              plan={plan}
              original={original}
              receiptNumber={receiptOf(original.id)?.number ?? null}
              leftMinor={correctableMinor(original, money.data.entries)}
              onDone={(message) => {
                setCorrecting(null);
                setDone(message);
                // Back to where the person was: the entry's button, or the panel's if it is gone.
                requestAnimationFrame(() => document.getElementById(message ? `payments-${plan.id}` : `correct-${original.id}`)?.focus());
              }}
            />
          );
        })()}
      {done && !taking && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {taking ? (
        <TakeForm
          plan={plan}
          onDone={(message) => {
            setTaking(false);
            setDone(message);
          }}
        />
      ) : (
        <div className="button-row">
          <button
            className="button"
            type="button"
            disabled={offline !== null}
            onClick={() => {
              setCorrecting(null);
              setTaking(true);
            }}
          >
            {t('chart.payments.take')}
          </button>
          {offline && <OfflineReason reason={offline} />}
        </div>
      )}
    </section>
  );
}

function ReceiptButtons({ receipt }: { receipt: ReceiptRecord }) {
  const settings = useClinicSettings();
  const paper = settings.data?.paperSize ?? 'A4';
  const title = receiptTitle(receipt);
  return (
    <span className="receipt-buttons">
      {title}{' '}
      <button
        className="button button-small"
        type="button"
        aria-label={t('chart.payments.printLabel', { title })}
        onClick={() => void loadPrintouts().then(async (p) => p.printPdf(await p.makeReceiptPdf(receipt, paper), paper))}
      >
        {t('chart.payments.print')}
      </button>{' '}
      <button
        className="button button-small"
        type="button"
        aria-label={t('chart.payments.savePdfLabel', { title })}
        onClick={() =>
          void loadPrintouts().then(async (p) => p.downloadPdf(await p.makeReceiptPdf(receipt, paper), p.receiptFileName(receipt)))
        }
      >
        {t('chart.payments.savePdf')}
      </button>
    </span>
  );
}

function TakeForm({ plan, onDone }: { plan: PlanRecord; onDone: (message: string) => void }) {
  const change = useChartChange();
  const [kind, setKind] = useState<LedgerKind>('payment');
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('card');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = await change.run('payments.take', {
      planId: plan.id,
      kind,
      amount,
      currency: plan.currency,
      method: kind === 'discount' ? null : method,
      reference,
      reason,
    });
    if (r)
      onDone(
        t('chart.payments.saved', {
          kind,
          amount: formatMoney(r.entry.amountMinor, plan.currency),
          hasReceipt: r.receipt ? 'yes' : 'no',
          receipt: r.receipt ? receiptTitle(r.receipt) : '',
          owed: formatMoney(r.money.balance.owedMinor, plan.currency),
        }),
      );
  }
  const f = change.fields;
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('chart.payments.take')}>
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <Field label={t('chart.payments.what')} error={f.kind}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as LedgerKind)}>
              {LEDGER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('chart.amountIn', { currency: plan.currency })} error={f.amount ?? f.currency}>
          {(p) => <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        {kind !== 'discount' && (
          <Field label={t('chart.deposit.method')} error={f.method}>
            {(p) => (
              <select {...p} value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
                {PAYMENT_METHODS.map((x) => (
                  <option key={x} value={x}>
                    {PAYMENT_METHOD_LABELS[x]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kind !== 'discount' && (
          <Field label={t('chart.payments.reference')} error={f.reference}>
            {(p) => <input {...p} value={reference} onChange={(e) => setReference(e.target.value)} />}
          </Field>
        )}
        <Field label={kind === 'payment' ? t('chart.payments.noteOptional') : t('chart.reason')} error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <FormActions submitLabel={t('chart.payments.save', { kind })} busy={change.busy} onCancel={() => onDone('')} />
    </form>
  );
}
