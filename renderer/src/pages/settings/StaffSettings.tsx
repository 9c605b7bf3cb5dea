// Staff and their PINs: who can sign in, with which role. Owners add staff and set PINs; the server
// refuses anyone else (api/permissions.ts), and the message shows beside the form.
import { useState, type FormEvent } from 'react';
import type { StaffRole } from '../../../../core/vocabulary';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import { t } from '../../i18n';

const ROLES = ['practitioner', 'reception', 'owner'] as const satisfies readonly StaffRole[];

export function StaffSettings() {
  const staff = useApiQuery('staff.list', { includeInactive: true });
  const offline = useOfflineRefusal('staff.create');
  const [form, setForm] = useState<{ name: string; role: StaffRole; pin: string }>({ name: '', role: 'practitioner', pin: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pinFor, setPinFor] = useState<{ id: number; pin: string; error?: string } | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (!/^\d{4,8}$/.test(form.pin)) {
      setErrors({ pin: t('settings.staff.pinInvalid') });
      return;
    }
    const created = await call('staff.create', { name: form.name, role: form.role });
    if (!created.ok) {
      setErrors(created.error.fields ?? { name: created.error.message });
      return;
    }
    const pinned = await call('auth.setPin', { staffId: created.data.id, pin: form.pin });
    if (!pinned.ok) {
      setErrors({ pin: t('settings.staff.addedNoPin', { name: created.data.name, problem: pinned.error.message }) });
    } else {
      setErrors({});
      setMessage(t('settings.staff.added', { name: created.data.name }));
      setForm({ name: '', role: 'practitioner', pin: '' });
    }
  }

  async function savePin(event: FormEvent) {
    event.preventDefault();
    if (!pinFor) return;
    const r = await call('auth.setPin', { staffId: pinFor.id, pin: pinFor.pin });
    if (!r.ok) {
      setPinFor({ ...pinFor, error: r.error.fields?.pin ?? r.error.message });
      return;
    }
    setPinFor(null);
    setMessage(t('settings.staff.pinChanged'));
  }

  return (
    <section className="backup-settings" aria-labelledby="staff-settings-title">
      <h2 id="staff-settings-title">{t('settings.staff.title')}</h2>
      {staff.error && <ErrorNotice message={staff.error.message} />}
      {staff.data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('settings.name')}</th>
              <th scope="col">{t('settings.staff.role')}</th>
              <th scope="col">{t('settings.staff.canSignIn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.staff.pin')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.data.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{t(`auth.roleName.${s.role}`)}</td>
                <td>{!s.active ? t('settings.staff.inactive') : s.hasPin ? t('settings.yes') : t('settings.staff.noPinYet')}</td>
                <td>
                  {pinFor?.id === s.id ? (
                    <form onSubmit={savePin} noValidate className="inline-pin" aria-label={t('settings.staff.newPinFor', { name: s.name })}>
                      <Field label={t('settings.staff.newPinFor', { name: s.name })} error={pinFor.error}>
                        {(props) => (
                          <input
                            {...props}
                            type="password"
                            inputMode="numeric"
                            autoComplete="new-password"
                            maxLength={8}
                            value={pinFor.pin}
                            onChange={(e) => setPinFor({ ...pinFor, pin: e.target.value.replace(/\D/g, '') })}
                          />
                        )}
                      </Field>
                      <button type="submit" className="button button-primary">
                        {t('settings.staff.savePin')}
                      </button>
                    </form>
                  ) : (
                    <button type="button" className="button" onClick={() => setPinFor({ id: s.id, pin: '' })}>
                      {s.hasPin ? t('settings.staff.changePin') : t('settings.staff.setPin')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="form backup-form" onSubmit={add} noValidate aria-label={t('settings.staff.addTitle')}>
        <h3>{t('settings.staff.addTitle')}</h3>
        <Field label={t('settings.name')} error={errors.name}>
          {(props) => <input {...props} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}
        </Field>
        <Field label={t('settings.staff.role')} error={errors.role}>
          {(props) => (
            <select {...props} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })}>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`settings.staff.role.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('settings.staff.theirPin')} error={errors.pin} hint={t('settings.staff.theirPin.hint')}>
          {(props) => (
            <input
              {...props}
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={form.pin}
              onChange={(e) => setForm({ ...form, pin: e.target.value.replace(/\D/g, '') })}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={offline !== null}>
            {t('settings.staff.addButton')}
          </button>
        </div>
        <OfflineReason reason={offline} />
        {message && (
          <p className="notice notice-ok" role="status">
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
