import type { ReceiptRecord } from '../../../api/contract/payments';
import { translate } from '../../../core/i18n/translate';
import { getClinicLocale } from '../format';

/** "Receipt 12" or "Credit note 13": a receipt's name on screen (the locale in force) and on paper (its own). */
export function receiptTitle(r: Pick<ReceiptRecord, 'kind' | 'number'>, locale: string = getClinicLocale()): string {
  return translate(locale, r.kind === 'credit_note' ? 'printouts.receipt.titleCredit' : 'printouts.receipt.title', { number: r.number });
}
