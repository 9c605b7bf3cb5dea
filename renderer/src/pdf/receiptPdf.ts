// A receipt's PDF in the app, made as the book's printouts are (bookPdfBlob.ts: the bundled fonts).
import type { ReceiptRecord } from '../../../api/contract/payments';
import { makePdf } from './bookPdfBlob';
import { buildReceipt } from './buildReceipt';
import { receiptTitle } from './receipt-title';

export function makeReceiptPdf(receipt: ReceiptRecord, paper: 'A4' | 'LETTER'): Promise<Uint8Array> {
  return makePdf(buildReceipt(receipt, paper));
}

/** "Receipt 12 - Sam Okafor.pdf" */
export function receiptFileName(receipt: ReceiptRecord): string {
  return `${receiptTitle(receipt)} - ${receipt.content.clientName.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.pdf`;
}
