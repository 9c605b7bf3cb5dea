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
import { t } from '../../i18n';

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
    setMessage(t('settings.pigments.added', { pigment: `${r.data.brand} ${r.data.shade}` }));
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
    setMessage(t('settings.pigments.savedOne', { pigment: `${r.data.brand} ${r.data.shade}` }));
  }

  async function setActive(p: PigmentRecord, active: boolean) {
    setMessage(null);
    setRowError(null);
    const r = await call('pigments.update', { id: p.id, active });
    if (!r.ok) setRowError(r.error.message);
    else setMessage(t(active ? 'settings.pigments.offeredAgain' : 'settings.pigments.retired', { pigment: `${p.brand} ${p.shade}` }));
  }

  return (
    <section className="backup-settings" aria-labelledby="pigment-settings-title">
      <h2 id="pigment-settings-title">{t('settings.pigments.title')}</h2>
      <p className="muted">{t('settings.pigments.intro')}</p>
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
          <caption className="visually-hidden">{t('settings.pigments.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.pigments.brand')}</th>
              <th scope="col">{t('settings.pigments.shade')}</th>
              <th scope="col">{t('settings.pigments.order')}</th>
              <th scope="col">{t('settings.pigments.offered')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.change')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((p) =>
              editing?.id === p.id ? (
                <tr key={p.id}>
                  <td colSpan={5}>
                    <form
                      onSubmit={saveEdit}
                      noValidate
                      className="form inline-form"
                      aria-label={t('settings.pigments.changeLabel', { pigment: `${p.brand} ${p.shade}` })}
                    >
                      <PigmentFields
                        draft={editing.draft}
                        errors={editing.errors}
                        onChange={(draft) => setEditing({ ...editing, draft })}
                      />
                      <div className="form-actions">
                        <button type="submit" className="button button-primary">
                          {t('settings.save')}
                        </button>
                        <button type="button" className="button" onClick={() => setEditing(null)}>
                          {t('settings.cancel')}
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
                  <td>{p.active ? t('settings.yes') : t('settings.pigments.retiredNo')}</td>
                  <td>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null}
                        aria-label={t('settings.pigments.changeLabel', { pigment: `${p.brand} ${p.shade}` })}
                        onClick={() =>
                          setEditing({ id: p.id, draft: { brand: p.brand, shade: p.shade, darkness: String(p.darkness) }, errors: {} })
                        }
                      >
                        {t('settings.change')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null}
                        aria-label={t(p.active ? 'settings.pigments.retireLabel' : 'settings.pigments.offerAgainLabel', {
                          pigment: `${p.brand} ${p.shade}`,
                        })}
                        onClick={() => void setActive(p, !p.active)}
                      >
                        {p.active ? t('settings.pigments.retire') : t('settings.pigments.offerAgain')}
                      </button>
                    </div>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <form className="form backup-form" onSubmit={add} noValidate aria-label={t('settings.pigments.addTitle')}>
        <h3>{t('settings.pigments.addTitle')}</h3>
        <PigmentFields draft={adding} errors={addErrors} onChange={setAdding} />
        <button type="submit" className="button button-primary" disabled={offline !== null}>
          {t('settings.pigments.addButton')}
        </button>
      </form>
    </section>
  );
}

function PigmentFields({ draft, errors, onChange }: { draft: Draft; errors: Record<string, string>; onChange: (d: Draft) => void }) {
  return (
    <div className="form-grid">
      <Field label={t('settings.pigments.brand')} error={errors.brand}>
        {(props) => <input {...props} value={draft.brand} onChange={(e) => onChange({ ...draft, brand: e.target.value })} />}
      </Field>
      <Field label={t('settings.pigments.shade')} error={errors.shade}>
        {(props) => <input {...props} value={draft.shade} onChange={(e) => onChange({ ...draft, shade: e.target.value })} />}
      </Field>
      <Field label={t('settings.pigments.orderField')} error={errors.darkness}>
        {(props) => (
          <input {...props} inputMode="numeric" value={draft.darkness} onChange={(e) => onChange({ ...draft, darkness: e.target.value })} />
        )}
      </Field>
    </div>
  );
}
