import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppUrlPolicy } from './app-url';

const rendererDir = path.resolve('/opt/Stipple/resources/app.asar/out/renderer');
const index = path.join(rendererDir, 'index.html');
const indexUrl = pathToFileURL(index).href;

describe('packaged / built app (file://)', () => {
  const policy = createAppUrlPolicy({ rendererIndexFile: index });

  it('loads the built index.html', () => {
    expect(policy.appUrl).toBe(indexUrl);
  });

  it('treats the index page with any hash or query as the app', () => {
    expect(policy.isAppPage(indexUrl)).toBe(true);
    expect(policy.isAppPage(`${indexUrl}#/clients/12`)).toBe(true);
    expect(policy.isAppPage(`${indexUrl}?print=1`)).toBe(true);
  });

  it('does not treat other files, hosts or schemes as the app', () => {
    expect(policy.isAppPage(pathToFileURL(path.join(rendererDir, 'other.html')).href)).toBe(false);
    expect(policy.isAppPage(pathToFileURL(path.resolve('/etc/passwd')).href)).toBe(false);
    expect(policy.isAppPage('file://evil-host/opt/Stipple/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(policy.isAppPage('https://example.com/index.html')).toBe(false);
    expect(policy.isAppPage('not a url')).toBe(false);
    expect(policy.isAppPage('')).toBe(false);
  });

  it('allows only files inside the renderer folder and in-memory resources', () => {
    expect(policy.isAllowedRequest(pathToFileURL(path.join(rendererDir, 'assets', 'index-abc.js')).href)).toBe(true);
    expect(policy.isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(policy.isAllowedRequest('blob:file:///5f0c-1234')).toBe(true);
    expect(policy.isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('blocks the network and files outside the renderer folder', () => {
    for (const url of [
      'https://fonts.googleapis.com/css?family=Inter',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'ftp://example.com/file',
      'chrome-extension://abc/script.js',
      pathToFileURL(path.resolve('/etc/passwd')).href,
      `${pathToFileURL(rendererDir).href}-evil/x.js`,
      `${pathToFileURL(rendererDir).href}/../../secrets.txt`,
      'file://server/share/x.js',
      'garbage',
    ]) {
      expect(policy.isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('development (vite dev server)', () => {
  const policy = createAppUrlPolicy({ rendererIndexFile: index, devServerUrl: 'http://localhost:5173' });

  it('loads the dev server', () => {
    expect(policy.appUrl).toBe('http://localhost:5173/');
  });

  it('treats any page on the dev server as the app, nothing else', () => {
    expect(policy.isAppPage('http://localhost:5173/#/clients')).toBe(true);
    expect(policy.isAppPage('http://localhost:5174/')).toBe(false);
    expect(policy.isAppPage('https://localhost:5173/')).toBe(false);
    expect(policy.isAppPage(indexUrl)).toBe(false);
  });

  it('allows the dev server and its hot-reload socket, nothing else on the network', () => {
    expect(policy.isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(policy.isAllowedRequest('ws://localhost:5173/')).toBe(true);
    expect(policy.isAllowedRequest('http://127.0.0.1:5173/')).toBe(false);
    expect(policy.isAllowedRequest('https://example.com/')).toBe(false);
  });
});

describe('Windows paths', () => {
  it('matches the index page whatever the drive letter case, when told paths are case-insensitive', () => {
    const policy = createAppUrlPolicy({ rendererIndexFile: index, caseInsensitivePaths: true });
    expect(policy.isAppPage(indexUrl.toUpperCase().replace('FILE:', 'file:'))).toBe(true);
  });
});
