// Shows the first page of a PDF with react-pdf, exactly as it will print.
import { useMemo } from 'react';
import { Document, Page } from 'react-pdf';
import { t } from '../i18n';
import { withBundledWorker } from './pdfjs';

export function PdfPreview({
  bytes,
  width,
  label,
  onPages,
}: {
  bytes: Uint8Array;
  width: number;
  label: string;
  onPages?: (n: number) => void;
}) {
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller can still print or save.
  // Effects, not Suspense: a suspended first render would drop this memo and reload without end.
  const file = useMemo(() => ({ data: bytes.slice() }), [bytes]);
  withBundledWorker();
  return (
    <div className="pdf-preview" role="img" aria-label={label}>
      <Document
        suspense={false}
        file={file}
        onLoadSuccess={(pdf) => onPages?.(pdf.numPages)}
        loading={<p className="muted">{t('rights.preview.drawing')}</p>}
        error={<p className="field-error">{t('rights.preview.failed')}</p>}
      >
        <Page suspense={false} pageNumber={1} width={width} renderTextLayer={false} renderAnnotationLayer={false} />
      </Document>
    </div>
  );
}
