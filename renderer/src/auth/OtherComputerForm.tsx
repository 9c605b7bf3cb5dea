// "Open a backup from another computer": the backup file and the recovery key from that computer's
// sheet. Stipple rewrites the backup under this computer's key and restores it (every chart is
// replaced; the current database is backed up first). On the first-run screen of a new computer,
// and in Settings. A typo in the key is named by its group before anything is read.
import { useState, type FormEvent } from 'react';
import { saysIn } from '../../../core/i18n/says';
import { parseRecoveryKey } from '../../../core/recovery-key';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { TaskProgress } from '../components/TaskProgress';
import { getClinicLocale } from '../format';
import { t } from '../i18n';

export function OtherComputerForm({ onRestored, heading = 'h2' }: { onRestored?: () => void; heading?: 'h2' | 'h3' }) {
  const [file, setFile] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const found: Record<string, string> = {};
    if (file.trim() === '') found.file = t('auth.other.fileMissing');
    const read = parseRecoveryKey(recoveryKey);
    if (!read.ok) found.recoveryKey = saysIn(getClinicLocale(), read.says);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const r = await call('keys.restoreFromOtherComputer', { file: file.trim(), recoveryKey });
    setBusy(false);
    if (!r.ok) {
      setErrors(r.error.fields ?? { file: r.error.message });
      return;
    }
    setDone(t('auth.other.done', { from: r.data.restoredFrom, safety: r.data.safetyBackup }));
    onRestored?.();
  }

  const Heading = heading;
  return (
    <form className="form other-computer-form" onSubmit={submit} noValidate aria-labelledby="other-computer-title">
      <Heading id="other-computer-title">{t('auth.other.title')}</Heading>
      <p className="muted">{t('auth.other.intro')}</p>
      <Field label={t('auth.other.file')} error={errors.file}>
        {(props) => (
          <input
            {...props}
            value={file}
            onChange={(e) => setFile(e.target.value)}
            placeholder="/media/usb/stipple-backups/stipple-….sqlite"
          />
        )}
      </Field>
      <Field label={t('auth.other.recoveryKey')} hint={t('auth.other.recoveryKey.hint')} error={errors.recoveryKey}>
        {(props) => (
          <input
            {...props}
            className="recovery-key-input"
            autoComplete="off"
            spellCheck={false}
            value={recoveryKey}
            onChange={(e) => setRecoveryKey(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('auth.other.opening') : t('auth.other.open')}
        </button>
      </div>
      {busy && <TaskProgress task="keys.restoreFromOtherComputer" label={t('auth.other.progress')} />}
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
