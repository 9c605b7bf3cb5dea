import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, withContentSecurityPolicy } from './csp';

const INDEX_HTML = path.join(import.meta.dirname, '..', 'renderer', 'index.html');

describe('the Content-Security-Policy', () => {
  it('allows only the app itself, WebAssembly for the PDF engine, and no framing, plugins or forms', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual([
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
    ]);
  });

  it('goes into renderer/index.html as a <meta> tag before anything it governs', () => {
    const html = withContentSecurityPolicy(fs.readFileSync(INDEX_HTML, 'utf8'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META);
    expect(CONTENT_SECURITY_POLICY_META).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(meta!.index).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<meta charset')).toBeLessThan(meta!.index);
  });

  it('refuses to build a page that has lost its place for the policy', () => {
    expect(() => withContentSecurityPolicy('<!doctype html><head></head>')).toThrow(/content-security-policy/);
  });
});
