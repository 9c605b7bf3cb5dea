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
import { savesYoursOnly, useSettingsForm } from './useSettingsForm';
import { t } from '../../i18n';
import { tRich } from './richText';

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
      setErrors({ hubPort: t('settings.hub.portInvalid') });
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
    setMessage(t('settings.saved'));
    stored(r.data);
  }

  const addresses = status.data?.addresses ?? [];
  const known = values.hubHost === ALL_ADDRESSES || addresses.some((a) => a.address === values.hubHost);
  return (
    <form className="form backup-form" onSubmit={save} noValidate aria-labelledby="hub-settings-title">
      <h3 id="hub-settings-title">{t('settings.hub.title')}</h3>
      <p>{t('settings.hub.intro')}</p>
      <ChangedUnderneath show={changedUnderneath && !busy} what={t('settings.theseSettings')} then={savesYoursOnly()} />
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
        {t('settings.hub.switch')}
      </label>
      {errors.hubEnabled && <ErrorNotice message={errors.hubEnabled} />}
      <div className="form-grid">
        <Field label={t('settings.hub.address')} error={errors.hubHost} hint={t('settings.hub.address.hint')}>
          {(p) => (
            <select {...p} value={values.hubHost} onChange={(e) => setValues({ ...values, hubHost: e.target.value })}>
              <option value={ALL_ADDRESSES}>{t('settings.hub.allAddresses')}</option>
              {addresses.map((a) => (
                <option key={a.address} value={a.address}>
                  {a.address} ({a.network})
                </option>
              ))}
              {!known && <option value={values.hubHost}>{t('settings.hub.notFound', { address: values.hubHost })}</option>}
            </select>
          )}
        </Field>
        <Field label={t('settings.hub.port')} error={errors.hubPort} hint={t('settings.hub.port.hint')}>
          {(p) => (
            <input {...p} inputMode="numeric" value={values.hubPort} onChange={(e) => setValues({ ...values, hubPort: e.target.value })} />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          {t('settings.hub.save')}
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
        <p>{tRich('settings.hub.serving', { address: <strong>{status.address}</strong> })}</p>
        <p>{tRich('settings.hub.fingerprint', { fingerprint: <code className="fingerprint">{status.fingerprint}</code> })}</p>
      </div>
    );
  if (status.state === 'failed')
    return (
      <div className="notice notice-error" role="status" data-testid="hub-state">
        <p>{t('settings.hub.failed', { problem: status.problem ?? '' })}</p>
      </div>
    );
  return (
    <p className="muted" role="status" data-testid="hub-state">
      {status.state === 'starting' ? t('settings.hub.starting') : t('settings.hub.off')}
    </p>
  );
}
