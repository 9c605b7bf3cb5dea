import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { Field } from '../components/Field';
import type { Actor } from './SessionGate';

const ROLE_LABELS: Record<Actor['role'], string> = { owner: 'Owner', practitioner: 'Practitioner', reception: 'Reception' };

type Member = Actor & { needsPin: boolean };

/** Pick yourself, enter your PIN; someone without a PIN yet (brought in by an import) chooses one, twice. */
export function SignInPanel({
  staff,
  minPinLength,
  locked,
  onDone,
}: {
  staff: Member[];
  minPinLength: number;
  locked: boolean;
  onDone: () => Promise<void>;
}) {
  const titleId = useId();
  const [staffId, setStaffId] = useState<number | null>(staff.length === 1 ? staff[0]!.id : null);
  const [pin, setPin] = useState('');
  const [confirmPin, setConfirmPin] = useState('');
  const choosing = staff.find((s) => s.id === staffId)?.needsPin ?? false;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (staffId !== null) pinRef.current?.focus();
  }, [staffId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (staffId === null) {
      setErrors({ staffId: 'Choose who you are.' });
      return;
    }
    if (choosing && pin.length < minPinLength) {
      setErrors({ pin: `Choose a PIN of ${minPinLength} to 8 digits.` });
      return;
    }
    setBusy(true);
    const result = choosing ? await call('auth.firstPin', { staffId, pin, confirmPin }) : await call('auth.signIn', { staffId, pin });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? { pin: result.error.message });
      if (!choosing) setPin('');
      setConfirmPin('');
      pinRef.current?.focus();
      return;
    }
    setErrors({});
    setPin('');
    setConfirmPin('');
    await onDone();
  }

  return (
    <form className="lock-panel" role="dialog" aria-modal="true" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h1 id={titleId}>{locked ? 'Stipple is locked' : 'Sign in'}</h1>
      <p className="muted">
        {choosing
          ? `You have no PIN yet. Choose one of ${minPinLength} to 8 digits and enter it twice; you sign in with it from now on.`
          : locked
            ? 'Your open work is kept for you: sign in as yourself to carry on where you were. Anyone else starts on a clean page.'
            : 'Choose your name and enter your PIN.'}
      </p>
      <fieldset className="staff-picker">
        <legend>Who are you?</legend>
        {staff.map((s) => (
          <label key={s.id} className={`staff-choice${staffId === s.id ? ' staff-choice-selected' : ''}`}>
            <input
              type="radio"
              name="staffId"
              value={s.id}
              checked={staffId === s.id}
              onChange={() => {
                setStaffId(s.id);
                setErrors({});
                setPin('');
                setConfirmPin('');
              }}
            />
            <span className="staff-name">{s.name}</span>
            <span className="muted">
              {ROLE_LABELS[s.role]}
              {s.needsPin ? ' · no PIN yet' : ''}
            </span>
          </label>
        ))}
        {errors.staffId && (
          <p className="field-error" role="alert">
            {errors.staffId}
          </p>
        )}
      </fieldset>
      <Field label={choosing ? `New PIN (${minPinLength} to 8 digits)` : 'PIN'} error={errors.pin}>
        {(props) => (
          <input
            {...props}
            ref={pinRef}
            type="password"
            inputMode="numeric"
            autoComplete={choosing ? 'new-password' : 'off'}
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        )}
      </Field>
      {choosing && (
        <Field label="The same PIN again" error={errors.confirmPin}>
          {(props) => (
            <input
              {...props}
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={confirmPin}
              onChange={(e) => setConfirmPin(e.target.value.replace(/\D/g, ''))}
            />
          )}
        </Field>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Checking…' : choosing ? 'Set my PIN and sign in' : locked ? 'Unlock' : 'Sign in'}
      </button>
    </form>
  );
}
