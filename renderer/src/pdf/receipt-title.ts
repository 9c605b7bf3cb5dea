import type { ReceiptRecord } from '../../../api/contract/payments';

/** "Receipt 12" or "Credit note 13": a receipt's name on screen and on paper. */
export function receiptTitle(r: Pick<ReceiptRecord, 'kind' | 'number'>): string {
  return `${r.kind === 'credit_note' ? 'Credit note' : 'Receipt'} ${r.number}`;
}
