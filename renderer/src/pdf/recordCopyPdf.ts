// The copy of a client's record as PDF bytes, in the app (bookPdfBlob.ts) and under Node in tests.
import { createElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { ClientRecordCopy } from '../../../api/contract/rights';
import { makePdf } from './bookPdfBlob';
import { RecordCopy } from './RecordCopy';

export function buildRecordCopy(data: ClientRecordCopy): ReactElement<DocumentProps> {
  return createElement(RecordCopy, { data }) as unknown as ReactElement<DocumentProps>;
}

export function makeRecordCopyPdf(data: ClientRecordCopy): Promise<Uint8Array> {
  return makePdf(buildRecordCopy(data));
}
