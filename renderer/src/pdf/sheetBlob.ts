// Makes a sheet's PDF in the app, with the fonts bundled into the code by Vite.
import { pdf } from '@react-pdf/renderer';
// Inlined as data: URLs, which react-pdf decodes itself: the desktop app loads from file://, where
// fetch() cannot read files, and nothing then depends on a request at all.
import bold from '../../../resources/fonts/AtkinsonHyperlegible-Bold.ttf?inline';
import italic from '../../../resources/fonts/AtkinsonHyperlegible-Italic.ttf?inline';
import regular from '../../../resources/fonts/AtkinsonHyperlegible-Regular.ttf?inline';
import type { AftercareSheetData } from '../../../api/contract/aftercare';
import { translate } from '../../../core/i18n/translate';
import { buildSheet } from './buildSheet';
import { registerSheetFonts } from './fonts';

export async function makeSheetPdf(data: AftercareSheetData): Promise<Uint8Array> {
  registerSheetFonts({ regular, bold, italic });
  const blob = await pdf(buildSheet(data)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** "Aftercare - Sam Okafor - 2026-11-23.pdf", in the clinic's language. */
export function sheetFileName(data: AftercareSheetData): string {
  const name = `${data.client.firstName} ${data.client.lastName}`.replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return translate(data.clinic.locale, 'aftercare.sheet.fileName', { name, date: data.session.date });
}

/** Saves the PDF through the browser's (or Electron's) download, as a file the clinic can keep or email. */
export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
