// Makes the book's PDFs in the app, with the fonts Vite inlines (as sheetBlob.ts does for the sheet).
import { pdf, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import bold from '../../../resources/fonts/AtkinsonHyperlegible-Bold.ttf?inline';
import italic from '../../../resources/fonts/AtkinsonHyperlegible-Italic.ttf?inline';
import regular from '../../../resources/fonts/AtkinsonHyperlegible-Regular.ttf?inline';
import { registerSheetFonts } from './fonts';

export async function makePdf(doc: ReactElement<DocumentProps>): Promise<Uint8Array> {
  registerSheetFonts({ regular, bold, italic });
  const blob = await pdf(doc).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
