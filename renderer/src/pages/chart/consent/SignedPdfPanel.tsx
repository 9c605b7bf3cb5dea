// A signed document's stored PDF: its first page as it prints, with Print and Save as PDF. Loaded
// lazily (react-pdf and pdf.js stay out of the chart's first bundle).
import { useEffect, useState } from 'react';
import type { SignedSummary } from '../../../../../api/contract/consent';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { t } from '../../../i18n';
import { loadPrintouts } from '../../../pdf/load-printouts';
import { PdfPreview } from '../../../pdf/PdfPreview';
import { signedPdfBytes } from './signedPdf';

export default function SignedPdfPanel({ signed, paper }: { signed: SignedSummary; paper: 'A4' | 'LETTER' }) {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void signedPdfBytes(signed.id).then((r) => {
      if (cancelled) return;
      if (r.ok) setBytes(r.bytes);
      else setError(r.message);
    });
    return () => {
      cancelled = true;
    };
  }, [signed.id]);
  if (error) return <ErrorNotice message={error} />;
  if (!bytes) return <p className="muted">{t('consent.opening')}</p>;
  const fileName = `${signed.title} - ${signed.signerName} - ${signed.signedAt.slice(0, 10)}.pdf`.replace(/[\\/:*?"<>|]+/g, ' ');
  return (
    <div className="signed-pdf">
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void loadPrintouts().then((p) => p.printPdf(bytes, paper))}>
          {t('consent.pdf.print')}
        </button>
        <button type="button" className="button" onClick={() => void loadPrintouts().then((p) => p.downloadPdf(bytes, fileName))}>
          {t('consent.pdf.save')}
        </button>
      </div>
      <PdfPreview bytes={bytes} width={460} label={t('consent.pdf.label', { title: signed.title })} />
    </div>
  );
}
