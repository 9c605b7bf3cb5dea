// The recall list as PDF bytes in the app, made as the book's printouts are (bookPdfBlob.ts).
import { createElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import { makePdf } from './bookPdfBlob';
import { RecallSheet, type RecallSheetData } from './RecallSheet';

export function buildRecallSheet(data: RecallSheetData): ReactElement<DocumentProps> {
  return createElement(RecallSheet, { data }) as unknown as ReactElement<DocumentProps>;
}

export function makeRecallPdf(data: RecallSheetData): Promise<Uint8Array> {
  return makePdf(buildRecallSheet(data));
}
