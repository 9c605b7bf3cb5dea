// The aftercare sheet for one session: choose the template, see the sheet as it will print, then
// print it or save it as a PDF. Either one is recorded on the session with the template's version.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { aftercareSessionKindLabel } from '../../../../core/aftercare';
import type { AftercareSheetData } from '../../../../api/contract/aftercare';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { formatDate, getClinicLocale } from '../../format';
import { t } from '../../i18n';
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
        setError(
          t(how === 'print' ? 'aftercare.panel.printedNotRecorded' : 'aftercare.panel.savedNotRecorded', { message: r.error.message }),
        );
        return;
      }
      const recorded = { name: r.data.templateName, version: r.data.templateVersion };
      setDone(t(how === 'print' ? 'aftercare.panel.printedRecorded' : 'aftercare.panel.savedRecorded', recorded));
    } catch {
      setError(t('aftercare.panel.failed'));
    } finally {
      setBusy(null);
    }
  }

  const chosen = sheet.data?.template;
  return (
    <section className="sheet-panel" aria-label={t('aftercare.panel.label')}>
      <div className="sheet-panel-controls">
        <div className="field">
          <label htmlFor={selectId}>{t('aftercare.panel.template')}</label>
          <select
            id={selectId}
            value={templateId ?? ''}
            onChange={(e) => setTemplateId(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">
              {chosen && templateId === null
                ? t('aftercare.panel.forThisKindNamed', { name: chosen.name })
                : t('aftercare.panel.forThisKind')}
            </option>
            {templates.data?.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {t('aftercare.panel.option', {
                  name: tpl.name,
                  kind: aftercareSessionKindLabel(getClinicLocale(), tpl.sessionKind),
                  version: tpl.version,
                })}
              </option>
            ))}
          </select>
        </div>
        {chosen && (
          <p className="muted">
            {t('aftercare.panel.uses', { name: chosen.name, version: chosen.version, date: formatDate(sheet.data?.session.date) })}
          </p>
        )}
        <div className="form-actions">
          <button className="button button-primary" type="button" disabled={!pdf.data || busy !== null} onClick={() => void give('print')}>
            {busy === 'print' ? t('aftercare.panel.printing') : t('aftercare.panel.print')}
          </button>
          <button className="button" type="button" disabled={!pdf.data || busy !== null} onClick={() => void give('save')}>
            {busy === 'save' ? t('aftercare.panel.saving') : t('aftercare.panel.save')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('aftercare.panel.close')}
          </button>
        </div>
        {done && (
          <p className="notice" role="status">
            {done}
          </p>
        )}
        {error && <ErrorNotice message={error} />}
        {sheet.error && <ErrorNotice message={sheet.error.message} />}
        {pdf.error && <ErrorNotice message={t('aftercare.panel.pdfFailed')} />}
      </div>
      <div className="sheet-panel-preview">
        {pdf.data ? (
          <PdfPreview bytes={pdf.data} width={420} label={t('aftercare.panel.previewLabel', { date: sheet.data?.session.date ?? '' })} />
        ) : (
          !sheet.error && <p className="muted">{t('aftercare.panel.making')}</p>
        )}
      </div>
    </section>
  );
}
