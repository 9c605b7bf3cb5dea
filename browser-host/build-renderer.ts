// Building the renderer when the browser host (or the e2e suite) needs it: when out/renderer is
// missing, or older than anything the renderer bundle is made from.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_OUT_DIR = path.join(REPO_ROOT, 'out', 'renderer');
export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'db', 'migrations');

/** What the renderer bundle is built from (it imports core/ and the API contract types). */
const SOURCES = ['renderer', 'core', 'api/contract', 'api/result.ts', 'resources', 'electron.vite.config.ts'];
const IGNORED = new Set(['node_modules', '.git', 'out']);

export type BuildReason = 'missing' | 'stale' | null;

/** Why the renderer needs building, or null when out/renderer/index.html is newer than every source. */
export function rendererBuildReason(root = REPO_ROOT): BuildReason {
  const index = path.join(root, 'out', 'renderer', 'index.html');
  let builtAt: number;
  try {
    builtAt = fs.statSync(index).mtimeMs;
  } catch {
    return 'missing';
  }
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  return newest > builtAt ? 'stale' : null;
}

function newestMtime(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's time
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (IGNORED.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/**
 * Runs `electron-vite build` (main, preload and renderer) with its output on stderr, so a caller's
 * stdout stays clean. Uses the local binary through this Node, so it needs no shell or npx.
 * Throws with a plain message when the build fails.
 */
export function buildRenderer(root = REPO_ROOT): void {
  const bin = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if (!fs.existsSync(bin)) {
    throw new Error('electron-vite is not installed: run `npm install` first.');
  }
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.error) throw new Error(`Could not run electron-vite: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`Building the renderer failed (electron-vite exited with ${result.status ?? result.signal}); see the output above.`);
  }
  if (!fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) {
    throw new Error('electron-vite finished but out/renderer/index.html is missing.');
  }
}

/** Builds only when needed; returns what it did, for a log line. */
export function ensureRendererBuilt(root = REPO_ROOT): BuildReason {
  const reason = rendererBuildReason(root);
  if (reason) buildRenderer(root);
  return reason;
}
