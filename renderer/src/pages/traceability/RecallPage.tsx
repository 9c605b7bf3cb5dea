// Traceability → Recall: a batch number → every client who received it, with the session, the zones
// and the phone; exported as CSV (formula-safe, core/csv-cell.ts) or printed as a PDF list.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { RecallRow } from '../../../../api/contract/batches';
import { ZONE_LABELS } from '../../vocabulary';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { formatDate, formatDateTime, formatPhone, getClinicLocale } from '../../format';
import { t } from '../../i18n';
import { loadPrintouts } from '../../pdf/load-printouts';
import type { RecallSheetData } from '../../pdf/RecallSheet';
import { toCsv } from '../reception/csv';
import { downloadText } from '../reception/download';

const zonesText = (r: RecallRow) => r.zones.map((z) => ZONE_LABELS[z]).join(', ');
const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');

export function RecallPage() {
  const settings = useApiQuery('settings.get', {});
  const [typed, setTyped] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [rows, setRows] = useState<RecallRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printError, setPrintError] = useState<string | null>(null);

  async function search(event: FormEvent) {
    event.preventDefault();
    const r = await call('batches.recall', { batchNumber: typed });
    if (!r.ok) {
      setError(r.error.fields?.batchNumber ?? r.error.message);
      setRows(null);
      return;
    }
    setError(null);
    setAsked(typed.trim());
    setRows(r.data);
  }

  function exportCsv() {
    if (!rows || asked === null) return;
    const csv = toCsv(
      (['lastName', 'firstName', 'phone', 'session', 'performed', 'brand', 'shade', 'batch', 'zones'] as const).map((c) =>
        t(`traceability.col.${c}`),
      ),
      rows.map((r) => [
        r.lastName,
        r.firstName,
        r.phone,
        r.sessionNumber,
        formatDate(r.performedAt),
        r.brand,
        r.shade,
        r.batchNumber,
        zonesText(r),
      ]),
    );
    downloadText(`${t('traceability.recall.file', { batch: fileSafe(asked) })}.csv`, csv, 'text/csv;charset=utf-8');
  }

  async function sheet(how: 'print' | 'save') {
    if (!rows || asked === null || !settings.data) return;
    setPrintError(null);
    const data: RecallSheetData = {
      clinicName: settings.data.clinicName,
      batchNumber: asked,
      dateText: formatDateTime(new Date()),
      paperSize: settings.data.paperSize,
      locale: getClinicLocale(),
      rows: rows.map((r) => ({
        client: `${r.lastName}, ${r.firstName}`,
        phone: formatPhone(r.phone),
        session: String(r.sessionNumber),
        performed: formatDate(r.performedAt),
        pigment: `${r.brand ?? ''} ${r.shade ?? ''}`.trim(),
        zones: zonesText(r),
      })),
    };
    try {
      const { makeRecallPdf, printPdf, downloadPdf } = await loadPrintouts();
      const bytes = await makeRecallPdf(data);
      if (how === 'print') await printPdf(bytes, data.paperSize);
      else downloadPdf(bytes, `${t('traceability.recall.file', { batch: fileSafe(asked) })}.pdf`);
    } catch {
      setPrintError(t('traceability.recall.failed'));
    }
  }

  return (
    <section aria-labelledby="recall-title">
      <h1 id="recall-title">{t('traceability.recall.title')}</h1>
      <p className="muted">
        {t('traceability.recall.intro')} <Link to="/traceability/retention">{t('traceability.retention.title')}</Link>
      </p>
      <form className="form inline-form" onSubmit={search} noValidate aria-label={t('traceability.recall.form')}>
        <Field label={t('traceability.recall.batch')} error={error ?? undefined}>
          {(p) => <input {...p} autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-primary">
          {t('traceability.recall.find')}
        </button>
      </form>
      {rows && asked !== null && (
        <>
          <p role="status">
            {rows.length === 0
              ? t('traceability.recall.none', { batch: asked })
              : t('traceability.recall.found', { count: rows.length, batch: asked })}
          </p>
          {printError && <ErrorNotice message={printError} />}
          {rows.length > 0 && (
            <>
              <div className="button-row">
                <button type="button" className="button" onClick={exportCsv}>
                  {t('traceability.recall.exportCsv')}
                </button>
                <button type="button" className="button" onClick={() => void sheet('print')}>
                  {t('traceability.recall.print')}
                </button>
                <button type="button" className="button" onClick={() => void sheet('save')}>
                  {t('traceability.recall.save')}
                </button>
              </div>
              <table className="table">
                <caption className="visually-hidden">{t('traceability.recall.caption', { batch: asked })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('traceability.col.client')}</th>
                    <th scope="col">{t('traceability.col.phone')}</th>
                    <th scope="col">{t('traceability.col.session')}</th>
                    <th scope="col">{t('traceability.col.performed')}</th>
                    <th scope="col">{t('traceability.col.pigment')}</th>
                    <th scope="col">{t('traceability.col.zones')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.sessionId}>
                      <td>
                        <Link to={`/clients/${r.clientId}`}>{`${r.lastName}, ${r.firstName}`}</Link>
                      </td>
                      <td>{formatPhone(r.phone)}</td>
                      <td>{r.sessionNumber}</td>
                      <td>{formatDate(r.performedAt)}</td>
                      <td>{`${r.brand ?? ''} ${r.shade ?? ''}`}</td>
                      <td>{zonesText(r)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
