// Run in a fresh process by the bench: opens a chart database cold and reports, as one JSON line,
// how long it took to be ready. `app` = openDatabase as the app opens it (pragmas, migrations check,
// quick_check deferred) + createApi (default seeders) + the first answer the app's first screen needs
// (auth.status) = `ready`; then the deferred quick_check the app runs a second later or before the
// first write (`checkMs`), then the first search and chart, timed apart. `raw` = a bare better-sqlite3
// open with the same pragmas and one query, then a separately timed PRAGMA quick_check.
// With --workload the app process then runs the whole bench's kind of traffic and reports its memory.
// The bench runs it bundled into one .mjs with plain node, as the app's main process is bundled: no
// TypeScript loader in the timings or the memory.
import Database from 'better-sqlite3';
import { openKeyed } from '../db/cipher';
import { resolveDatabaseKey } from '../db/key-file';
import { createApi } from '../api/dispatch';
import { openDatabase } from '../db/open';
import { signInDemoOwner } from './demo';

const [mode, file, migrationsFolder, flag] = process.argv.slice(2);
const started = performance.now();

if (mode === 'raw' || mode === 'raw-plain') {
  // 'raw': the encrypted file with its key from the key file beside it; 'raw-plain': its plain copy.
  const sqlite =
    mode === 'raw' ? openKeyed(file!, resolveDatabaseKey({ databaseFile: file!, env: {}, create: false }).key) : new Database(file);
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.prepare('SELECT id, first_name, last_name FROM clients ORDER BY last_name COLLATE NOCASE LIMIT 100').all();
  const readyMs = performance.now(); // since the process started: Node itself, modules, open, first answer
  const openMs = readyMs - started;
  const q = performance.now();
  sqlite.pragma('quick_check');
  const quickCheckMs = performance.now() - q;
  sqlite.close();
  process.stdout.write(`${JSON.stringify({ readyMs, openMs, quickCheckMs })}\n`);
} else {
  // The key as the browser host and the command line read it: from the key file beside the database.
  const { key } = resolveDatabaseKey({ databaseFile: file!, env: {}, create: false });
  const open = await openDatabase(file!, { migrationsFolder: migrationsFolder!, key, deferIntegrityCheck: true });
  const api = createApi(open).client();
  const status = await api.call('auth.status', {});
  if (!status.ok) throw new Error('the API did not answer');
  const readyMs = performance.now(); // since the process started: Node itself, modules, open, first answer
  const openMs = readyMs - started;
  const c = performance.now();
  if (open.integrity.ensure() !== 'ok') throw new Error('the database is damaged');
  const checkMs = performance.now() - c;
  await signInDemoOwner(api, open.sqlite); // a person's PIN (scrypt), not part of starting up
  const firstAt = performance.now();
  const first = await api.call('clients.search', { query: '', limit: 100 });
  const chart = await api.call('clients.chart', { id: 1 });
  if (!first.ok || !chart.ok) throw new Error('the API did not answer');
  const result: Record<string, number> = { readyMs, openMs, checkMs, firstListAndChartMs: performance.now() - firstAt };
  if (flag === '--workload') Object.assign(result, await workload(api));
  open.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Traffic like the whole bench's, then the process's memory. */
async function workload(api: ReturnType<ReturnType<typeof createApi>['client']>): Promise<Record<string, number>> {
  const total = ((await api.call('clients.search', { query: '', limit: 1 })) as { ok: true; data: { total: number } }).data.total;
  const words = ['s', 'sm', 'smi', 'j', 'ja', 'jam', 'o', 'ok', 'pa', 'pat', '0', '07', '071', '0712', '07123'];
  for (let round = 0; round < 20; round++) {
    for (const query of words) await api.call('clients.search', { query, limit: 100, offset: round * 5 });
  }
  for (let i = 0; i < 1000; i++) await api.call('clients.chart', { id: 1 + ((i * 7919) % total) });
  for (let i = 0; i < 5; i++) await api.call('reception.board', {});
  global.gc?.();
  const usage = process.memoryUsage();
  return {
    rssMb: usage.rss / 1048576,
    heapUsedMb: usage.heapUsed / 1048576,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
