// Booking windows, session lengths, touch-up recall, how long medical records are kept, the default
// booking deposit and how money is shown.
import { useState } from 'react';
import type { ClinicSettings } from '../../../../api/contract/settings';
import { formatMoney, minorToInput, parseMoney } from '../../../../core/money';
import { call } from '../../api/client';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { savesYoursOnly, useSettingsForm } from './useSettingsForm';
import { t } from '../../i18n';

/** Each number the form edits; its label is `settings.booking.<key>`, its hint `….hint` (touch-up length has none). */
const NUMBER_FIELDS = [
  'secondSessionMinDays',
  'laterSessionMinDays',
  'laterSessionMaxDays',
  'touchUpRecallYears',
  'firstSessionMinutes',
  'laterSessionMinutes',
  'touchUpMinutes',
  'medicalRecordYears',
] as const;
type NumberKey = (typeof NUMBER_FIELDS)[number];
type Values = Record<NumberKey | 'deposit' | 'currency' | 'locale' | 'country', string>;

/** The settings this form edits, as typed. */
function asTyped(s: ClinicSettings): Values {
  return {
    secondSessionMinDays: String(s.secondSessionMinDays),
    laterSessionMinDays: String(s.laterSessionMinDays),
    laterSessionMaxDays: String(s.laterSessionMaxDays),
    touchUpRecallYears: String(s.touchUpRecallYears),
    firstSessionMinutes: String(s.firstSessionMinutes),
    laterSessionMinutes: String(s.laterSessionMinutes),
    touchUpMinutes: String(s.touchUpMinutes),
    medicalRecordYears: String(s.medicalRecordYears),
    deposit: minorToInput(s.defaultDepositMinor, s.currency),
    currency: s.currency,
    locale: s.locale,
    country: s.country,
  };
}

export function BookingSettings() {
  const { settings, values, setValues, changedUnderneath, edited, saved: stored } = useSettingsForm(asTyped);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!values) return settings.error ? <ErrorNotice message={settings.error.message} /> : null;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    setMessage(null);
    const currency = values!.currency.trim().toUpperCase();
    const deposit = parseMoney(values!.deposit, /^[A-Z]{3}$/.test(currency) ? currency : 'GBP');
    const local: Record<string, string> = {};
    if (deposit === null) local.defaultDepositMinor = t('settings.booking.deposit.invalid');
    const numbers: Partial<Record<NumberKey, number>> = {};
    for (const key of NUMBER_FIELDS) {
      const n = Number(values![key]);
      if (!Number.isInteger(n)) local[key] = t('settings.booking.wholeNumber');
      else numbers[key] = n;
    }
    try {
      new Intl.NumberFormat(values!.locale);
    } catch {
      local.locale = t('settings.booking.locale.invalid');
    }
    if (Object.keys(local).length) return setErrors(local);
    setBusy(true);
    // Only what was changed here. The deposit goes with its currency (which gives its minor units),
    // and the later sessions' earliest and latest day go together, so the API checks one against the other.
    const mine: Partial<Values> = edited();
    if ('laterSessionMinDays' in mine || 'laterSessionMaxDays' in mine)
      Object.assign(mine, { laterSessionMinDays: '', laterSessionMaxDays: '' });
    const changes = {
      ...Object.fromEntries(Object.entries(numbers).filter(([key]) => key in mine)),
      ...('deposit' in mine || 'currency' in mine ? { defaultDepositMinor: deposit!, currency } : {}),
      ...('locale' in mine ? { locale: values!.locale.trim() } : {}),
      ...('country' in mine ? { country: values!.country.trim() } : {}),
    };
    const result = await call('settings.update', changes);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      if (!result.error.fields) setMessage(result.error.message);
      return;
    }
    setErrors({});
    setSaved(true);
    stored(result.data);
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
      <h2 id="booking-settings-heading">{t('settings.booking.title')}</h2>
      <ChangedUnderneath show={changedUnderneath && !busy} what={t('settings.theseSettings')} then={savesYoursOnly()} />
      {message && <ErrorNotice message={message} />}
      <div className="form-grid">
        {NUMBER_FIELDS.map((key) => (
          <Field
            key={key}
            label={t(`settings.booking.${key}`)}
            error={errors[key]}
            {...(key === 'touchUpMinutes' ? {} : { hint: t(`settings.booking.${key}.hint`) })}
          >
            {(p) => <input {...p} type="number" inputMode="numeric" value={values[key]} onChange={set(key)} />}
          </Field>
        ))}
        <Field
          label={t('settings.booking.deposit')}
          error={errors.defaultDepositMinor}
          hint={preview ? t('settings.booking.deposit.shownAs', { amount: preview }) : undefined}
        >
          {(p) => <input {...p} inputMode="decimal" value={values.deposit} onChange={set('deposit')} />}
        </Field>
        <Field label={t('settings.booking.currency')} error={errors.currency} hint={t('settings.booking.currency.hint')}>
          {(p) => <input {...p} value={values.currency} onChange={set('currency')} maxLength={3} autoCapitalize="characters" />}
        </Field>
        <Field label={t('settings.locale.label')} error={errors.locale} hint={t('settings.locale.hint')}>
          {(p) => <input {...p} value={values.locale} onChange={set('locale')} />}
        </Field>
        <Field label={t('settings.booking.country')} error={errors.country} hint={t('settings.booking.country.hint')}>
          {(p) => <input {...p} value={values.country} onChange={set('country')} maxLength={2} autoCapitalize="characters" />}
        </Field>
      </div>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          {t('settings.booking.save')}
        </button>
        {saved && (
          <span className="saved-note" role="status">
            {t('settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
