// The aftercare sheet for one session: choose the template, see the sheet as it will print, then
// print it or save it as a PDF. Either one is recorded on the session with the template's version.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { AFTERCARE_SESSION_KIND_LABELS } from '../../../../core/aftercare';
import type { AftercareSheetData } from '../../../../api/contract/aftercare';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { formatDate } from '../../format';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PdfPreview } from '../../pdf/PdfPreview';
import { printPdf } from '../../pdf/printPdf';
import { downloadPdf, makeSheetPdf, sheetFileName } from '../../pdf/sheetBlob';

interface Props {
  sessionId: number;
  onClose: () => void;
}

export default function AftercareSheetPanel({ sessionId, onClose }: Props) {
  const selectId = useId();
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [busy, setBusy] = useState<'print' | 'save' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const templates = useApiQuery('aftercare.templates.list', {});
  const sheet = useApiQuery('aftercare.sheet', { sessionId, templateId });
  // Not an API call: the PDF is drawn here from the sheet's data, and redrawn when that changes.
  const pdf = useQuery({
    queryKey: ['aftercare.sheet.pdf', sheet.data],
    queryFn: () => makeSheetPdf(sheet.data as AftercareSheetData),
    enabled: sheet.data !== undefined,
    staleTime: Infinity,
  });
  useEffect(() => setDone(null), [templateId]);

  async function give(how: 'print' | 'save') {
    if (!sheet.data || !pdf.data) return;
    setBusy(how);
    setError(null);
    setDone(null);
    try {
      if (how === 'print') await printPdf(pdf.data, sheet.data.clinic.paperSize);
      else downloadPdf(pdf.data, sheetFileName(sheet.data));
      const r = await call('aftercare.prints.record', { sessionId, templateId: sheet.data.template.id });
      if (!r.ok) {
        setError(`The sheet was ${how === 'print' ? 'sent to the printer' : 'saved'}, but it could not be recorded: ${r.error.message}`);
        return;
      }
      setDone(
        `${how === 'print' ? 'Printed' : 'Saved'} and recorded on the session (${r.data.templateName}, version ${r.data.templateVersion}).`,
      );
    } catch {
      setError('The sheet could not be printed or saved. Nothing was recorded; try again.');
    } finally {
      setBusy(null);
    }
  }

  const chosen = sheet.data?.template;
  return (
    <section className="sheet-panel" aria-label="Aftercare sheet">
      <div className="sheet-panel-controls">
        <div className="field">
          <label htmlFor={selectId}>Template</label>
          <select
            id={selectId}
            value={templateId ?? ''}
            onChange={(e) => setTemplateId(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">The one for this kind of session{chosen && templateId === null ? ` (${chosen.name})` : ''}</option>
            {templates.data?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} — {AFTERCARE_SESSION_KIND_LABELS[t.sessionKind]}, version {t.version}
              </option>
            ))}
          </select>
        </div>
        {chosen && (
          <p className="muted">
            Uses “{chosen.name}”, version {chosen.version}. Dates count from the session on {formatDate(sheet.data?.session.date)}.
          </p>
        )}
        <div className="form-actions">
          <button className="button button-primary" type="button" disabled={!pdf.data || busy !== null} onClick={() => void give('print')}>
            {busy === 'print' ? 'Printing…' : 'Print'}
          </button>
          <button className="button" type="button" disabled={!pdf.data || busy !== null} onClick={() => void give('save')}>
            {busy === 'save' ? 'Saving…' : 'Save as PDF'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Close
          </button>
        </div>
        {done && (
          <p className="notice" role="status">
            {done}
          </p>
        )}
        {error && <ErrorNotice message={error} />}
        {sheet.error && <ErrorNotice message={sheet.error.message} />}
        {pdf.error && <ErrorNotice message="The sheet could not be made. Check the clinic logo under Settings, then try again." />}
      </div>
      <div className="sheet-panel-preview">
        {pdf.data ? (
          <PdfPreview bytes={pdf.data} width={420} label={`Aftercare sheet preview for session on ${sheet.data?.session.date ?? ''}`} />
        ) : (
          !sheet.error && <p className="muted">Making the sheet…</p>
        )}
      </div>
    </section>
  );
}
