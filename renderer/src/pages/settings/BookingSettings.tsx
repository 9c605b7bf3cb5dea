// Booking windows, touch-up recall, the default booking deposit and how money is shown.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { formatMoney, minorToInput, parseMoney } from '../../../../core/money';
import { call, request } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

const NUMBER_FIELDS = [
  ['secondSessionMinDays', 'Second session: earliest, days after the first', 'Sources say at least 7 (range 4–30).'],
  ['laterSessionMinDays', 'Third and later: earliest, days after the previous', 'The seed says three weeks.'],
  ['laterSessionMaxDays', 'Third and later: latest, days after the previous', 'The seed says four weeks.'],
  ['touchUpRecallYears', 'Touch-up recall, years after the last session', 'Sources range 1–8 years.'],
] as const;
type NumberKey = (typeof NUMBER_FIELDS)[number][0];

export function BookingSettings() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['settings.get'], queryFn: () => request('settings.get', {}) });
  const [values, setValues] = useState<Record<NumberKey | 'deposit' | 'currency' | 'locale', string> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!settings.data || values) return;
    const s = settings.data;
    setValues({
      secondSessionMinDays: String(s.secondSessionMinDays),
      laterSessionMinDays: String(s.laterSessionMinDays),
      laterSessionMaxDays: String(s.laterSessionMaxDays),
      touchUpRecallYears: String(s.touchUpRecallYears),
      deposit: minorToInput(s.defaultDepositMinor, s.currency),
      currency: s.currency,
      locale: s.locale,
    });
  }, [settings.data, values]);

  if (settings.error) return <ErrorNotice message={settings.error.message} />;
  if (!values) return null;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    setMessage(null);
    const currency = values!.currency.trim().toUpperCase();
    const deposit = parseMoney(values!.deposit, /^[A-Z]{3}$/.test(currency) ? currency : 'GBP');
    const local: Record<string, string> = {};
    if (deposit === null) local.defaultDepositMinor = 'Enter the deposit as an amount, such as 50 or 50.00.';
    const numbers: Partial<Record<NumberKey, number>> = {};
    for (const [key] of NUMBER_FIELDS) {
      const n = Number(values![key]);
      if (!Number.isInteger(n)) local[key] = 'Enter a whole number.';
      else numbers[key] = n;
    }
    try {
      new Intl.NumberFormat(values!.locale);
    } catch {
      local.locale = 'Enter a language and region such as en-GB or de-DE.';
    }
    if (Object.keys(local).length) return setErrors(local);
    setBusy(true);
    const result = await call('settings.update', { ...numbers, defaultDepositMinor: deposit!, currency, locale: values!.locale.trim() });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      if (!result.error.fields) setMessage(result.error.message);
      return;
    }
    setErrors({});
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: ['settings.get'] });
    await queryClient.invalidateQueries({ queryKey: ['reception.board'] });
  }

  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setSaved(false);
    setValues({ ...values, [key]: e.target.value });
  };
  const preview = (() => {
    const c = values.currency.trim().toUpperCase();
    const m = /^[A-Z]{3}$/.test(c) ? parseMoney(values.deposit, c) : null;
    try {
      return m === null ? '' : formatMoney(m, c, values.locale);
    } catch {
      return '';
    }
  })();

  return (
    <form className="form settings-section" onSubmit={submit} noValidate aria-labelledby="booking-settings-heading">
      <h2 id="booking-settings-heading">Bookings and deposits</h2>
      {message && <ErrorNotice message={message} />}
      <div className="form-grid">
        {NUMBER_FIELDS.map(([key, label, hint]) => (
          <Field key={key} label={label} error={errors[key]} hint={hint}>
            {(p) => <input {...p} type="number" inputMode="numeric" value={values[key]} onChange={set(key)} />}
          </Field>
        ))}
        <Field label="Default booking deposit" error={errors.defaultDepositMinor} hint={preview ? `Shown as ${preview}` : undefined}>
          {(p) => <input {...p} inputMode="decimal" value={values.deposit} onChange={set('deposit')} />}
        </Field>
        <Field label="Currency" error={errors.currency} hint="Three letters, such as GBP or EUR.">
          {(p) => <input {...p} value={values.currency} onChange={set('currency')} maxLength={3} autoCapitalize="characters" />}
        </Field>
        <Field label="Language and region for dates and money" error={errors.locale} hint="Such as en-GB, en-IE or de-DE.">
          {(p) => <input {...p} value={values.locale} onChange={set('locale')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          Save booking settings
        </button>
        {saved && (
          <span className="saved-note" role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
