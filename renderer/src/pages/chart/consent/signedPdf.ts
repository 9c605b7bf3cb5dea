// Makes a signed document's PDF from what the API says it holds, and stores it (once) with the
// document: the same react-pdf pipeline as every other printout, loaded only when needed.
import { call } from '../../../api/client';
import { loadPrintouts } from '../../../pdf/load-printouts';

/** The stored PDF's bytes; made and stored first if the document has none yet. */
export async function signedPdfBytes(id: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  const view = await call('consent.document', { id });
  if (!view.ok) return { ok: false, message: view.error.message };
  if (view.data.pdfSha256 === null) {
    const { makePdf, buildSignedDocument } = await loadPrintouts();
    const bytes = await makePdf(buildSignedDocument(view.data));
    const stored = await call('consent.attachPdf', { id, pdf: toBase64(bytes) });
    if (!stored.ok) return { ok: false, message: stored.error.message };
  }
  const pdf = await call('consent.pdf', { id });
  if (!pdf.ok) return { ok: false, message: pdf.error.message };
  return { ok: true, bytes: Uint8Array.from(atob(pdf.data.base64), (c) => c.charCodeAt(0)) };
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
