// Search as you type while a whole-clinic export runs as a task on its worker thread (issue
// "Several people at once"): the same keystrokes timed with no export running first (the baseline),
// then over and over until the export answers, both through the API on the app's connection.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiClient } from '../api/dispatch';
import { summarise, type Timing } from './stats';
import type { Keystroke } from './workloads';

export interface SearchDuringExport {
  during: Timing;
  baseline: Timing;
  exportMs: number;
  charts: number;
}

async function search(api: ApiClient, k: Keystroke): Promise<number> {
  const start = performance.now();
  const r = await api.call('clients.search', { query: k.query, limit: 100 });
  if (!r.ok) throw new Error(`clients.search failed in the bench: ${JSON.stringify(r.error)}`);
  return performance.now() - start;
}

export async function searchDuringExport(api: ApiClient, keys: Keystroke[], dir: string): Promise<SearchDuringExport> {
  for (const k of keys.slice(0, 20)) await search(api, k); // warm up
  const baseline: number[] = [];
  for (const k of keys) baseline.push(await search(api, k));

  const folder = path.join(dir, `export-${Date.now()}`);
  const started = performance.now();
  let finished = false;
  const exporting = api
    .call('safety.export', { folder, passphrase: 'bench passphrase 1', confirmPassphrase: 'bench passphrase 1' })
    .finally(() => (finished = true));
  const during: number[] = [];
  for (let i = 0; !finished; i++) {
    during.push(await search(api, keys[i % keys.length]!));
    // Yield to the event loop like a page's requests would, so the export's answer is not held up.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const result = await exporting;
  const exportMs = performance.now() - started;
  if (!result.ok) throw new Error(`safety.export failed in the bench: ${JSON.stringify(result.error)}`);
  fs.rmSync(folder, { recursive: true, force: true });
  return { during: summarise(during), baseline: summarise(baseline), exportMs, charts: (result.data as { charts: number }).charts };
}
