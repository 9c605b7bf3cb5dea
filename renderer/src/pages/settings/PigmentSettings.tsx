// Settings → Pigments: the list the session form offers, in the clinic's shade order (lighter →
// darker, which the "one step darker" suggestion follows). Owners add, rename, reorder, retire and
// bring back; a retired pigment is no longer offered, and sessions keep the names they were charted with.
import { useState, type FormEvent } from 'react';
import type { PigmentRecord } from '../../../../api/contract/pigments';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';

interface Draft {
  brand: string;
  shade: string;
  darkness: string;
}
const empty: Draft = { brand: '', shade: '', darkness: '' };

/** The typed order as the API takes it; what cannot be a number goes as it is, to be refused beside the field. */
const orderOf = (typed: string): number => (typed.trim() === '' ? 0 : Number(typed));

export function PigmentSettings() {
  const list = useApiQuery('pigments.list', { includeInactive: true });
  const offline = useOfflineRefusal('pigments.update');
  const [adding, setAdding] = useState<Draft>(empty);
  const [addErrors, setAddErrors] = useState<Record<string, string>>({});
  const [editing, setEditing] = useState<{ id: number; draft: Draft; errors: Record<string, string> } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const r = await call('pigments.add', { brand: adding.brand, shade: adding.shade, darkness: orderOf(adding.darkness) });
    if (!r.ok) {
      setAddErrors(r.error.fields ?? { shade: r.error.message });
      return;
    }
    setAddErrors({});
    setAdding(empty);
    setMessage(`${r.data.brand} ${r.data.shade} was added to the pigment list.`);
  }

  async function saveEdit(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const { draft } = editing;
    const r = await call('pigments.update', { id: editing.id, brand: draft.brand, shade: draft.shade, darkness: orderOf(draft.darkness) });
    if (!r.ok) {
      setEditing({ ...editing, errors: r.error.fields ?? { shade: r.error.message } });
      return;
    }
    setEditing(null);
    setMessage(`${r.data.brand} ${r.data.shade} was saved.`);
  }

  async function setActive(p: PigmentRecord, active: boolean) {
    setMessage(null);
    setRowError(null);
    const r = await call('pigments.update', { id: p.id, active });
    if (!r.ok) setRowError(r.error.message);
    else setMessage(active ? `${p.brand} ${p.shade} is offered again.` : `${p.brand} ${p.shade} is retired: no longer offered.`);
  }

  return (
    <section className="backup-settings" aria-labelledby="pigment-settings-title">
      <h2 id="pigment-settings-title">Pigments</h2>
      <p className="muted">
        What the session form offers, lighter to darker within each brand (the order the “one step darker” suggestion follows). Sessions
        already charted keep the names they were charted with.
      </p>
      {list.error && <ErrorNotice message={list.error.message} />}
      {rowError && <ErrorNotice message={rowError} />}
      {message && (
        <p className="notice notice-ok" role="status">
          {message}
        </p>
      )}
      <OfflineReason reason={offline} />
      {list.data && (
        <table className="table">
          <caption className="visually-hidden">The clinic’s pigments</caption>
          <thead>
            <tr>
              <th scope="col">Brand</th>
              <th scope="col">Shade</th>
              <th scope="col">Shade order</th>
              <th scope="col">Offered</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((p) =>
              editing?.id === p.id ? (
                <tr key={p.id}>
                  <td colSpan={5}>
                    <form onSubmit={saveEdit} noValidate className="form inline-form" aria-label={`Change ${p.brand} ${p.shade}`}>
                      <PigmentFields
                        draft={editing.draft}
                        errors={editing.errors}
                        onChange={(draft) => setEditing({ ...editing, draft })}
                      />
                      <div className="form-actions">
                        <button type="submit" className="button button-primary">
                          Save
                        </button>
                        <button type="button" className="button" onClick={() => setEditing(null)}>
                          Cancel
                        </button>
                      </div>
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={p.id}>
                  <td>{p.brand}</td>
                  <td>{p.shade}</td>
                  <td>{p.darkness}</td>
                  <td>{p.active ? 'Yes' : 'No (retired)'}</td>
                  <td>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null}
                        aria-label={`Change ${p.brand} ${p.shade}`}
                        onClick={() =>
                          setEditing({ id: p.id, draft: { brand: p.brand, shade: p.shade, darkness: String(p.darkness) }, errors: {} })
                        }
                      >
                        Change
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null}
                        aria-label={p.active ? `Retire ${p.brand} ${p.shade}` : `Offer ${p.brand} ${p.shade} again`}
                        onClick={() => void setActive(p, !p.active)}
                      >
                        {p.active ? 'Retire' : 'Offer again'}
                      </button>
                    </div>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <form className="form backup-form" onSubmit={add} noValidate aria-label="Add a pigment">
        <h3>Add a pigment</h3>
        <PigmentFields draft={adding} errors={addErrors} onChange={setAdding} />
        <button type="submit" className="button button-primary" disabled={offline !== null}>
          Add the pigment
        </button>
      </form>
    </section>
  );
}

function PigmentFields({ draft, errors, onChange }: { draft: Draft; errors: Record<string, string>; onChange: (d: Draft) => void }) {
  return (
    <div className="form-grid">
      <Field label="Brand" error={errors.brand}>
        {(props) => <input {...props} value={draft.brand} onChange={(e) => onChange({ ...draft, brand: e.target.value })} />}
      </Field>
      <Field label="Shade" error={errors.shade}>
        {(props) => <input {...props} value={draft.shade} onChange={(e) => onChange({ ...draft, shade: e.target.value })} />}
      </Field>
      <Field label="Shade order (0 lightest – 100 darkest)" error={errors.darkness}>
        {(props) => (
          <input {...props} inputMode="numeric" value={draft.darkness} onChange={(e) => onChange({ ...draft, darkness: e.target.value })} />
        )}
      </Field>
    </div>
  );
}
