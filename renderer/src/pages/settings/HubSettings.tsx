// Settings → Workstations, first part: "This computer is the clinic's hub", where it listens (one of
// this computer's addresses, or all of them) and on which port, and whether it serves now or why
// not. The Stipple holding the data follows the setting (network/serve-as-hub.ts) and says when its
// state changes (a `stale` event naming 'network.hubStatus').
import { useState, type FormEvent } from 'react';
import { ALL_ADDRESSES, type ClinicSettings } from '../../../../api/contract/settings';
import type { HubStatus } from '../../../../api/contract/network';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { SAVES_YOURS_ONLY, useSettingsForm } from './useSettingsForm';

const asTyped = (s: ClinicSettings) => ({ hubEnabled: s.hubEnabled, hubHost: s.hubHost, hubPort: String(s.hubPort) });

export function HubSettings() {
  const status = useApiQuery('network.hubStatus', {});
  const { settings, values, setValues, changedUnderneath, edited, saved: stored } = useSettingsForm(asTyped);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!values) return settings.error ? <ErrorNotice message={settings.error.message} /> : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const port = Number(values!.hubPort.trim());
    if (!/^\d+$/.test(values!.hubPort.trim()) || port < 1 || port > 65535) {
      setErrors({ hubPort: 'Enter a port from 1 to 65535, such as 8443.' });
      return;
    }
    const mine = edited();
    setBusy(true);
    const r = await call('settings.update', {
      ...('hubEnabled' in mine ? { hubEnabled: values!.hubEnabled } : {}),
      ...('hubHost' in mine ? { hubHost: values!.hubHost } : {}),
      ...('hubPort' in mine ? { hubPort: port } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setErrors(r.error.fields ?? {});
      if (!r.error.fields) setMessage(r.error.message);
      return;
    }
    setErrors({});
    setMessage('Saved.');
    stored(r.data);
  }

  const addresses = status.data?.addresses ?? [];
  const known = values.hubHost === ALL_ADDRESSES || addresses.some((a) => a.address === values.hubHost);
  return (
    <form className="form backup-form" onSubmit={save} noValidate aria-labelledby="hub-settings-title">
      <h3 id="hub-settings-title">This computer as the clinic’s hub</h3>
      <p>Workstations in the clinic connect to this computer; keep it on during opening hours.</p>
      <ChangedUnderneath show={changedUnderneath && !busy} what="these settings" then={SAVES_YOURS_ONLY} />
      <label className="check">
        <input
          type="checkbox"
          role="switch"
          checked={values.hubEnabled}
          onChange={(e) => {
            setMessage(null);
            setValues({ ...values, hubEnabled: e.target.checked });
          }}
        />{' '}
        This computer is the clinic’s hub
      </label>
      {errors.hubEnabled && <ErrorNotice message={errors.hubEnabled} />}
      <div className="form-grid">
        <Field label="Address to listen on" error={errors.hubHost} hint="Workstations reach this computer at this address.">
          {(p) => (
            <select {...p} value={values.hubHost} onChange={(e) => setValues({ ...values, hubHost: e.target.value })}>
              <option value={ALL_ADDRESSES}>All of this computer’s addresses</option>
              {addresses.map((a) => (
                <option key={a.address} value={a.address}>
                  {a.address} ({a.network})
                </option>
              ))}
              {!known && <option value={values.hubHost}>{values.hubHost} (not found on this computer now)</option>}
            </select>
          )}
        </Field>
        <Field
          label="Port"
          error={errors.hubPort}
          hint="8443 unless another program uses it. Changing it means pairing each workstation again."
        >
          {(p) => (
            <input {...p} inputMode="numeric" value={values.hubPort} onChange={(e) => setValues({ ...values, hubPort: e.target.value })} />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          Save hub settings
        </button>
        {message && (
          <span className="saved-note" role="status">
            {message}
          </span>
        )}
      </div>
      {status.error && <ErrorNotice message={status.error.message} />}
      {status.data && <HubState status={status.data} />}
    </form>
  );
}

/** Serving where, with which certificate; or why not. */
function HubState({ status }: { status: HubStatus }) {
  if (status.state === 'serving')
    return (
      <div className="notice notice-ok" role="status" data-testid="hub-state">
        <p>
          Serving workstations at <strong>{status.address}</strong>.
        </p>
        <p>
          Certificate fingerprint (SHA-256): <code className="fingerprint">{status.fingerprint}</code>
        </p>
      </div>
    );
  if (status.state === 'failed')
    return (
      <div className="notice notice-error" role="status" data-testid="hub-state">
        <p>Not serving workstations. {status.problem}</p>
      </div>
    );
  return (
    <p className="muted" role="status" data-testid="hub-state">
      {status.state === 'starting' ? 'Starting to serve workstations…' : 'Not serving workstations: this computer is not the clinic’s hub.'}
    </p>
  );
}
