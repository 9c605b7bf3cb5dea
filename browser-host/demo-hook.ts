// The hook for `--demo`. The demo-data generator lives in bench/demo.ts (written separately); until
// it exists, --demo is ignored with a note. The generator's side of the hook:
//
//   // bench/demo.ts
//   import type { DemoTarget } from '../browser-host/demo-hook';
//   export async function seedDemo(target: DemoTarget): Promise<string | void> { ... }
//
// `target.api` is the same API the renderer calls (validated, audited); `target.database` is the
// open chart for anything the API cannot do. A returned string is printed as the summary line.
// The host calls it only on a database with no clients, so demo data never mixes with real charts.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiClient } from '../api/dispatch';
import type { OpenDatabase } from '../db/open';

export interface DemoTarget {
  api: ApiClient;
  database: OpenDatabase;
}

export type DemoGenerator = (target: DemoTarget) => unknown;

const DEMO_MODULE = path.join('bench', 'demo.ts');

/** The generator exported by bench/demo.ts (seedDemo, generateDemo or default), or null if absent. */
export async function findDemoGenerator(root: string): Promise<DemoGenerator | null> {
  const file = path.join(root, DEMO_MODULE);
  if (!fs.existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const generator = [mod.seedDemo, mod.generateDemo, mod.default].find((f) => typeof f === 'function');
  if (!generator) {
    throw new Error(`${DEMO_MODULE} exists but exports no seedDemo(target) function.`);
  }
  return generator as DemoGenerator;
}

/** Runs the demo generator if there is one and the database is empty; returns a line for the log. */
export async function loadDemo(target: DemoTarget, root: string): Promise<string> {
  const generator = await findDemoGenerator(root);
  if (!generator) {
    return `--demo ignored: there is no demo-data generator yet (${DEMO_MODULE} exporting seedDemo).`;
  }
  const existing = await target.api.call('clients.search', { query: '', includeArchived: true, limit: 1 });
  if (!existing.ok) throw new Error(existing.error.message);
  if ((existing.data as { total: number }).total > 0) {
    return '--demo ignored: this database already has clients, and demo data is never mixed with real charts.';
  }
  // The generator writes on the connection directly, past the dispatcher's integrity gate.
  if (target.database.integrity.ensure() === 'damaged') throw new Error(target.database.integrity.message ?? 'The database is damaged.');
  const summary = await generator({ api: target.api, database: target.database });
  return typeof summary === 'string' && summary.trim() !== '' ? summary : 'Demo data added.';
}
