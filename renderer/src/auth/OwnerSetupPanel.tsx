import { useId, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { Field } from '../components/Field';

/** First run: the person setting Stipple up becomes its owner, with a PIN. */
export function OwnerSetupPanel({ onDone }: { onDone: () => Promise<void> }) {
  const titleId = useId();
  const [form, setForm] = useState({ name: '', pin: '', confirmPin: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await call('auth.setupOwner', form);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? { name: result.error.message });
      return;
    }
    await onDone();
  }
  const set =
    (key: keyof typeof form, digits = false) =>
    (e: { target: { value: string } }) =>
      setForm((f) => ({ ...f, [key]: digits ? e.target.value.replace(/\D/g, '') : e.target.value }));

  return (
    <form className="lock-panel" role="dialog" aria-modal="true" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h1 id={titleId}>Welcome to Stipple</h1>
      <p className="muted">
        First, create the owner account. The owner adds staff, changes clinic settings and restores backups. Everyone signs in with a PIN,
        so the chart always shows who did what.
      </p>
      <Field label="Your name" error={errors.name}>
        {(props) => <input {...props} autoComplete="name" value={form.name} onChange={set('name')} />}
      </Field>
      <Field label="PIN (4 to 8 digits)" error={errors.pin}>
        {(props) => (
          <input
            {...props}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={form.pin}
            onChange={set('pin', true)}
          />
        )}
      </Field>
      <Field label="The same PIN again" error={errors.confirmPin}>
        {(props) => (
          <input
            {...props}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={form.confirmPin}
            onChange={set('confirmPin', true)}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={busy}>
        Create the owner account
      </button>
    </form>
  );
}
