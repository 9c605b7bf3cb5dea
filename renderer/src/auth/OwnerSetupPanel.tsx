import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { JoinHubForm } from './JoinHubForm';
import { OtherComputerForm } from './OtherComputerForm';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';
import { t } from '../i18n';

/**
 * First run: the person setting Stipple up becomes its owner, with a PIN, and is then shown the
 * recovery key once. `onCreating` tells the gate to keep this panel up through that step (the owner
 * is signed in as soon as the account exists). Or, on a new computer: open the old one's backup, or
 * join the clinic's hub as one of its workstations.
 */
export function OwnerSetupPanel({ onDone, onCreating }: { onDone: () => Promise<void>; onCreating?: (creating: boolean) => void }) {
  const titleId = useId();
  const [form, setForm] = useState({ name: '', pin: '', confirmPin: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<'owner' | 'recovery' | 'other-computer' | 'join'>('owner');
  // Back from joining a hub: the keyboard is where it was, on the link that opened it.
  const [cameBack, setCameBack] = useState(false);
  const joinLink = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'owner' && cameBack) joinLink.current?.focus();
  }, [step, cameBack]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    onCreating?.(true);
    const result = await call('auth.setupOwner', form);
    setBusy(false);
    if (!result.ok) {
      onCreating?.(false);
      setErrors(result.error.fields ?? { name: result.error.message });
      return;
    }
    setStep('recovery');
  }

  if (step === 'recovery')
    return (
      <RecoveryKeyPanel
        onDone={async () => {
          onCreating?.(false);
          await onDone();
        }}
      />
    );
  if (step === 'other-computer')
    return (
      <div className="lock-panel" role="dialog" aria-modal="true" aria-label={t('auth.other.title')}>
        <OtherComputerForm heading="h2" />
        <button type="button" className="button other-computer-back" onClick={() => setStep('owner')}>
          {t('auth.backToNewClinic')}
        </button>
      </div>
    );
  if (step === 'join')
    return (
      <JoinHubForm
        onBack={() => {
          setCameBack(true);
          setStep('owner');
        }}
      />
    );
  const set =
    (key: keyof typeof form, digits = false) =>
    (e: { target: { value: string } }) =>
      setForm((f) => ({ ...f, [key]: digits ? e.target.value.replace(/\D/g, '') : e.target.value }));

  return (
    <form className="lock-panel" role="dialog" aria-modal="true" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h1 id={titleId}>{t('auth.owner.title')}</h1>
      <p className="muted">{t('auth.owner.intro')}</p>
      <Field label={t('auth.owner.name')} error={errors.name}>
        {(props) => <input {...props} autoComplete="name" value={form.name} onChange={set('name')} />}
      </Field>
      <Field label={t('auth.owner.pin')} error={errors.pin}>
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
      <Field label={t('auth.samePin')} error={errors.confirmPin}>
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
        {t('auth.owner.create')}
      </button>
      <p className="owner-setup-other">
        {t('auth.owner.moving')}{' '}
        <button type="button" className="link-button" onClick={() => setStep('other-computer')}>
          {t('auth.other.title')}
        </button>
      </p>
      <p className="owner-setup-other">
        {t('auth.owner.already')}{' '}
        <button type="button" className="link-button" ref={joinLink} onClick={() => setStep('join')}>
          {t('auth.owner.joinInstead')}
        </button>
      </p>
    </form>
  );
}
