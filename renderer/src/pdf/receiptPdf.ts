// A receipt's PDF in the app, with the bundled fonts (as sheetBlob.ts does for the aftercare sheet).
import { pdf } from '@react-pdf/renderer';
import bold from '../../../resources/fonts/AtkinsonHyperlegible-Bold.ttf?inline';
import italic from '../../../resources/fonts/AtkinsonHyperlegible-Italic.ttf?inline';
import regular from '../../../resources/fonts/AtkinsonHyperlegible-Regular.ttf?inline';
import type { ReceiptRecord } from '../../../api/contract/payments';
import { buildReceipt } from './buildReceipt';
import { registerSheetFonts } from './fonts';
import { receiptTitle } from './receipt-title';

export async function makeReceiptPdf(receipt: ReceiptRecord, paper: 'A4' | 'LETTER'): Promise<Uint8Array> {
  registerSheetFonts({ regular, bold, italic });
  const blob = await pdf(buildReceipt(receipt, paper)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** "Receipt 12 - Sam Okafor.pdf" */
export function receiptFileName(receipt: ReceiptRecord): string {
  return `${receiptTitle(receipt)} - ${receipt.content.clientName.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.pdf`;
}
