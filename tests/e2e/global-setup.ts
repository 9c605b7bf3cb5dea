// Runs once before the e2e suite: fails the whole run at once when there is no browser to drive
// (never a quiet skip), and builds the renderer when out/renderer is missing or older than its
// sources, so scenarios always drive the code as it is now.
import { buildRenderer, rendererBuildReason } from '../../browser-host/build-renderer';
import { findChromium } from './harness';

export default function setup(): void {
  findChromium();
  const reason = rendererBuildReason();
  if (!reason) return;
  console.error(`[e2e] building the renderer (${reason === 'missing' ? 'not built yet' : 'its sources changed'})…`);
  buildRenderer();
}
