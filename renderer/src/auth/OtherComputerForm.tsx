// "Open a backup from another computer": the backup file and the recovery key from that computer's
// sheet. Stipple rewrites the backup under this computer's key and restores it (every chart is
// replaced; the current database is backed up first). On the first-run screen of a new computer,
// and in Settings. A typo in the key is named by its group before anything is read.
import { useState, type FormEvent } from 'react';
import { parseRecoveryKey } from '../../../core/recovery-key';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { TaskProgress } from '../components/TaskProgress';

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
    if (file.trim() === '') found.file = 'Enter the full path of the backup file, e.g. /media/usb/stipple-backups/stipple-….sqlite.';
    const read = parseRecoveryKey(recoveryKey);
    if (!read.ok) found.recoveryKey = read.message;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const r = await call('keys.restoreFromOtherComputer', { file: file.trim(), recoveryKey });
    setBusy(false);
    if (!r.ok) {
      setErrors(r.error.fields ?? { file: r.error.message });
      return;
    }
    setDone(
      `Opened ${r.data.restoredFrom}: its charts are now on this computer. The database as it was just before is kept in ${r.data.safetyBackup}. Sign in with your PIN from the other computer.`,
    );
    onRestored?.();
  }

  const Heading = heading;
  return (
    <form className="form other-computer-form" onSubmit={submit} noValidate aria-labelledby="other-computer-title">
      <Heading id="other-computer-title">Open a backup from another computer</Heading>
      <p className="muted">
        Moving to a new computer? Choose a backup made on the old one and type the recovery key from its printed sheet. Every chart here is
        replaced by the backup’s; this computer’s database is backed up first.
      </p>
      <Field label="Backup file" error={errors.file}>
        {(props) => (
          <input
            {...props}
            value={file}
            onChange={(e) => setFile(e.target.value)}
            placeholder="/media/usb/stipple-backups/stipple-….sqlite"
          />
        )}
      </Field>
      <Field label="Recovery key" hint="14 groups of 5 letters and digits; dashes and capitals do not matter." error={errors.recoveryKey}>
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
          {busy ? 'Opening…' : 'Open this backup'}
        </button>
      </div>
      {busy && <TaskProgress task="keys.restoreFromOtherComputer" label="Opening the backup" />}
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
