// The one Content-Security-Policy of Stipple's pages. The Electron window sends it as a response
// header (electron/main/harden.ts), the browser host with every HTML page (browser-host/security.ts),
// and the renderer build writes it into index.html as a <meta> tag (electron.vite.config.ts), which
// covers file:// pages, for which Chromium has no response headers.
//
// 'wasm-unsafe-eval' (WebAssembly only, never JS eval) and data: in connect-src let react-pdf's
// layout engine load its bundled wasm, which it reads from a data: URL: nothing leaves the machine.
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
] as const;

/** As a response header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** As a <meta> tag: the same, less frame-ancestors, which browsers ignore (and warn about) there. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Where renderer/index.html takes the tag: before any script or style, so it governs them all. */
export const CSP_META_PLACEHOLDER = '<!-- stipple:content-security-policy -->';

/** The page with the policy's <meta> tag in place of the placeholder (the renderer build runs this). */
export function withContentSecurityPolicy(html: string): string {
  if (!html.includes(CSP_META_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_META_PLACEHOLDER} for the CSP.`);
  return html.replace(CSP_META_PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`);
}
