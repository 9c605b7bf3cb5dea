// The bundled font files as paths, for rendering sheets under Node (tests and benchmarks).
import { fileURLToPath } from 'node:url';
import type { SheetFontFiles } from './fonts';

const font = (name: string) => fileURLToPath(new URL(`../../../resources/fonts/${name}`, import.meta.url));

export const nodeSheetFonts: SheetFontFiles = {
  regular: font('AtkinsonHyperlegible-Regular.ttf'),
  bold: font('AtkinsonHyperlegible-Bold.ttf'),
  italic: font('AtkinsonHyperlegible-Italic.ttf'),
};
