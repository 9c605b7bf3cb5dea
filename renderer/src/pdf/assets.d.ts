// Vite turns `?url` imports into the URL of a bundled file (the pdf.js worker) and `?inline` ones
// into data: URLs (the fonts): nothing is fetched from outside the app.
declare module '*.ttf?inline' {
  /** A data: URL of the font. */
  const dataUrl: string;
  export default dataUrl;
}
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
