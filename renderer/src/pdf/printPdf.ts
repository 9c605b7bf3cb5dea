// Prints a PDF through the system print dialog, in Electron and in the browser alike: each page is
// drawn by pdf.js at print resolution into an image in a print-only layer, then window.print().
// (Printing a blob: PDF in an iframe needs Chromium's PDF plugin, which an Electron window lacks.)
import { withBundledWorker } from './pdfjs';
import './print.css';

const PRINT_SCALE = 3; // 72 dpi × 3 = 216 dpi: sharp text on paper, quick to draw

export async function printPdf(bytes: Uint8Array, paper: 'A4' | 'LETTER'): Promise<void> {
  const task = withBundledWorker().getDocument({ data: bytes.slice() });
  const doc = await task.promise;
  const layer = document.createElement('div');
  layer.className = 'print-layer';
  const style = document.createElement('style');
  style.textContent = `@page { size: ${paper === 'LETTER' ? 'letter' : 'A4'}; margin: 0; }`;
  const urls: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas'))), 'image/png'),
      );
      const img = document.createElement('img');
      img.alt = `Page ${n}`;
      img.src = URL.createObjectURL(blob);
      urls.push(img.src);
      await img.decode();
      layer.append(img);
    }
    document.head.append(style);
    document.body.append(layer);
    document.body.classList.add('printing');
    window.print(); // blocks until the dialog closes in Chromium and Electron
  } finally {
    document.body.classList.remove('printing');
    layer.remove();
    style.remove();
    for (const url of urls) URL.revokeObjectURL(url);
    void task.destroy();
  }
}
