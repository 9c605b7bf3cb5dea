// Vite turns `?url` imports into the URL of a bundled file (fonts, the pdf.js worker): nothing is
// fetched from outside the app.
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
