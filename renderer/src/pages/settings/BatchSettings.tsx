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
import { t } from '../../i18n';

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
    <div className="notice notice-warn" role="status" aria-label={t('settings.batches.warnings')}>
      {w.data.expiring.length > 0 && (
        <>
          <p>
            <strong>{t('settings.batches.expiring', { days: w.data.withinDays })}</strong>
          </p>
          <ul>
            {w.data.expiring.map((b) => (
              <li key={b.id}>
                {t('settings.batches.expiringItem', {
                  pigment: `${b.brand} ${b.shade}`,
                  batch: b.batchNumber,
                  date: formatDate(b.expiresOn),
                  inStock: b.inStock,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {w.data.runningOut.length > 0 && (
        <>
          <p>
            <strong>{t('settings.batches.runningOut')}</strong>
          </p>
          <ul>
            {w.data.runningOut.map((p) => (
              <li key={p.pigmentId}>
                {p.inStock === 0
                  ? t('settings.batches.noneLeft', { pigment: `${p.brand} ${p.shade}` })
                  : t('settings.batches.bottlesLeft', { pigment: `${p.brand} ${p.shade}`, count: p.inStock })}
              </li>
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
    setMessage(t('settings.batches.added', { batch: r.data.batchNumber, pigment: `${r.data.brand} ${r.data.shade}` }));
  }

  async function restock(b: BatchRecord, by: number) {
    setMessage(null);
    setRowError(null);
    const r = await call('batches.update', { id: b.id, expectedVersion: b.version, inStock: Math.max(0, b.inStock + by) });
    if (!r.ok) setRowError(r.error.fields?.inStock ?? r.error.message);
    else setMessage(t('settings.batches.restocked', { batch: r.data.batchNumber, inStock: r.data.inStock }));
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
      <h2 id="batch-settings-title">{t('settings.batches.title')}</h2>
      <p className="muted">{t('settings.batches.intro')}</p>
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
          <caption className="visually-hidden">{t('settings.batches.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.batches.pigment')}</th>
              <th scope="col">{t('settings.batches.batch')}</th>
              <th scope="col">{t('settings.batches.expires')}</th>
              <th scope="col">{t('settings.batches.opened')}</th>
              <th scope="col">{t('settings.batches.inStock')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.batches.changeStock')}</span>
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
                      aria-label={t('settings.batches.fewerLabel', { batch: b.batchNumber })}
                      disabled={b.inStock === 0 || offline !== null}
                      onClick={() => void restock(b, -1)}
                    >
                      {t('settings.batches.fewer')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('settings.batches.moreLabel', { batch: b.batchNumber })}
                      disabled={offline !== null}
                      onClick={() => void restock(b, 1)}
                    >
                      {t('settings.batches.more')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="form backup-form" onSubmit={add} noValidate aria-label={t('settings.batches.addTitle')}>
        <h3>{t('settings.batches.addTitle')}</h3>
        <div className="form-grid">
          <Field label={t('settings.batches.pigment')} error={errors.pigmentId}>
            {(props) => (
              <select {...props} {...text('pigmentId')}>
                <option value="">{t('settings.batches.choosePigment')}</option>
                {(pigments.data ?? []).map((p) => (
                  <option key={p.id} value={String(p.id)}>{`${p.brand} — ${p.shade}`}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settings.batches.batchNumber')} error={errors.batchNumber}>
            {(props) => <input {...props} autoComplete="off" {...text('batchNumber')} />}
          </Field>
          <DateField label={t('settings.batches.expiryDate')} required {...day('expiresOn')} error={errors.expiresOn} />
          <DateField label={t('settings.batches.openedOn')} {...day('openedOn')} error={errors.openedOn} />
          <Field label={t('settings.batches.bottles')} error={errors.inStock}>
            {(props) => <input {...props} inputMode="numeric" {...text('inStock')} />}
          </Field>
        </div>
        <button type="submit" className="button button-primary" disabled={offline !== null}>
          {t('settings.batches.addButton')}
        </button>
      </form>
    </section>
  );
}
