// The receipt's document element from its record. Pure, as buildSheet: Node (tests) and the app alike.
import { createElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { ReceiptRecord } from '../../../api/contract/payments';
import { ReceiptDoc } from './ReceiptDoc';

export function buildReceipt(receipt: ReceiptRecord, paper: 'A4' | 'LETTER'): ReactElement<DocumentProps> {
  return createElement(ReceiptDoc, { receipt, paper }) as unknown as ReactElement<DocumentProps>;
}
