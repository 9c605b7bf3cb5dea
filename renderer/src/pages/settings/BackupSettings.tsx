// Backups and data: when the last good backup was made and where, warnings, "Back up now", the
// second backup folder and the idle lock, a whole-clinic export, and restoring a backup.
import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../api/contract';
import { MIN_PASSPHRASE_LENGTH, PLAIN_EXPORT_WARNING } from '../../../../core/export-passphrase';
import type { ClinicSettings } from '../../../../api/contract/settings';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ChangedUnderneath } from '../../components/ChangedUnderneath';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../format';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import { TaskProgress } from '../../components/TaskProgress';
import { SAVES_YOURS_ONLY, useSettingsForm } from './useSettingsForm';
import './backup.css';

const when = (iso: string) => formatDateTime(iso, { weekday: true });

/** With seconds: two backups can fall in the same minute. */
const whenExact = (iso: string) => formatDateTime(iso, { seconds: true });

function ago(iso: string): string {
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export function BackupSettings() {
  const status = useApiQuery('safety.status', {});
  const [backingUp, setBackingUp] = useState(false);
  const [backupMessage, setBackupMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function backupNow() {
    setBackingUp(true);
    setBackupMessage(null);
    const r = await call('safety.backupNow', {});
    setBackingUp(false);
    if (r.ok) {
      const where = r.data.made.map((m) => m.file).join(' and ');
      setBackupMessage({ ok: r.data.warnings.length === 0, text: [`Backed up and checked: ${where}.`, ...r.data.warnings].join(' ') });
    } else {
      setBackupMessage({ ok: false, text: r.error.message });
    }
  }

  const s = status.data;
  return (
    <section className="backup-settings" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">Backups and data</h2>
      {status.error && <ErrorNotice message={status.error.message} />}
      {s && (
        <div className="backup-status">
          <p className="backup-last" data-testid="last-backup">
            {s.lastBackup ? (
              <>
                Last good backup: <strong>{when(s.lastBackup.at)}</strong> ({ago(s.lastBackup.at)}), in <code>{s.lastBackup.folder}</code>
              </>
            ) : (
              <strong>No backup has been made yet.</strong>
            )}
          </p>
          {s.warnings.length > 0 && (
            <div className="notice notice-error" role="alert">
              <ul className="backup-warnings">
                {s.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          {s.advice && <p className="notice">{s.advice}</p>}
          <p className="muted">
            Stipple backs up every three hours while open and when it closes, keeping the last three of today, one for each earlier day, and
            ten in all per folder. Each backup is checked before it counts. Database: <code>{s.databaseFile}</code>
          </p>
          <button type="button" className="button button-primary" onClick={backupNow} disabled={backingUp}>
            {backingUp ? 'Backing up…' : 'Back up now'}
          </button>
          {backingUp && <TaskProgress task="safety.backupNow" label="Backing up" />}
          {backupMessage && (
            <p className={`notice ${backupMessage.ok ? 'notice-ok' : 'notice-error'}`} role="status">
              {backupMessage.text}
            </p>
          )}
        </div>
      )}
      <FolderAndLockForm />
      <ExportForm />
      {s && <RestoreForm backups={s.backups} />}
    </section>
  );
}

const folderAndLock = (s: ClinicSettings) => ({
  backupFolder: s.backupFolder ?? '',
  idleLockMinutes: String(s.idleLockMinutes),
  minPinLength: String(s.minPinLength),
});

function FolderAndLockForm() {
  const { values, setValues, changedUnderneath, edited, saved: stored } = useSettingsForm(folderAndLock);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!values) return null;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const minutes = Number(values!.idleLockMinutes.trim());
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) {
      setErrors({ idleLockMinutes: 'Enter a whole number of minutes from 1 to 240.' });
      return;
    }
    const mine = edited();
    setBusy(true);
    const r = await call('settings.update', {
      ...('backupFolder' in mine ? { backupFolder: values!.backupFolder } : {}),
      ...('idleLockMinutes' in mine ? { idleLockMinutes: minutes } : {}),
      ...('minPinLength' in mine ? { minPinLength: values!.minPinLength === '6' ? 6 : 4 } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setErrors(r.error.fields ?? { backupFolder: r.error.message });
      return;
    }
    setErrors({});
    setSaved(true);
    stored(r.data);
  }

  return (
    <form className="form backup-form" onSubmit={save} noValidate aria-label="Second backup folder and lock">
      <h3>Second backup folder and lock</h3>
      <ChangedUnderneath show={changedUnderneath && !busy} what="these settings" then={SAVES_YOURS_ONLY} />
      <Field
        label="Second backup folder"
        error={errors.backupFolder}
        hint="A folder on another drive, e.g. a USB stick. Leave empty for none."
      >
        {(props) => (
          <input
            {...props}
            value={values.backupFolder}
            onChange={(e) => setValues({ ...values, backupFolder: e.target.value })}
            placeholder="/media/usb/stipple-backups"
          />
        )}
      </Field>
      <Field label="Lock after this many idle minutes" error={errors.idleLockMinutes}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={values.idleLockMinutes}
            onChange={(e) => setValues({ ...values, idleLockMinutes: e.target.value })}
          />
        )}
      </Field>
      <Field
        label="Shortest PIN staff may choose"
        error={errors.minPinLength}
        hint="Longer PINs are harder to guess. Anyone with a shorter PIN keeps it until they change it."
      >
        {(props) => (
          <select {...props} value={values.minPinLength} onChange={(e) => setValues({ ...values, minPinLength: e.target.value })}>
            <option value="4">4 digits</option>
            <option value="6">6 digits</option>
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Save
        </button>
        {saved && (
          <span className="saved" role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}

/** Encrypted with a passphrase unless the owner ticks "plain", which says what that means. */
function ExportForm() {
  const [folder, setFolder] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmPassphrase, setConfirmPassphrase] = useState('');
  const [plain, setPlain] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportAll(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    const r = await call('safety.export', plain ? { folder, plain: true } : { folder, passphrase, confirmPassphrase });
    setBusy(false);
    if (!r.ok) {
      setErrors(r.error.fields ?? { folder: r.error.message });
      return;
    }
    setErrors({});
    setPassphrase('');
    setConfirmPassphrase('');
    setDone(
      `Exported ${r.data.charts} chart(s) into ${r.data.folder}: a JSON file per client, a CSV file per table, and README.md describing every column. ${
        r.data.encrypted
          ? 'The files are encrypted: keep the passphrase safe and apart from the export; without it nobody can open them, Stipple included.'
          : 'The files are NOT encrypted.'
      }`,
    );
  }

  return (
    <form className="form backup-form" onSubmit={exportAll} noValidate aria-label="Export all data">
      <h3>Export all data</h3>
      <p className="muted">
        Your data is yours: every chart as JSON and every table as CSV. The export is encrypted with a passphrase you choose; its README
        says how to open it.
      </p>
      <Field label="Export into this new folder" error={errors.folder}>
        {(props) => <input {...props} value={folder} onChange={(e) => setFolder(e.target.value)} placeholder="/media/usb/stipple-export" />}
      </Field>
      {!plain && (
        <>
          <Field
            label="Passphrase"
            error={errors.passphrase}
            hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few words you will remember are easiest.`}
          >
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            )}
          </Field>
          <Field label="The same passphrase again" error={errors.confirmPassphrase}>
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="new-password"
                value={confirmPassphrase}
                onChange={(e) => setConfirmPassphrase(e.target.value)}
              />
            )}
          </Field>
        </>
      )}
      <label className="check">
        <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} /> Export plain files, without encryption
      </label>
      {plain && (
        <p className="notice notice-error" role="note">
          {PLAIN_EXPORT_WARNING}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Exporting…' : 'Export everything'}
        </button>
      </div>
      {busy && <TaskProgress task="safety.export" label="Exporting" />}
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

function RestoreForm({ backups }: { backups: { file: string; at: string; folder: string }[] }) {
  const [file, setFile] = useState('');
  const offline = useOfflineRefusal('safety.restore');
  const [confirming, setConfirming] = useState<ChannelOutput<'safety.inspect'> | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // "Restore anyway": offered only once the check refused the file for its audit trail alone.
  const [refusedFor, setRefusedFor] = useState<string | null>(null);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  function startOver() {
    setConfirming(null);
    setRefusedFor(null);
    setOverriding(false);
    setReason('');
    setReasonError(undefined);
  }

  // First look inside the file (read-only): is it a sound Stipple backup, from when, holding what.
  async function ask(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    startOver();
    if (file.trim() === '') {
      setError('Choose a backup from the list or enter the full path of a backup file.');
      return;
    }
    setBusy(true);
    const r = await call('safety.inspect', { file: file.trim() });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.fields?.file ?? r.error.message);
      return;
    }
    const fatal = r.data.problems.filter((p) => !r.data.tampered.includes(p));
    if (fatal.length > 0) {
      setError(`${fatal[0]} It cannot be restored.`);
      return;
    }
    setError(undefined);
    if (r.data.tampered.length > 0) setRefusedFor(r.data.tampered[0]!);
    setConfirming(r.data);
  }

  async function restore() {
    const why = reason.trim();
    if (overriding && why === '') {
      setReasonError('Give the reason for restoring this file anyway; it is written to the audit trail.');
      return;
    }
    setReasonError(undefined);
    setBusy(true);
    const r = await call('safety.restore', { file: file.trim(), ...(overriding ? { overrideReason: why } : {}) });
    setBusy(false);
    if (!r.ok) {
      const fields = r.error.fields ?? {};
      if (fields.overrideReason) {
        // Refused for its audit trail (found only now, or the reason was wrong): offer the override, keep the dialog.
        setRefusedFor(fields.file ?? r.error.message);
        if (overriding) setReasonError(fields.overrideReason);
        return;
      }
      startOver();
      setError(fields.file ?? r.error.message);
      return;
    }
    startOver();
    setDone(
      `Restored ${r.data.restoredFrom}. The database as it was just before is kept in ${r.data.safetyBackup}.${r.data.overridden ? ` Restored although its audit trail does not verify (${r.data.auditWarning}); your reason is in the audit trail.` : ''} Everyone signs in again.`,
    );
    // Every chart may differ now (a restore makes everything stale, refetched by call); the sign-in
    // gate appears because the restore signed everyone out.
  }

  return (
    <form className="form backup-form" onSubmit={ask} noValidate aria-label="Restore a backup">
      <h3>Restore a backup</h3>
      <p className="muted">
        Replaces every chart with the backup. The backup is checked first, and the current database is backed up before it is replaced.
        Owners only.
      </p>
      {backups.length > 0 && (
        <Field label="Recent backups">
          {(props) => (
            <select {...props} value={backups.some((b) => b.file === file) ? file : ''} onChange={(e) => setFile(e.target.value)}>
              <option value="">Choose a backup…</option>
              {backups.map((b) => (
                <option key={b.file} value={b.file}>
                  {whenExact(b.at)} — {b.folder}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Backup file" error={error}>
        {(props) => (
          <input
            {...props}
            value={file}
            onChange={(e) => setFile(e.target.value)}
            placeholder="/media/usb/stipple-backups/stipple-….sqlite"
          />
        )}
      </Field>
      {!confirming ? (
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || offline !== null}>
            {busy ? 'Checking…' : 'Restore…'}
          </button>
          <OfflineReason reason={offline} />
          {busy && <TaskProgress task="safety.inspect" label="Checking the backup" />}
        </div>
      ) : (
        <div className="notice notice-error restore-confirm" role="alertdialog" aria-label="Confirm the restore">
          <p>
            This backup was taken <strong>{confirming.takenAt ? when(confirming.takenAt) : 'at an unknown time'}</strong> and holds{' '}
            <strong>
              {confirming.clients} client(s) and {confirming.sessions} session(s)
            </strong>
            . It is intact
            {confirming.schemaVersion < confirming.latestSchema
              ? `, from an older Stipple (schema ${confirming.schemaVersion} of ${confirming.latestSchema}): it will be updated as it is restored`
              : ''}
            .{' '}
            {refusedFor === null
              ? `Its audit trail (${confirming.auditEntries} entries) is unbroken.`
              : 'Its audit trail does not verify: it was edited outside Stipple.'}
          </p>
          {refusedFor !== null && (
            <div className="restore-override">
              <p>
                {refusedFor} Stipple does not restore a file that does not verify. If you know why (and it is the only copy you have), an
                owner can restore it anyway; the reason is written to the audit trail.
              </p>
              <label className="check">
                <input
                  type="checkbox"
                  checked={overriding}
                  onChange={(e) => {
                    setOverriding(e.target.checked);
                    setReasonError(undefined);
                  }}
                />{' '}
                Restore anyway
              </label>
              {overriding && (
                <Field label="Why restore it anyway?" error={reasonError}>
                  {(props) => (
                    <textarea
                      {...props}
                      rows={2}
                      value={reason}
                      onChange={(e) => {
                        setReason(e.target.value);
                        setReasonError(undefined);
                      }}
                      maxLength={500}
                    />
                  )}
                </Field>
              )}
            </div>
          )}
          <p>Replace every chart with this backup? Changes made since it was taken will be in the safety backup only.</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={restore}
              disabled={busy || (refusedFor !== null && !overriding)}
            >
              {busy ? 'Restoring…' : 'Yes, restore this backup'}
            </button>
            <button type="button" className="button" onClick={startOver} disabled={busy}>
              Cancel
            </button>
          </div>
          {busy && <TaskProgress task="safety.restore" label="Restoring" />}
        </div>
      )}
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
