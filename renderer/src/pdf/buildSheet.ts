// Makes the sheet's document element from its data. Pure: importable under Node (tests, benchmarks)
// and in the app alike; rendering to bytes is left to the caller (renderToBuffer / pdf().toBlob()).
import { createElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { AftercareSheetData } from '../../../api/contract/aftercare';
import { AftercareSheet } from './AftercareSheet';

export function buildSheet(data: AftercareSheetData): ReactElement<DocumentProps> {
  // AftercareSheet renders a <Document>, which is what react-pdf's renderers expect at the root.
  return createElement(AftercareSheet, { data }) as unknown as ReactElement<DocumentProps>;
}
