// The editor's live preview: the real PDF of the template being edited, redrawn shortly after typing
// stops (making a sheet takes tens of milliseconds; doing it on every key would make typing stutter).
import { useEffect, useState } from 'react';
import type { AftercareSheetData } from '../../../../api/contract/aftercare';
import { PdfPreview } from '../../pdf/PdfPreview';
import { makeSheetPdf } from '../../pdf/sheetBlob';
import { t } from '../../i18n';

export default function TemplatePreview({ sheet }: { sheet: AftercareSheetData }) {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState('');
  const [pages, setPages] = useState(1);
  const json = JSON.stringify(sheet);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      makeSheetPdf(JSON.parse(json) as AftercareSheetData).then(
        (b) => {
          if (cancelled) return;
          setBytes(b);
          setFailed(false);
          setDrawn(json);
        },
        () => !cancelled && setFailed(true),
      );
    }, 350);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [json]);

  return (
    <div className="template-preview" data-up-to-date={drawn === json ? 'true' : 'false'}>
      {failed && <p className="field-error">{t('aftercare.preview.failed')}</p>}
      {pages > 1 && (
        <p className="notice notice-error" role="alert">
          {t('aftercare.preview.pages', { pages })}
        </p>
      )}
      {bytes ? (
        <PdfPreview bytes={bytes} width={420} label={t('aftercare.preview.label')} onPages={setPages} />
      ) : (
        <p className="muted">{t('aftercare.preview.drawing')}</p>
      )}
    </div>
  );
}
