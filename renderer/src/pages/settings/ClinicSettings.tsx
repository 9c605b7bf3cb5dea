// The clinic's details as printed on aftercare sheets and receipts: name, address, phone, tax number,
// logo and paper size; and how a course's price falls due over its sessions.
import { useState } from 'react';
import type { ClinicSettings as Settings } from '../../../../api/contract/settings';
import { call } from '../../api/client';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { SAVES_YOURS_ONLY, useSettingsForm } from './useSettingsForm';

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
      setErrors((e) => ({ ...e, clinicLogo: 'Choose a PNG or JPEG image; other formats cannot be printed on the sheet.' }));
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setErrors((e) => ({
        ...e,
        clinicLogo: `This image is ${Math.round(file.size / 1024)} KB; choose one under ${MAX_LOGO_BYTES / 1024} KB.`,
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
    <form className="form" aria-label="Clinic details" onSubmit={(e) => void submit(e)}>
      <h2>Clinic details on printouts</h2>
      <ChangedUnderneath show={changedUnderneath && !busy} what="the clinic details" then={SAVES_YOURS_ONLY} />
      <div className="form-grid">
        <Field label="Clinic name" error={errors.clinicName}>
          {(p) => <input {...p} value={values.clinicName} onChange={(e) => set({ clinicName: e.target.value })} />}
        </Field>
        <Field label="Phone" error={errors.clinicPhone}>
          {(p) => <input {...p} type="tel" value={values.clinicPhone} onChange={(e) => set({ clinicPhone: e.target.value })} />}
        </Field>
        <Field label="Tax number (on receipts)" error={errors.clinicTaxId}>
          {(p) => <input {...p} value={values.clinicTaxId} onChange={(e) => set({ clinicTaxId: e.target.value })} />}
        </Field>
        <Field label="A course is paid" error={errors.paymentSchedule}>
          {(p) => (
            <select
              {...p}
              value={values.paymentSchedule}
              onChange={(e) => set({ paymentSchedule: e.target.value as Values['paymentSchedule'] })}
            >
              <option value="split_evenly">Split evenly over its sessions</option>
              <option value="first_then_rest">A first payment, then the rest</option>
            </select>
          )}
        </Field>
        {values.paymentSchedule === 'first_then_rest' && (
          <Field label="First payment (% of the price)" error={errors.firstPaymentPercent}>
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
        <Field label="Paper size" error={errors.paperSize}>
          {(p) => (
            <select {...p} value={values.paperSize} onChange={(e) => set({ paperSize: e.target.value as Values['paperSize'] })}>
              <option value="A4">A4</option>
              <option value="LETTER">US Letter</option>
            </select>
          )}
        </Field>
      </div>
      <Field label="Address" error={errors.clinicAddress}>
        {(p) => <textarea {...p} rows={3} value={values.clinicAddress} onChange={(e) => set({ clinicAddress: e.target.value })} />}
      </Field>
      <Field
        label="Logo"
        error={errors.clinicLogo}
        hint={`PNG or JPEG, under ${MAX_LOGO_BYTES / 1024} KB. Printed at the top of each sheet.`}
      >
        {(p) => <input {...p} type="file" accept="image/png,image/jpeg" onChange={(e) => void pickLogo(e.target.files?.[0])} />}
      </Field>
      {values.clinicLogo && (
        <div className="form-actions">
          <img src={values.clinicLogo} alt="The clinic logo" style={{ maxHeight: 64, maxWidth: 200, objectFit: 'contain' }} />
          <button className="button" type="button" onClick={() => set({ clinicLogo: '' })}>
            Remove logo
          </button>
        </div>
      )}
      <p className="muted">Dates on the sheet follow the locale under booking settings.</p>
      {message && <ErrorNotice message={message} />}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save clinic details'}
        </button>
        {saved && (
          <span role="status" className="muted">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
