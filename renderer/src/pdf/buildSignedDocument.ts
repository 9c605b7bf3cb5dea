// A signed document's element from its data. Pure, as buildSheet: Node (tests) and the app alike.
import { createElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { SignedDocumentView } from '../../../api/contract/consent';
import { SignedDocumentSheet } from './SignedDocumentSheet';

export function buildSignedDocument(data: SignedDocumentView): ReactElement<DocumentProps> {
  return createElement(SignedDocumentSheet, { data }) as unknown as ReactElement<DocumentProps>;
}

/** "Treatment consent - Sam Okafor - 2026-11-21.pdf" */
export function signedFileName(d: Pick<SignedDocumentView, 'document' | 'signerName' | 'signedAt'>): string {
  const name = d.signerName.replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return `${d.document.title.replace(/[\\/:*?"<>|]+/g, ' ')} - ${name} - ${d.signedAt.slice(0, 10)}.pdf`;
}
