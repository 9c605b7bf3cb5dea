// Builds the desktop app into out/: main (ESM, Node deps external), preload (one CommonJS file,
// because a sandboxed preload can only require 'electron'), renderer (React, from renderer/).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CHANNELS } from './api/contract';
import { withContentSecurityPolicy } from './core/csp';

const root = import.meta.dirname;

// electron-vite 6 reads `rolldownOptions` (Vite 8's name) and copies it to `rollupOptions` for the
// Vite 7 installed here, overwriting any `rollupOptions` we set. Vite 7's types do not know the
// new name, so these are spread in rather than written inline.
const preloadOutput = { rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } } };
const rendererInput = { rolldownOptions: { input: resolve(root, 'renderer/index.html') } };

/**
 * In the preload bundle, replace the API contract with just its channel names: the preload needs
 * the allowlist, not zod schemas or anything they import. Main and tests use the real contract.
 */
function channelNamesOnly(): Plugin {
  const contractIndex = resolve(root, 'api/contract/index.ts');
  const virtualId = '\0stipple-channel-names';
  return {
    name: 'stipple:channel-names-only',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === contractIndex ? virtualId : null;
    },
    load(id) {
      if (id !== virtualId) return null;
      return `export const CHANNELS = Object.freeze(${JSON.stringify(CHANNELS)});`;
    },
  };
}

/** The renderer's CSP <meta> tag (core/csp.ts), which file:// pages need: they have no headers. */
function contentSecurityPolicyMeta(): Plugin {
  return { name: 'stipple:csp-meta', transformIndexHtml: { order: 'pre', handler: withContentSecurityPolicy } };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // The API process (a utilityProcess holding the database) is built beside main as api-process.js,
      // and the long tasks' worker thread (api/tasks/worker-script.ts) as task-worker.js; lib mode
      // keeps every shared chunk in out/main too, so the worker is found beside whichever built file
      // holds the task runner.
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          'api-process': resolve(root, 'electron/api-process/index.ts'),
          'task-worker': resolve(root, 'api/tasks/worker.ts'),
          // The worker that checks a file from elsewhere under a time and memory limit (db/foreign-file.ts).
          'foreign-check': resolve(root, 'db/foreign-worker.ts'),
        },
      },
      // Dependencies stay in node_modules (better-sqlite3 is native and must never be bundled).
      externalizeDeps: { include: ['better-sqlite3', 'sharp'] },
    },
  },
  preload: {
    plugins: [channelNamesOnly()],
    build: {
      outDir: resolve(root, 'out/preload'),
      // The app's preload, and the start-up key prompt's (electron/main/key-prompt-window.ts).
      lib: { entry: { index: resolve(root, 'electron/preload/index.ts'), 'key-prompt': resolve(root, 'electron/preload/key-prompt.ts') } },
      // Bundle everything: a sandboxed preload cannot load anything from node_modules.
      externalizeDeps: false,
      ...preloadOutput,
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the app's 7 MB of script parses in
      // about half the time at every window's start.
      minify: 'esbuild',
      ...rendererInput,
    },
  },
});
