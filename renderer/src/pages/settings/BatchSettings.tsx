// Settings → Pigment batches: each bottle batch in stock (batch number, expiry, opened, bottles left),
// with warnings of batches expiring within 60 days and of shades running out. The session form picks
// from this stock; a batch typed there that is not in stock is added here.
import { useState, type FormEvent } from 'react';
import type { BatchRecord } from '../../../../api/contract/batches';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { DateField } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import { formatCount, formatDate } from '../../format';

interface Draft {
  pigmentId: string;
  batchNumber: string;
  expiresOn: string;
  openedOn: string;
  inStock: string;
}
const empty: Draft = { pigmentId: '', batchNumber: '', expiresOn: '', openedOn: '', inStock: '1' };

function Warnings() {
  const w = useApiQuery('batches.warnings', {});
  if (!w.data || (w.data.expiring.length === 0 && w.data.runningOut.length === 0)) return null;
  return (
    <div className="notice notice-warn" role="status" aria-label="Stock warnings">
      {w.data.expiring.length > 0 && (
        <>
          <p>
            <strong>Expiring within {w.data.withinDays} days:</strong>
          </p>
          <ul>
            {w.data.expiring.map((b) => (
              <li
                key={b.id}
              >{`${b.brand} ${b.shade}, batch ${b.batchNumber}: expires ${formatDate(b.expiresOn)} (${b.inStock} in stock)`}</li>
            ))}
          </ul>
        </>
      )}
      {w.data.runningOut.length > 0 && (
        <>
          <p>
            <strong>Running out:</strong>
          </p>
          <ul>
            {w.data.runningOut.map((p) => (
              <li key={p.pigmentId}>{`${p.brand} ${p.shade}: ${p.inStock === 0 ? 'none left' : `${p.inStock} bottle left`}`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function BatchSettings() {
  const pigments = useApiQuery('pigments.list', {});
  const batches = useApiQuery('batches.list', { includeEmpty: true });
  const offline = useOfflineRefusal('batches.add');
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const r = await call('batches.add', {
      pigmentId: Number(draft.pigmentId) || 0,
      batchNumber: draft.batchNumber,
      expiresOn: draft.expiresOn,
      openedOn: draft.openedOn === '' ? null : draft.openedOn,
      inStock: draft.inStock.trim() === '' ? 0 : Number(draft.inStock),
    });
    if (!r.ok) {
      setErrors(r.error.fields ?? { batchNumber: r.error.message });
      return;
    }
    setErrors({});
    setDraft(empty);
    setMessage(`Batch ${r.data.batchNumber} of ${r.data.brand} ${r.data.shade} was added to stock.`);
  }

  async function restock(b: BatchRecord, by: number) {
    setMessage(null);
    setRowError(null);
    const r = await call('batches.update', { id: b.id, expectedVersion: b.version, inStock: Math.max(0, b.inStock + by) });
    if (!r.ok) setRowError(r.error.fields?.inStock ?? r.error.message);
    else setMessage(`Batch ${r.data.batchNumber}: ${r.data.inStock} in stock.`);
  }

  const text = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });

  const day = (key: 'expiresOn' | 'openedOn') => ({
    value: draft[key],
    onChange: (v: string) => setDraft((d) => ({ ...d, [key]: v })),
  });

  return (
    <section className="backup-settings" aria-labelledby="batch-settings-title">
      <h2 id="batch-settings-title">Pigment batches</h2>
      <p className="muted">
        Each bottle batch in stock: the session form offers these for its pigment and refuses a batch after its expiry date (it may be used
        on that day). Recall a batch under Traceability.
      </p>
      <Warnings />
      <OfflineReason reason={offline} />
      {batches.error && <ErrorNotice message={batches.error.message} />}
      {rowError && <ErrorNotice message={rowError} />}
      {message && (
        <p className="notice notice-ok" role="status">
          {message}
        </p>
      )}
      {batches.data && batches.data.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Pigment batches in stock</caption>
          <thead>
            <tr>
              <th scope="col">Pigment</th>
              <th scope="col">Batch</th>
              <th scope="col">Expires</th>
              <th scope="col">Opened</th>
              <th scope="col">In stock</th>
              <th scope="col">
                <span className="visually-hidden">Change the stock</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {batches.data.map((b) => (
              <tr key={b.id}>
                <td>{`${b.brand} ${b.shade}`}</td>
                <td>{b.batchNumber}</td>
                <td>{formatDate(b.expiresOn)}</td>
                <td>{b.openedOn ? formatDate(b.openedOn) : '—'}</td>
                <td>{formatCount(b.inStock)}</td>
                <td>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button"
                      aria-label={`One bottle fewer of batch ${b.batchNumber}`}
                      disabled={b.inStock === 0 || offline !== null}
                      onClick={() => void restock(b, -1)}
                    >
                      One fewer
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={`One bottle more of batch ${b.batchNumber}`}
                      disabled={offline !== null}
                      onClick={() => void restock(b, 1)}
                    >
                      One more
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="form backup-form" onSubmit={add} noValidate aria-label="Add a batch">
        <h3>Add a batch</h3>
        <div className="form-grid">
          <Field label="Pigment" error={errors.pigmentId}>
            {(props) => (
              <select {...props} {...text('pigmentId')}>
                <option value="">Choose a pigment…</option>
                {(pigments.data ?? []).map((p) => (
                  <option key={p.id} value={String(p.id)}>{`${p.brand} — ${p.shade}`}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Batch / lot number" error={errors.batchNumber}>
            {(props) => <input {...props} autoComplete="off" {...text('batchNumber')} />}
          </Field>
          <DateField label="Expiry date" required {...day('expiresOn')} error={errors.expiresOn} />
          <DateField label="Opened on (if opened)" {...day('openedOn')} error={errors.openedOn} />
          <Field label="Bottles in stock" error={errors.inStock}>
            {(props) => <input {...props} inputMode="numeric" {...text('inStock')} />}
          </Field>
        </div>
        <button type="submit" className="button button-primary" disabled={offline !== null}>
          Add the batch
        </button>
      </form>
    </section>
  );
}
