import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { call } from '../api/client';
import { Field } from '../components/Field';
import type { Actor } from './SessionGate';
import { t } from '../i18n';

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

  // The dialog takes focus when it opens: the PIN when the person is known, else the staff list.
  const panelRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (staffId !== null) pinRef.current?.focus();
    else panelRef.current?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as the dialog opens
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (staffId === null) {
      setErrors({ staffId: t('auth.signIn.chooseWho') });
      return;
    }
    if (choosing && pin.length < minPinLength) {
      setErrors({ pin: t('auth.signIn.choosePin', { min: minPinLength }) });
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
    <form ref={panelRef} className="lock-panel" role="dialog" aria-modal="true" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h1 id={titleId}>{locked ? t('auth.signIn.lockedTitle') : t('auth.signIn.title')}</h1>
      <p className="muted">
        {choosing ? t('auth.signIn.choosingIntro', { min: minPinLength }) : locked ? t('auth.signIn.lockedIntro') : t('auth.signIn.intro')}
      </p>
      <StaffPicker
        staff={staff}
        selected={staffId}
        error={errors.staffId}
        onSelect={(id, fromPointer) => {
          setStaffId(id);
          setErrors({});
          setPin('');
          setConfirmPin('');
          // A tap or click goes on to the PIN; arrow keys stay in the list (Tab reaches the PIN).
          if (fromPointer) requestAnimationFrame(() => pinRef.current?.focus());
        }}
      />
      <Field label={choosing ? t('auth.signIn.newPin', { min: minPinLength }) : t('auth.signIn.pin')} error={errors.pin}>
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
        <Field label={t('auth.samePin')} error={errors.confirmPin}>
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
        {busy
          ? t('auth.signIn.checking')
          : choosing
            ? t('auth.signIn.setAndSignIn')
            : locked
              ? t('auth.signIn.unlock')
              : t('auth.signIn.signIn')}
      </button>
    </form>
  );
}

/**
 * Who is signing in, as a radio group (WAI-ARIA APG): one Tab stop; the arrow keys, Home and End
 * move the choice and focus along the list without leaving it.
 */
function StaffPicker({
  staff,
  selected,
  error,
  onSelect,
}: {
  staff: Member[];
  selected: number | null;
  error: string | undefined;
  onSelect: (id: number, fromPointer: boolean) => void;
}) {
  const legendId = useId();
  const errorId = useId();
  const refs = useRef(new Map<number, HTMLButtonElement>());
  const tabStop = selected ?? staff[0]?.id ?? null;

  const move = (from: number, step: number | 'first' | 'last') => {
    const i = staff.findIndex((s) => s.id === from);
    const j = step === 'first' ? 0 : step === 'last' ? staff.length - 1 : (i + step + staff.length) % staff.length;
    const next = staff[j];
    if (!next) return;
    onSelect(next.id, false);
    refs.current.get(next.id)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, id: number) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 'first', End: 'last' }[e.key] as
      number | 'first' | 'last' | undefined;
    if (step === undefined) return;
    e.preventDefault();
    move(id, step);
  };

  return (
    <div className="staff-picker">
      <span className="staff-picker-legend" id={legendId}>
        {t('auth.signIn.who')}
      </span>
      <div role="radiogroup" aria-labelledby={legendId} aria-describedby={error ? errorId : undefined} className="staff-list">
        {staff.map((s) => (
          <button
            key={s.id}
            ref={(el) => {
              if (el) refs.current.set(s.id, el);
              else refs.current.delete(s.id);
            }}
            type="button"
            role="radio"
            aria-checked={selected === s.id}
            tabIndex={s.id === tabStop ? 0 : -1}
            className={`staff-choice${selected === s.id ? ' staff-choice-selected' : ''}`}
            onKeyDown={(e) => onKeyDown(e, s.id)}
            // detail is 0 when Space or Enter "clicks": only a real pointer moves on to the PIN.
            onClick={(e) => onSelect(s.id, e.detail > 0)}
          >
            <span className="staff-radio" aria-hidden="true" />
            <span className="staff-name">{s.name}</span>
            <span className="muted">
              {t(`auth.role.${s.role}`)}
              {s.needsPin ? ` ${t('auth.signIn.noPinYet')}` : ''}
            </span>
          </button>
        ))}
      </div>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
