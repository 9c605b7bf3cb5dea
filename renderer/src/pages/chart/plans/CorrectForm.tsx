// "Correct this entry": a payment recorded wrongly is put right by a new entry, never an edit. The
// correction takes all or part of the payment back off the plan with a reason, and issues a credit
// note against its receipt; the right amount or method is then taken as a new payment. The rule
// (only a payment, never a correction, never more than is left of it) is core's checkCorrection,
// applied by payments.take; its field errors show beside the fields here.
import { useEffect, useRef, useState } from 'react';
import { minorDigits } from '../../../../../core/money';
import type { PlanRecord } from '../../../../../api/contract/chart';
import type { LedgerRecord } from '../../../../../api/contract/payments';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { FormActions } from '../../../components/FormActions';
import { formatDateTime, formatMoney } from '../../../format';
import { receiptTitle } from '../../../pdf/receipt-title';
import { useChartChange } from './useChartChange';
import { t } from '../../../i18n';

/** Minor units as the amount field takes them ("600.00"): the form is typed, not displayed. */
const typedAmount = (minor: number, currency: string) => {
  const d = minorDigits(currency);
  return (minor / 10 ** d).toFixed(d);
};

export function CorrectForm(props: {
  plan: PlanRecord;
  original: LedgerRecord;
  receiptNumber: number | null;
  leftMinor: number;
  onDone: (message: string) => void;
}) {
  const { plan, original } = props;
  const change = useChartChange();
  const [amount, setAmount] = useState(typedAmount(props.leftMinor, plan.currency));
  const [reason, setReason] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), [original.id]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = await change.run('payments.take', {
      planId: plan.id,
      kind: 'refund',
      amount,
      currency: plan.currency,
      method: original.method ?? 'other',
      reason,
      correctsId: original.id,
    });
    if (r)
      props.onDone(
        t('chart.correct.saved', {
          amount: formatMoney(r.entry.amountMinor, plan.currency),
          hasReceipt: r.receipt ? 'yes' : 'no',
          receipt: r.receipt ? receiptTitle(r.receipt) : '',
          owed: formatMoney(r.money.balance.owedMinor, plan.currency),
        }),
      );
  }
  const f = change.fields;
  // An error on a field this form does not show (the entry itself, the kind) is said at the top.
  const other = f.correctsId ?? f.kind ?? f.method ?? f.currency;
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('chart.payments.correct')}>
      <p>
        {t('chart.correct.intro', {
          amount: formatMoney(original.amountMinor, plan.currency),
          when: formatDateTime(original.takenAt),
          hasReceipt: props.receiptNumber !== null ? 'yes' : 'no',
          receipt: props.receiptNumber ?? '',
        })}
      </p>
      {(change.message ?? other) && <ErrorNotice message={(change.message ?? other)!} />}
      <div className="form-grid">
        <Field
          label={t('chart.correct.amount', { currency: plan.currency })}
          error={f.amount}
          hint={t('chart.correct.amountHint', { amount: formatMoney(props.leftMinor, plan.currency) })}
        >
          {(p) => <input {...p} ref={first} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label={t('chart.correct.reason')} error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <FormActions submitLabel={t('chart.correct.save')} busy={change.busy} onCancel={() => props.onDone('')} />
    </form>
  );
}
