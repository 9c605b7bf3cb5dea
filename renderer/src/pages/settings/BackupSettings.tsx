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
import { formatDateTime, getClinicLocale } from '../../format';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import { TaskProgress } from '../../components/TaskProgress';
import { savesYoursOnly, useSettingsForm } from './useSettingsForm';
import './backup.css';
import { t } from '../../i18n';
import { tRich } from './richText';

const when = (iso: string) => formatDateTime(iso, { weekday: true });

/** With seconds: two backups can fall in the same minute. */
const whenExact = (iso: string) => formatDateTime(iso, { seconds: true });

function ago(iso: string): string {
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return t('settings.backup.justNow');
  if (minutes < 60) return t('settings.backup.minutesAgo', { minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('settings.backup.hoursAgo', { hours });
  return t('settings.backup.daysAgo', { days: Math.round(hours / 24) });
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
      const where = new Intl.ListFormat(getClinicLocale(), { type: 'conjunction' }).format(r.data.made.map((m) => m.file));
      setBackupMessage({
        ok: r.data.warnings.length === 0,
        text: [t('settings.backup.backedUp', { where }), ...r.data.warnings].join(' '),
      });
    } else {
      setBackupMessage({ ok: false, text: r.error.message });
    }
  }

  const s = status.data;
  return (
    <section className="backup-settings" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">{t('settings.backup.title')}</h2>
      {status.error && <ErrorNotice message={status.error.message} />}
      {s && (
        <div className="backup-status">
          <p className="backup-last" data-testid="last-backup">
            {s.lastBackup ? (
              tRich(
                'settings.backup.last',
                { when: <strong>{when(s.lastBackup.at)}</strong>, folder: <code>{s.lastBackup.folder}</code> },
                { ago: ago(s.lastBackup.at) },
              )
            ) : (
              <strong>{t('settings.backup.none')}</strong>
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
          <p className="muted">{tRich('settings.backup.schedule', { file: <code>{s.databaseFile}</code> })}</p>
          <button type="button" className="button button-primary" onClick={backupNow} disabled={backingUp}>
            {backingUp ? t('settings.backup.backingUp') : t('settings.backup.backupNow')}
          </button>
          {backingUp && <TaskProgress task="safety.backupNow" label={t('settings.backup.progress')} />}
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
      setErrors({ idleLockMinutes: t('settings.backup.idleInvalid') });
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
    <form className="form backup-form" onSubmit={save} noValidate aria-label={t('settings.backup.folderAndLock')}>
      <h3>{t('settings.backup.folderAndLock')}</h3>
      <ChangedUnderneath show={changedUnderneath && !busy} what={t('settings.theseSettings')} then={savesYoursOnly()} />
      <Field label={t('settings.backup.folder')} error={errors.backupFolder} hint={t('settings.backup.folder.hint')}>
        {(props) => (
          <input
            {...props}
            value={values.backupFolder}
            onChange={(e) => setValues({ ...values, backupFolder: e.target.value })}
            placeholder="/media/usb/stipple-backups"
          />
        )}
      </Field>
      <Field label={t('settings.backup.idle')} error={errors.idleLockMinutes}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={values.idleLockMinutes}
            onChange={(e) => setValues({ ...values, idleLockMinutes: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('settings.backup.minPin')} error={errors.minPinLength} hint={t('settings.backup.minPin.hint')}>
        {(props) => (
          <select {...props} value={values.minPinLength} onChange={(e) => setValues({ ...values, minPinLength: e.target.value })}>
            <option value="4">{t('settings.backup.digits', { count: 4 })}</option>
            <option value="6">{t('settings.backup.digits', { count: 6 })}</option>
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('settings.save')}
        </button>
        {saved && (
          <span className="saved" role="status">
            {t('settings.saved')}
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
      t(r.data.encrypted ? 'settings.export.doneEncrypted' : 'settings.export.donePlain', {
        charts: r.data.charts,
        folder: r.data.folder,
      }),
    );
  }

  return (
    <form className="form backup-form" onSubmit={exportAll} noValidate aria-label={t('settings.export.title')}>
      <h3>{t('settings.export.title')}</h3>
      <p className="muted">{t('settings.export.intro')}</p>
      <Field label={t('settings.export.folder')} error={errors.folder}>
        {(props) => <input {...props} value={folder} onChange={(e) => setFolder(e.target.value)} placeholder="/media/usb/stipple-export" />}
      </Field>
      {!plain && (
        <>
          <Field
            label={t('settings.export.passphrase')}
            error={errors.passphrase}
            hint={t('settings.export.passphrase.hint', { min: MIN_PASSPHRASE_LENGTH })}
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
          <Field label={t('settings.export.passphraseAgain')} error={errors.confirmPassphrase}>
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
        <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} /> {t('settings.export.plain')}
      </label>
      {plain && (
        <p className="notice notice-error" role="note">
          {PLAIN_EXPORT_WARNING}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('settings.export.exporting') : t('settings.export.button')}
        </button>
      </div>
      {busy && <TaskProgress task="safety.export" label={t('settings.export.progress')} />}
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
      setError(t('settings.restore.fileMissing'));
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
      setError(t('settings.restore.cannot', { problem: fatal[0]! }));
      return;
    }
    setError(undefined);
    if (r.data.tampered.length > 0) setRefusedFor(r.data.tampered[0]!);
    setConfirming(r.data);
  }

  async function restore() {
    const why = reason.trim();
    if (overriding && why === '') {
      setReasonError(t('settings.restore.reasonMissing'));
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
    const restored = { from: r.data.restoredFrom, safety: r.data.safetyBackup };
    setDone(
      r.data.overridden
        ? t('settings.restore.doneOverridden', { ...restored, warning: r.data.auditWarning ?? '' })
        : t('settings.restore.done', restored),
    );
    // Every chart may differ now (a restore makes everything stale, refetched by call); the sign-in
    // gate appears because the restore signed everyone out.
  }

  return (
    <form className="form backup-form" onSubmit={ask} noValidate aria-label={t('settings.restore.title')}>
      <h3>{t('settings.restore.title')}</h3>
      <p className="muted">{t('settings.restore.intro')}</p>
      {backups.length > 0 && (
        <Field label={t('settings.restore.recent')}>
          {(props) => (
            <select {...props} value={backups.some((b) => b.file === file) ? file : ''} onChange={(e) => setFile(e.target.value)}>
              <option value="">{t('settings.restore.choose')}</option>
              {backups.map((b) => (
                <option key={b.file} value={b.file}>
                  {whenExact(b.at)} — {b.folder}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('settings.restore.file')} error={error}>
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
            {busy ? t('settings.restore.checking') : t('settings.restore.button')}
          </button>
          <OfflineReason reason={offline} />
          {busy && <TaskProgress task="safety.inspect" label={t('settings.restore.checkingProgress')} />}
        </div>
      ) : (
        <div className="notice notice-error restore-confirm" role="alertdialog" aria-label={t('settings.restore.confirmLabel')}>
          <p>
            {tRich('settings.restore.taken', {
              when: <strong>{confirming.takenAt ? when(confirming.takenAt) : t('settings.restore.unknownTime')}</strong>,
              contents: <strong>{t('settings.restore.contents', { clients: confirming.clients, sessions: confirming.sessions })}</strong>,
            })}{' '}
            {confirming.schemaVersion < confirming.latestSchema
              ? t('settings.restore.intactOlder', { schema: confirming.schemaVersion, latest: confirming.latestSchema })
              : t('settings.restore.intact')}{' '}
            {refusedFor === null ? t('settings.restore.auditOk', { entries: confirming.auditEntries }) : t('settings.restore.auditBad')}
          </p>
          {refusedFor !== null && (
            <div className="restore-override">
              <p>{t('settings.restore.override', { problem: refusedFor })}</p>
              <label className="check">
                <input
                  type="checkbox"
                  checked={overriding}
                  onChange={(e) => {
                    setOverriding(e.target.checked);
                    setReasonError(undefined);
                  }}
                />{' '}
                {t('settings.restore.anyway')}
              </label>
              {overriding && (
                <Field label={t('settings.restore.why')} error={reasonError}>
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
          <p>{t('settings.restore.replace')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={restore}
              disabled={busy || (refusedFor !== null && !overriding)}
            >
              {busy ? t('settings.restore.restoring') : t('settings.restore.yes')}
            </button>
            <button type="button" className="button" onClick={startOver} disabled={busy}>
              {t('settings.cancel')}
            </button>
          </div>
          {busy && <TaskProgress task="safety.restore" label={t('settings.restore.progress')} />}
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
