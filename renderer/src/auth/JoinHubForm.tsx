// "Join the clinic's hub instead", on the first-run screen of a new computer: the hub's address and
// the one-time pairing code that "Add a workstation" shows on the hub, and this computer's name as
// the hub will list it. Once joined, every answer comes from the hub: the gate shows its staff's
// sign-in (network.join makes everything stale). Refusals are shown beside the field to correct.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { t } from '../i18n';

type Form = { address: string; code: string; name: string };

export function JoinHubForm({ onBack }: { onBack: () => void }) {
  const titleId = useId();
  const [form, setForm] = useState<Form>({ address: '', code: '', name: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const result = await call('network.join', form);
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      setErrors(fields);
      setProblem(Object.keys(fields).length > 0 ? null : result.error.message);
      return;
    }
    setErrors({});
    setJoined(t('auth.join.joined', { name: result.data.name, address: result.data.address }));
  }

  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <form className="lock-panel join-hub-form" role="dialog" aria-modal="true" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h1 id={titleId}>{t('auth.join.title')}</h1>
      <p className="muted">{t('auth.join.intro')}</p>
      <Field label={t('auth.join.address')} hint={t('auth.join.address.hint')} error={errors.address}>
        {(props) => (
          <input
            {...props}
            ref={first}
            autoComplete="off"
            spellCheck={false}
            inputMode="url"
            value={form.address}
            onChange={set('address')}
            placeholder="192.168.1.10:8443"
          />
        )}
      </Field>
      <Field label={t('auth.join.code')} hint={t('auth.join.code.hint')} error={errors.code}>
        {(props) => (
          <input
            {...props}
            className="pairing-code-input"
            autoComplete="off"
            spellCheck={false}
            value={form.code}
            onChange={set('code')}
            placeholder="K7QF-92XM-3A8C"
          />
        )}
      </Field>
      <Field label={t('auth.join.name')} hint={t('auth.join.name.hint')} error={errors.name}>
        {(props) => <input {...props} autoComplete="off" value={form.name} onChange={set('name')} maxLength={60} />}
      </Field>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {joined && (
        <p className="notice notice-ok" role="status">
          {joined}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('auth.join.joining') : t('auth.join.join')}
      </button>
      <button type="button" className="button other-computer-back" onClick={onBack} disabled={busy}>
        {t('auth.backToNewClinic')}
      </button>
    </form>
  );
}
