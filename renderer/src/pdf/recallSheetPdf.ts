// The recall list as PDF bytes in the app, with the fonts Vite inlines (as the aftercare sheet).
import { createElement, type ReactElement } from 'react';
import { pdf, type DocumentProps } from '@react-pdf/renderer';
import bold from '../../../resources/fonts/AtkinsonHyperlegible-Bold.ttf?inline';
import italic from '../../../resources/fonts/AtkinsonHyperlegible-Italic.ttf?inline';
import regular from '../../../resources/fonts/AtkinsonHyperlegible-Regular.ttf?inline';
import { registerSheetFonts } from './fonts';
import { RecallSheet, type RecallSheetData } from './RecallSheet';

export function buildRecallSheet(data: RecallSheetData): ReactElement<DocumentProps> {
  return createElement(RecallSheet, { data }) as unknown as ReactElement<DocumentProps>;
}

export async function makeRecallPdf(data: RecallSheetData): Promise<Uint8Array> {
  registerSheetFonts({ regular, bold, italic });
  const blob = await pdf(buildRecallSheet(data)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
