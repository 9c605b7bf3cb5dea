// Settings → Workstations: on the computer holding the data, whether it is the clinic's hub
// (HubSettings.tsx); on the hub, the paired workstations with when each was last
// seen, revoking one (a lost laptop), and "Add a workstation", which shows a one-time code with the
// hub's address and certificate fingerprint for the person at the new workstation to enter.
import { useState } from 'react';
import type { PairingCodeRecord } from '../../../../api/contract/workstations';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLinkStatus } from '../../components/LinkStatus';
import { HubSettings } from './HubSettings';
import { formatDateTime, formatTime } from '../../format';
import { t } from '../../i18n';

const when = (iso: string) => formatDateTime(iso);
const time = (iso: string) => formatTime(iso);

export function WorkstationSettings() {
  const list = useApiQuery('workstations.list', {});
  // A workstation's window shows the hub's list; only the computer holding the data can be the hub.
  const holdsTheData = useLinkStatus()?.role === 'local';
  const hub = useApiQuery('network.hubStatus', {}, { enabled: holdsTheData });
  // A code names where the hub was when it was made: once the hub stops or moves, it no longer leads there.
  const [pairing, setPairing] = useState<PairingCodeRecord | null>(null);
  const shownPairing = pairing && (!holdsTheData || hub.data?.address === pairing.address) ? pairing : null;
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function addWorkstation() {
    setError(null);
    setMessage(null);
    const r = await call('workstations.pairingCode', {});
    if (!r.ok) setError(r.error.message);
    else setPairing(r.data);
  }

  async function revoke(id: number, name: string) {
    setError(null);
    setMessage(null);
    if (!window.confirm(t('settings.workstations.revokeConfirm', { name }))) return;
    const r = await call('workstations.revoke', { id });
    if (!r.ok) setError(r.error.message);
    else setMessage(t('settings.workstations.revoked', { name }));
  }

  return (
    <section className="backup-settings" aria-labelledby="workstation-settings-title">
      <h2 id="workstation-settings-title">{t('settings.workstations.title')}</h2>
      <p>{t('settings.workstations.intro')}</p>
      {holdsTheData && <HubSettings />}
      <h3>{t('settings.workstations.paired')}</h3>
      {list.error && <ErrorNotice message={list.error.message} />}
      {list.data && list.data.length === 0 && <p>{t('settings.workstations.none')}</p>}
      {list.data && list.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('settings.name')}</th>
              <th scope="col">{t('settings.workstations.pairedOn')}</th>
              <th scope="col">{t('settings.workstations.lastSeen')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.workstations.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((w) => (
              <tr key={w.id}>
                <td>{w.name}</td>
                <td>{when(w.createdAt)}</td>
                <td>
                  {w.revokedAt
                    ? t('settings.workstations.revokedAt', { when: when(w.revokedAt) })
                    : w.lastSeenAt
                      ? when(w.lastSeenAt)
                      : t('settings.workstations.notYet')}
                </td>
                <td>
                  {!w.revokedAt && (
                    <button type="button" className="button" onClick={() => void revoke(w.id, w.name)}>
                      {t('settings.workstations.revokeButton', { name: w.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void addWorkstation()}>
          {t('settings.workstations.add')}
        </button>
      </div>
      {error && <ErrorNotice message={error} />}
      {message && (
        <p className="notice notice-ok" role="status">
          {message}
        </p>
      )}
      {shownPairing && (
        <div className="notice" role="status" aria-labelledby="pairing-code-title">
          <h3 id="pairing-code-title">{t('settings.workstations.code', { code: shownPairing.code })}</h3>
          <p>{t('settings.workstations.enterWithin', { time: time(shownPairing.expiresAt) })}</p>
          <dl className="facts">
            <div>
              <dt>{t('settings.workstations.hubAddress')}</dt>
              <dd>{shownPairing.address}</dd>
            </div>
            <div>
              <dt>{t('settings.workstations.fingerprint')}</dt>
              <dd>
                <code>{shownPairing.fingerprint}</code>
              </dd>
            </div>
          </dl>
          <p>
            {t('settings.workstations.onWorkstation')}{' '}
            <code>
              npm run browser -- --join {shownPairing.address} --pairing-code {shownPairing.code} --data &lt;folder&gt;
            </code>
          </p>
        </div>
      )}
    </section>
  );
}
