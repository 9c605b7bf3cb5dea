// Shows the first page of a PDF with react-pdf, exactly as it will print.
import { useMemo } from 'react';
import { Document, Page } from 'react-pdf';
import './pdfjs';

export function PdfPreview({ bytes, width, label }: { bytes: Uint8Array; width: number; label: string }) {
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller can still print or save.
  const file = useMemo(() => ({ data: bytes.slice() }), [bytes]);
  return (
    <div className="pdf-preview" role="img" aria-label={label}>
      <Document file={file} loading={<p className="muted">Drawing the sheet…</p>} error={<p className="field-error">The preview could not be drawn.</p>}>
        <Page pageNumber={1} width={width} renderTextLayer={false} renderAnnotationLayer={false} />
      </Document>
    </div>
  );
}
