// Registers the sheet's bundled fonts (resources/fonts, SIL OFL) with react-pdf. The caller passes
// where the .ttf files are: Vite asset URLs in the app, file paths under Node. Nothing is fetched
// from the network.
import { Font } from '@react-pdf/renderer';

export const SHEET_FONT = 'Atkinson Hyperlegible';

export interface SheetFontFiles {
  regular: string;
  bold: string;
  italic: string;
}

let registered = false;

export function registerSheetFonts(files: SheetFontFiles): void {
  if (registered) return;
  Font.register({
    family: SHEET_FONT,
    fonts: [
      { src: files.regular, fontWeight: 400 },
      { src: files.bold, fontWeight: 700 },
      { src: files.italic, fontWeight: 400, fontStyle: 'italic' },
    ],
  });
  // Whole words only: a client should never read "sham-poo" split across lines.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
