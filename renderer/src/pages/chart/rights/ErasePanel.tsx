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

/** Archiving: the record kept, the client out of the lists, with why (clients.archive). */
function ArchiveForm({ client, onClose }: { client: ClientRecord; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(client.archivedAt !== null);
  if (done) return <p className="muted">The client is archived.</p>;
  return (
    <form
      className="rights-archive"
      aria-label="Archive the client"
      onSubmit={(e) => {
        e.preventDefault();
        void call('clients.archive', { id: client.id, expectedVersion: client.version, archived: true, reason }).then((r) =>
          r.ok ? setDone(true) : setError(r.error.fields?.reason ?? r.error.message),
        );
      }}
    >
      <Field label="Why the client is archived (optional)" error={error ?? undefined}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button className="button button-primary" type="submit">
          Archive the client
        </button>
        <button className="button" type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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

  if (check.isPending) return <p className="muted">Checking whether the record may be erased…</p>;
  if (!check.data) return <ErrorNotice message={check.error?.message ?? ''} />;
  const c = check.data;

  if (!c.erasable)
    return (
      <div className="rights-panel" role="region" aria-labelledby="erase-title">
        <h3 id="erase-title">Erase the record</h3>
        <p className="notice notice-changed" role="status">
          {`This record can be erased from ${formatDate(c.earliestOn)}: the clinic keeps medical records for ${plural(c.years, 'year', 'years')} after the last treatment (${c.lastMedicalDay ? formatDate(c.lastMedicalDay) : 'none'}), a clinic setting. You can archive the client now: the chart is kept and leaves the lists.`}
        </p>
        <ArchiveForm client={client} onClose={onClose} />
      </div>
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!sure) return setErrors({ sure: 'Tick this to confirm: the erasure cannot be undone.' });
    setErrors({});
    setStep('Erasing the record…');
    const r = await call('rights.erase', { clientId: client.id, expectedVersion: client.version, reason, alsoBackups });
    if (!r.ok) {
      setStep(null);
      return setErrors(r.error.fields ?? { form: r.error.message });
    }
    let backupsSaid = '';
    if (alsoBackups && c.backups > 0) {
      setStep(`Erasing the client from ${plural(c.backups, 'backup', 'backups')}…`);
      const b = await call('rights.eraseFromBackups', { clientId: client.id });
      if (b.ok) {
        const erased = b.data.backups.filter((x) => x.outcome === 'erased').length;
        const skipped = b.data.backups.filter((x) => x.outcome === 'skipped');
        const notHeld = b.data.backups.filter((x) => x.outcome === 'not_held').length;
        backupsSaid = ` Erased from ${plural(erased, 'backup', 'backups')}${notHeld > 0 ? ` (${notHeld} did not hold the client)` : ''}.${skipped.map((x) => ` Not from ${x.file}: ${x.why ?? ''}`).join('')}`;
      } else backupsSaid = ` The backups were not erased from: ${b.error.message}`;
    } else if (c.backups > 0) backupsSaid = ` ${plural(c.backups, 'backup', 'backups')} made before the erasure may still hold the client.`;
    onErased(`The record of client ${client.id} was erased; its payments and receipts stay, without the name.${backupsSaid}`);
  }

  return (
    <form className="rights-panel" onSubmit={(e) => void submit(e)} aria-labelledby="erase-title" noValidate>
      <h3 id="erase-title">Erase the record</h3>
      <p>
        Erasing removes this client’s details, questionnaire answers, contraindications, sessions, retention notes, requests, photos and
        drafts for good. Payments, receipts and deposits stay for the clinic’s accounts, with the name taken off. The audit trail keeps that
        the record was erased, when, by whom and why, and nothing else about the client.
      </p>
      {c.backups > 0 ? (
        <>
          <p className="notice notice-changed">
            {`${plural(c.backups, 'backup', 'backups')} made before the erasure still ${c.backups === 1 ? 'holds' : 'hold'} this client. Restoring one would bring the record back.`}
          </p>
          <label className="rights-check">
            <input type="checkbox" checked={alsoBackups} onChange={(e) => setAlsoBackups(e.target.checked)} />{' '}
            {`Also erase the client from the ${plural(c.backups, 'backup', 'backups')}`}
          </label>
        </>
      ) : (
        <p className="muted">No backups hold this client yet.</p>
      )}
      <Field
        label="Why the record is erased"
        error={errors.reason}
        hint="Kept in the audit trail: leave the client’s name, phone and email out, e.g. “asked in writing on 3 March”."
      >
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
          I understand the erasure cannot be undone
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
          Erase the record
        </button>
        <button className="button" type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
