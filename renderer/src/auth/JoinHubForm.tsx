// "Join the clinic's hub instead", on the first-run screen of a new computer: the hub's address and
// the one-time pairing code that "Add a workstation" shows on the hub, and this computer's name as
// the hub will list it. Once joined, every answer comes from the hub: the gate shows its staff's
// sign-in (network.join makes everything stale). Refusals are shown beside the field to correct.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { Field } from '../components/Field';

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
    setJoined(
      `This computer is now “${result.data.name}”, a workstation of the clinic’s hub at ${result.data.address}. Sign in with your PIN.`,
    );
  }

  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <form className="lock-panel join-hub-form" role="dialog" aria-modal="true" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h1 id={titleId}>Join the clinic’s hub</h1>
      <p className="muted">
        On the hub, an owner opens Settings → Workstations and presses “Add a workstation”. Type the address and the pairing code it shows
        (a code works once, for 10 minutes). This computer then uses the hub’s charts and staff; it keeps no clinic of its own.
      </p>
      <Field label="The hub’s address" hint="As the hub shows it, such as 192.168.1.10:8443." error={errors.address}>
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
      <Field label="Pairing code" hint="12 letters and digits in three groups; dashes and capitals do not matter." error={errors.code}>
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
      <Field label="This computer’s name" hint="How the hub lists it, such as Room 2 laptop." error={errors.name}>
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
        {busy ? 'Joining the hub…' : 'Join the hub'}
      </button>
      <button type="button" className="button other-computer-back" onClick={onBack} disabled={busy}>
        Back: set up a new clinic instead
      </button>
    </form>
  );
}
