// Staff and their PINs: who can sign in, with which role. Owners add staff and set PINs; the server
// refuses anyone else (api/permissions.ts), and the message shows beside the form.
import { useState, type FormEvent } from 'react';
import type { StaffRole } from '../../../../core/vocabulary';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';

const ROLES = [
  ['practitioner', 'Practitioner — charts sessions'],
  ['reception', 'Reception — bookings and deposits, no charting'],
  ['owner', 'Owner — everything, including settings and restores'],
] as const satisfies readonly (readonly [StaffRole, string])[];

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
      setErrors({ pin: 'Enter a PIN of 4 to 8 digits.' });
      return;
    }
    const created = await call('staff.create', { name: form.name, role: form.role });
    if (!created.ok) {
      setErrors(created.error.fields ?? { name: created.error.message });
      return;
    }
    const pinned = await call('auth.setPin', { staffId: created.data.id, pin: form.pin });
    if (!pinned.ok) {
      setErrors({ pin: `${created.data.name} was added, but the PIN was not set: ${pinned.error.message}` });
    } else {
      setErrors({});
      setMessage(`${created.data.name} can now sign in with their PIN.`);
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
    setMessage('The PIN was changed.');
  }

  return (
    <section className="backup-settings" aria-labelledby="staff-settings-title">
      <h2 id="staff-settings-title">Staff and sign-in</h2>
      {staff.error && <ErrorNotice message={staff.error.message} />}
      {staff.data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Can sign in</th>
              <th scope="col">
                <span className="visually-hidden">PIN</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.data.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{s.role}</td>
                <td>{!s.active ? 'No (inactive)' : s.hasPin ? 'Yes' : 'No PIN yet'}</td>
                <td>
                  {pinFor?.id === s.id ? (
                    <form onSubmit={savePin} noValidate className="inline-pin" aria-label={`New PIN for ${s.name}`}>
                      <Field label={`New PIN for ${s.name}`} error={pinFor.error}>
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
                        Save PIN
                      </button>
                    </form>
                  ) : (
                    <button type="button" className="button" onClick={() => setPinFor({ id: s.id, pin: '' })}>
                      {s.hasPin ? 'Change PIN' : 'Set PIN'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="form backup-form" onSubmit={add} noValidate aria-label="Add a staff member">
        <h3>Add a staff member</h3>
        <Field label="Name" error={errors.name}>
          {(props) => <input {...props} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}
        </Field>
        <Field label="Role" error={errors.role}>
          {(props) => (
            <select {...props} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })}>
              {ROLES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Their PIN (4 to 8 digits)" error={errors.pin} hint="Tell them in person; they can sign in with it straight away.">
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
            Add staff member
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
