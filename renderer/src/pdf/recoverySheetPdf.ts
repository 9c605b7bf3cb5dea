// The recovery key sheet as PDF bytes: in the app with the fonts Vite inlines, under Node (tests)
// with the font files. Pure apart from the fonts; the sheet never leaves the computer unless printed.
import { createElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import { RecoverySheet, type RecoverySheetData } from './RecoverySheet';

export function buildRecoverySheet(data: RecoverySheetData): ReactElement<DocumentProps> {
  return createElement(RecoverySheet, { data }) as unknown as ReactElement<DocumentProps>;
}

export const RECOVERY_SHEET_FILE = 'Stipple recovery key.pdf';
