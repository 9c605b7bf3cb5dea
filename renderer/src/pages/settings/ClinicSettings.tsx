// The clinic's details as printed on aftercare sheets and receipts: name, address, phone, tax number,
// logo and paper size; and how a course's price falls due over its sessions.
import { useState } from 'react';
import type { ClinicSettings as Settings } from '../../../../api/contract/settings';
import { call } from '../../api/client';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { savesYoursOnly, useSettingsForm } from './useSettingsForm';
import { t } from '../../i18n';

/** The logo is stored in the database as a data: URL; keep it small (the setting allows 500,000 characters). */
const MAX_LOGO_BYTES = 300 * 1024;

interface Values {
  clinicName: string;
  clinicAddress: string;
  clinicPhone: string;
  clinicLogo: string;
  paperSize: 'A4' | 'LETTER';
  clinicTaxId: string;
  paymentSchedule: Settings['paymentSchedule'];
  firstPaymentPercent: number;
}

/** The settings this form edits. */
function editedBy(s: Settings): Values {
  const { clinicName, clinicAddress, clinicPhone, clinicLogo, paperSize, clinicTaxId, paymentSchedule, firstPaymentPercent } = s;
  return { clinicName, clinicAddress, clinicPhone, clinicLogo, paperSize, clinicTaxId, paymentSchedule, firstPaymentPercent };
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string); // readAsDataURL always yields a string
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

export function ClinicSettings() {
  const { settings, values, setValues, changedUnderneath, edited, saved: stored } = useSettingsForm(editedBy);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!values) return settings.error ? <ErrorNotice message={settings.error.message} /> : null;
  const set = (patch: Partial<Values>) => {
    setValues({ ...values, ...patch });
    setSaved(false);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };

  async function pickLogo(file: File | undefined) {
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type)) {
      setErrors((e) => ({ ...e, clinicLogo: t('settings.clinic.logo.wrongType') }));
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setErrors((e) => ({
        ...e,
        clinicLogo: t('settings.clinic.logo.tooBig', { size: String(Math.round(file.size / 1024)), max: String(MAX_LOGO_BYTES / 1024) }),
      }));
      return;
    }
    set({ clinicLogo: await readAsDataUrl(file) });
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const r = await call('settings.update', edited());
    setBusy(false);
    if (!r.ok) {
      setErrors(r.error.fields ?? {});
      setMessage(r.error.fields ? null : r.error.message);
      return;
    }
    setSaved(true);
    stored(r.data);
  }

  return (
    <form className="form" aria-label={t('settings.clinic.formLabel')} onSubmit={(e) => void submit(e)}>
      <h2>{t('settings.clinic.title')}</h2>
      <ChangedUnderneath show={changedUnderneath && !busy} what={t('settings.clinic.changedWhat')} then={savesYoursOnly()} />
      <div className="form-grid">
        <Field label={t('settings.clinic.name')} error={errors.clinicName}>
          {(p) => <input {...p} value={values.clinicName} onChange={(e) => set({ clinicName: e.target.value })} />}
        </Field>
        <Field label={t('settings.clinic.phone')} error={errors.clinicPhone}>
          {(p) => <input {...p} type="tel" value={values.clinicPhone} onChange={(e) => set({ clinicPhone: e.target.value })} />}
        </Field>
        <Field label={t('settings.clinic.taxId')} error={errors.clinicTaxId}>
          {(p) => <input {...p} value={values.clinicTaxId} onChange={(e) => set({ clinicTaxId: e.target.value })} />}
        </Field>
        <Field label={t('settings.clinic.paymentSchedule')} error={errors.paymentSchedule}>
          {(p) => (
            <select
              {...p}
              value={values.paymentSchedule}
              onChange={(e) => set({ paymentSchedule: e.target.value as Values['paymentSchedule'] })}
            >
              <option value="split_evenly">{t('settings.clinic.splitEvenly')}</option>
              <option value="first_then_rest">{t('settings.clinic.firstThenRest')}</option>
            </select>
          )}
        </Field>
        {values.paymentSchedule === 'first_then_rest' && (
          <Field label={t('settings.clinic.firstPaymentPercent')} error={errors.firstPaymentPercent}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={100}
                value={values.firstPaymentPercent}
                onChange={(e) => set({ firstPaymentPercent: Number(e.target.value) })}
              />
            )}
          </Field>
        )}
        <Field label={t('settings.clinic.paperSize')} error={errors.paperSize}>
          {(p) => (
            <select {...p} value={values.paperSize} onChange={(e) => set({ paperSize: e.target.value as Values['paperSize'] })}>
              <option value="A4">A4</option>
              <option value="LETTER">{t('settings.clinic.letter')}</option>
            </select>
          )}
        </Field>
      </div>
      <Field label={t('settings.clinic.address')} error={errors.clinicAddress}>
        {(p) => <textarea {...p} rows={3} value={values.clinicAddress} onChange={(e) => set({ clinicAddress: e.target.value })} />}
      </Field>
      <Field
        label={t('settings.clinic.logo')}
        error={errors.clinicLogo}
        hint={t('settings.clinic.logo.hint', { max: String(MAX_LOGO_BYTES / 1024) })}
      >
        {(p) => <input {...p} type="file" accept="image/png,image/jpeg" onChange={(e) => void pickLogo(e.target.files?.[0])} />}
      </Field>
      {values.clinicLogo && (
        <div className="form-actions">
          <img src={values.clinicLogo} alt={t('settings.clinic.logo.alt')} style={{ maxHeight: 64, maxWidth: 200, objectFit: 'contain' }} />
          <button className="button" type="button" onClick={() => set({ clinicLogo: '' })}>
            {t('settings.clinic.logo.remove')}
          </button>
        </div>
      )}
      <p className="muted">{t('settings.clinic.datesNote')}</p>
      {message && <ErrorNotice message={message} />}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? t('settings.saving') : t('settings.clinic.save')}
        </button>
        {saved && (
          <span role="status" className="muted">
            {t('settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
