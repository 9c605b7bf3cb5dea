// Makes the recovery key sheet's PDF in the app, with the bundled fonts (as sheetBlob.ts does).
import { pdf } from '@react-pdf/renderer';
import bold from '../../../resources/fonts/AtkinsonHyperlegible-Bold.ttf?inline';
import italic from '../../../resources/fonts/AtkinsonHyperlegible-Italic.ttf?inline';
import regular from '../../../resources/fonts/AtkinsonHyperlegible-Regular.ttf?inline';
import { registerSheetFonts } from './fonts';
import { buildRecoverySheet } from './recoverySheetPdf';
import type { RecoverySheetData } from './RecoverySheet';

export async function makeRecoverySheetPdf(data: RecoverySheetData): Promise<Uint8Array> {
  registerSheetFonts({ regular, bold, italic });
  const blob = await pdf(buildRecoverySheet(data)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
