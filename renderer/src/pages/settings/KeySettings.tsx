// Settings → the database key, for owners: one line saying how this computer protects the key, the
// recovery key (for a database set up before it existed: shown once from here), opening a backup
// from another computer, and the plain backups an older Stipple left (encrypt or remove each).
import { useState } from 'react';
import type { ChannelOutput } from '../../../../api/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { OtherComputerForm } from '../../auth/OtherComputerForm';
import { RecoveryKeyPanel } from '../../auth/RecoveryKeyPanel';
import { useSession } from '../../auth/SessionGate';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TaskProgress } from '../../components/TaskProgress';
import { formatDateTime } from '../../format';
import '../../auth/recovery-key.css';
import './key-settings.css';
import { t } from '../../i18n';

export function KeySettings() {
  const { actor } = useSession();
  // Owners only (api/permissions.ts); nobody signed in yet means no PINs, so nothing is enforced.
  if (actor && actor.role !== 'owner') return null;
  return <KeySection />;
}

function KeySection() {
  const status = useApiQuery('keys.status', {});
  const [revealing, setRevealing] = useState(false);
  const s = status.data;
  return (
    <section className="key-settings" aria-labelledby="key-settings-title">
      <h2 id="key-settings-title">{t('settings.keys.title')}</h2>
      {status.error && <ErrorNotice message={status.error.message} />}
      {s && (
        <>
          <p className={`key-protection${s.protection === 'passphrase' ? ' key-protection-passphrase' : ''}`} data-testid="key-protection">
            {s.summary}
          </p>
          {s.recoveryKey === 'confirmed' && <p className="muted">{t('settings.keys.confirmed')}</p>}
          {(s.recoveryKey === 'not_shown' || s.recoveryKey === 'shown') &&
            (revealing ? (
              <RecoveryKeyPanel heading="h3" modal={false} onDone={() => setRevealing(false)} />
            ) : (
              <div className="notice notice-error">
                <p>{t('settings.keys.missing')}</p>
                <button type="button" className="button button-primary" onClick={() => setRevealing(true)}>
                  {t('settings.keys.show')}
                </button>
              </div>
            ))}
        </>
      )}
      <OtherComputerForm heading="h3" />
      <PlainBackups />
    </section>
  );
}

type Plain = ChannelOutput<'keys.plainBackups'>[number];

function PlainBackups() {
  const list = useApiQuery('keys.plainBackups', {});
  const [working, setWorking] = useState<{ file: string; what: 'encrypt' | 'remove' } | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const backups = list.data ?? [];

  async function encrypt(b: Plain) {
    setWorking({ file: b.file, what: 'encrypt' });
    setMessage(null);
    const r = await call('keys.encryptPlainBackup', { file: b.file });
    setWorking(null);
    setMessage(r.ok ? { ok: true, text: t('settings.keys.encrypted', { file: r.data.file }) } : { ok: false, text: r.error.message });
  }

  async function remove(b: Plain) {
    setWorking({ file: b.file, what: 'remove' });
    setMessage(null);
    const r = await call('keys.removePlainBackup', { file: b.file });
    setWorking(null);
    setConfirmRemove(null);
    setMessage(r.ok ? { ok: true, text: t('settings.keys.removed', { file: b.file }) } : { ok: false, text: r.error.message });
  }

  return (
    <div className="plain-backups">
      <h3>{t('settings.keys.plainTitle')}</h3>
      {list.error && <ErrorNotice message={list.error.message} />}
      {list.data && backups.length === 0 && <p className="muted">{t('settings.keys.plainNone')}</p>}
      {backups.length > 0 && (
        <>
          <p>{t('settings.keys.plainIntro')}</p>
          <ul className="plain-backup-list">
            {backups.map((b) => (
              <li key={b.file}>
                <div>
                  <code>{b.file}</code>
                  <span className="muted">
                    {' '}
                    {formatDateTime(b.modifiedAt)} · {(b.bytes / 1024 / 1024).toFixed(1)} MB
                  </span>
                </div>
                {confirmRemove === b.file ? (
                  <div className="notice notice-error" role="alertdialog" aria-label={t('settings.keys.removeLabel', { file: b.file })}>
                    <p>{t('settings.keys.removeConfirm')}</p>
                    <div className="form-actions">
                      <button type="button" className="button button-danger" onClick={() => remove(b)} disabled={working !== null}>
                        {t('settings.keys.yesRemove')}
                      </button>
                      <button type="button" className="button" onClick={() => setConfirmRemove(null)} disabled={working !== null}>
                        {t('settings.cancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div className="form-actions">
                    <button type="button" className="button button-primary" onClick={() => encrypt(b)} disabled={working !== null}>
                      {working?.file === b.file && working.what === 'encrypt' ? t('settings.keys.encrypting') : t('settings.keys.encrypt')}
                    </button>
                    <button type="button" className="button" onClick={() => setConfirmRemove(b.file)} disabled={working !== null}>
                      {t('settings.keys.remove')}
                    </button>
                  </div>
                )}
                {working?.file === b.file && working.what === 'encrypt' && (
                  <TaskProgress task="keys.encryptPlainBackup" label={t('settings.keys.progress')} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {message && (
        <p className={`notice ${message.ok ? 'notice-ok' : 'notice-error'}`} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
}
