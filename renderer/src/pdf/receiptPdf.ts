// A receipt's PDF in the app, made as the book's printouts are (bookPdfBlob.ts: the bundled fonts).
import type { ReceiptRecord } from '../../../api/contract/payments';
import { makePdf } from './bookPdfBlob';
import { buildReceipt } from './buildReceipt';
import { receiptTitle } from './receipt-title';
import { translate } from '../../../core/i18n/translate';

export function makeReceiptPdf(receipt: ReceiptRecord, paper: 'A4' | 'LETTER'): Promise<Uint8Array> {
  return makePdf(buildReceipt(receipt, paper));
}

/** "Receipt 12 - Sam Okafor.pdf" */
export function receiptFileName(receipt: ReceiptRecord): string {
  const locale = receipt.content.locale;
  const client = receipt.content.clientName.replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return translate(locale, 'printouts.receipt.file', { title: receiptTitle(receipt, locale), client });
}
