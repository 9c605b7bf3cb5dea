// pdf.js for the in-app preview and printing, with its worker bundled locally (never a CDN).
import { pdfjs } from 'react-pdf';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * Points pdf.js at the bundled worker. Called again before each use: react-pdf's own entry sets its
 * default (a worker file beside the page, which is not there) when its chunk is evaluated, and with
 * the printouts split into chunks that can happen after this module ran; pdf.js then falls back to a
 * "fake worker" that never draws.
 */
export function withBundledWorker(): typeof pdfjs {
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
}

withBundledWorker();

export { pdfjs };
