// The recovery key, shown once: at owner setup (right after the owner account is made) or, for a
// database set up before this version, from Settings. The owner prints the sheet or writes the key
// down, ticks that they have, and types the last group back; after that the API never shows it again.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../api/contract';
import { call } from '../api/client';
import { Field } from '../components/Field';
import './recovery-key.css';
import { t } from '../i18n';
import { tRich } from '../pages/settings/richText';

type Revealed = ChannelOutput<'keys.revealRecoveryKey'>;

export function RecoveryKeyPanel({
  onDone,
  heading = 'h1',
  modal = true,
}: {
  onDone: () => void | Promise<void>;
  heading?: 'h1' | 'h3';
  /** Over the page at owner setup (a dialog); in Settings, part of the page. */
  modal?: boolean;
}) {
  const titleId = useId();
  const [shown, setShown] = useState<Revealed | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [written, setWritten] = useState(false);
  const [lastGroup, setLastGroup] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'print' | 'save' | 'confirm' | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asked.current) return; // once, even when React runs effects twice
    asked.current = true;
    void call('keys.revealRecoveryKey', {}).then((r) => (r.ok ? setShown(r.data) : setProblem(r.error.message)));
  }, []);

  // The browser's print dialog (which also saves as PDF) prints the key as it is shown. The react-pdf
  // sheet (renderer/src/pdf/RecoverySheet.tsx) is not loaded from here: importing it from the start-up
  // code left the aftercare preview's chunk loading for ever (see the closing note).
  function sheet() {
    if (shown) window.print();
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setBusy('confirm');
    const r = await call('keys.confirmRecoveryKey', { written: written as true, lastGroup });
    setBusy(null);
    if (!r.ok) {
      setErrors(r.error.fields ?? { lastGroup: r.error.message });
      return;
    }
    await onDone();
  }

  const Heading = heading;
  return (
    <form
      className="lock-panel recovery-panel"
      aria-labelledby={titleId}
      onSubmit={confirm}
      noValidate
      {...(modal ? { role: 'dialog', 'aria-modal': true } : {})}
    >
      <Heading id={titleId}>{t('auth.recovery.title')}</Heading>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {shown && (
        <>
          <p>{tRich('auth.recovery.intro', { once: <strong>{t('auth.recovery.thisOnce')}</strong> })}</p>
          <ol className="recovery-groups" aria-label={t('auth.recovery.groups')}>
            {shown.groups.map((g, i) => (
              <li key={i}>
                <span className="recovery-group-number" aria-hidden="true">
                  {i + 1}
                </span>
                <code>{g}</code>
              </li>
            ))}
          </ol>
          <div className="recovery-sheet-actions">
            <button type="button" className="button" onClick={sheet} disabled={busy !== null}>
              {busy === 'print' ? t('auth.recovery.preparing') : t('auth.recovery.print')}
            </button>
            <button type="button" className="button" onClick={sheet} disabled={busy !== null}>
              {t('auth.recovery.savePdf')}
            </button>
          </div>
          <label className="recovery-written">
            <input
              type="checkbox"
              checked={written}
              onChange={(e) => setWritten(e.target.checked)}
              aria-invalid={Boolean(errors.written)}
            />
            {t('auth.recovery.written')}
          </label>
          {errors.written && (
            <p className="field-error" role="alert">
              {errors.written}
            </p>
          )}
          <Field label={t('auth.recovery.lastGroup')} error={errors.lastGroup}>
            {(props) => (
              <input
                {...props}
                className="recovery-last-group"
                autoComplete="off"
                spellCheck={false}
                maxLength={12}
                value={lastGroup}
                onChange={(e) => setLastGroup(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy !== null}>
            {t('auth.recovery.done')}
          </button>
        </>
      )}
      {!shown && !problem && <p className="muted">{t('auth.recovery.making')}</p>}
      {problem && (
        <button type="button" className="button" onClick={() => void onDone()}>
          {t('auth.recovery.continue')}
        </button>
      )}
    </form>
  );
}
