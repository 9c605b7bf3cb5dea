// Renders a sheet to PDF bytes under Node, with the bundled fonts.
import { renderToBuffer } from '@react-pdf/renderer';
import type { AftercareSheetData } from '../../../api/contract/aftercare';
import { buildSheet } from './buildSheet';
import { registerSheetFonts } from './fonts';
import { nodeSheetFonts } from './nodeFontFiles';

export async function renderSheetToBuffer(data: AftercareSheetData): Promise<Buffer> {
  registerSheetFonts(nodeSheetFonts);
  return renderToBuffer(buildSheet(data));
}
