// The erasure of a client's record, for an owner: what it removes and keeps, the backups that still
// hold the client (and the choice to erase them there too), a typed reason, and a confirmation.
// Refused, with the day it becomes possible, while the clinic must keep the medical record.
import { useState, type FormEvent } from 'react';
import type { ClientRecord } from '../../../../../api/contract/clients';
import { call } from '../../../api/client';
import { useApiQuery } from '../../../api/useApi';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { formatDate } from '../../../format';
import { t } from '../../../i18n';

/** Archiving: the record kept, the client out of the lists, with why (clients.archive). */
function ArchiveForm({ client, onClose }: { client: ClientRecord; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(client.archivedAt !== null);
  if (done) return <p className="muted">{t('rights.archived')}</p>;
  return (
    <form
      className="rights-archive"
      aria-label={t('rights.archive.label')}
      onSubmit={(e) => {
        e.preventDefault();
        void call('clients.archive', { id: client.id, expectedVersion: client.version, archived: true, reason }).then((r) =>
          r.ok ? setDone(true) : setError(r.error.fields?.reason ?? r.error.message),
        );
      }}
    >
      <Field label={t('rights.archive.reason')} error={error ?? undefined}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button className="button button-primary" type="submit">
          {t('rights.archive.submit')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('rights.close')}
        </button>
      </div>
    </form>
  );
}

export function ErasePanel({
  client,
  onClose,
  onErased,
}: {
  client: ClientRecord;
  onClose: () => void;
  onErased: (message: string) => void;
}) {
  const check = useApiQuery('rights.erasureCheck', { clientId: client.id });
  const [reason, setReason] = useState('');
  const [alsoBackups, setAlsoBackups] = useState(true);
  const [sure, setSure] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [step, setStep] = useState<string | null>(null);

  if (check.isPending) return <p className="muted">{t('rights.checking')}</p>;
  if (!check.data) return <ErrorNotice message={check.error?.message ?? ''} />;
  const c = check.data;

  if (!c.erasable)
    return (
      <div className="rights-panel" role="region" aria-labelledby="erase-title">
        <h3 id="erase-title">{t('rights.erase.title')}</h3>
        <p className="notice notice-changed" role="status">
          {t('rights.erase.notYet', {
            from: formatDate(c.earliestOn),
            years: c.years,
            last: c.lastMedicalDay ? formatDate(c.lastMedicalDay) : t('rights.erase.none'),
          })}
        </p>
        <ArchiveForm client={client} onClose={onClose} />
      </div>
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!sure) return setErrors({ sure: t('rights.erase.confirmMissing') });
    setErrors({});
    setStep(t('rights.erase.erasing'));
    const r = await call('rights.erase', { clientId: client.id, expectedVersion: client.version, reason, alsoBackups });
    if (!r.ok) {
      setStep(null);
      return setErrors(r.error.fields ?? { form: r.error.message });
    }
    let backupsSaid = '';
    if (alsoBackups && c.backups > 0) {
      setStep(t('rights.erase.erasingBackups', { count: c.backups }));
      const b = await call('rights.eraseFromBackups', { clientId: client.id });
      if (b.ok) {
        const erased = b.data.backups.filter((x) => x.outcome === 'erased').length;
        const skipped = b.data.backups.filter((x) => x.outcome === 'skipped');
        const notHeld = b.data.backups.filter((x) => x.outcome === 'not_held').length;
        backupsSaid =
          (notHeld > 0
            ? t('rights.erase.fromBackupsNotHeld', { count: erased, notHeld })
            : t('rights.erase.fromBackups', { count: erased })) +
          skipped.map((x) => t('rights.erase.notFrom', { file: x.file, why: x.why ?? '' })).join('');
      } else backupsSaid = t('rights.erase.backupsFailed', { message: b.error.message });
    } else if (c.backups > 0) backupsSaid = t('rights.erase.backupsMayHold', { count: c.backups });
    onErased(t('rights.erase.done', { id: String(client.id), backups: backupsSaid }));
  }

  return (
    <form className="rights-panel" onSubmit={(e) => void submit(e)} aria-labelledby="erase-title" noValidate>
      <h3 id="erase-title">{t('rights.erase.title')}</h3>
      <p>{t('rights.erase.what')}</p>
      {c.backups > 0 ? (
        <>
          <p className="notice notice-changed">{t('rights.erase.backupsHold', { count: c.backups })}</p>
          <label className="rights-check">
            <input type="checkbox" checked={alsoBackups} onChange={(e) => setAlsoBackups(e.target.checked)} />{' '}
            {t('rights.erase.alsoBackups', { count: c.backups })}
          </label>
        </>
      ) : (
        <p className="muted">{t('rights.erase.noBackups')}</p>
      )}
      <Field label={t('rights.erase.reason')} error={errors.reason} hint={t('rights.erase.reasonHint')}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className={`field${errors.sure ? ' field-invalid' : ''}`}>
        <label className="rights-check">
          <input
            type="checkbox"
            checked={sure}
            aria-describedby={errors.sure ? 'erase-sure-error' : undefined}
            onChange={(e) => setSure(e.target.checked)}
          />{' '}
          {t('rights.erase.sure')}
        </label>
        {errors.sure && (
          <p className="field-error" id="erase-sure-error" role="alert">
            {errors.sure}
          </p>
        )}
      </div>
      {errors.form && (
        <p className="notice notice-error" role="alert">
          {errors.form}
        </p>
      )}
      {step && (
        <p className="muted" role="status">
          {step}
        </p>
      )}
      <div className="form-actions">
        <button className="button button-warning" type="submit" disabled={step !== null}>
          {t('rights.erase.submit')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('rights.cancel')}
        </button>
      </div>
    </form>
  );
}
