// Time to fetch one page (100 rows) of the client list at 50,000 clients, for each sort column,
// with and without a search word. The list pages through this channel as the user scrolls.
// Target (issue 3): a page in under 150 ms in every order, so scrolling and re-sorting stay smooth.
import { fileURLToPath } from 'node:url';
import { listClients } from '../db/queries/client-list';
import { openTestDatabase } from '../db/testing';
import { CLIENT_LIST_SORTS } from '../core/client-list';
import { generateDemoClinic } from './demo-clinic';
import { summarise, type Timing } from './stats';

export const clientListBench = {
  name: 'client list page at 50,000 clients',
  targets: { pageMs: 150 },
  async run(clients = 50_000, repeats = 7): Promise<Record<string, Timing>> {
    const db = await openTestDatabase();
    try {
      generateDemoClinic(db.sqlite, { clients });
      db.sqlite.pragma('optimize');
      const out: Record<string, Timing> = {};
      for (const query of ['', 'ma']) {
        for (const sort of CLIENT_LIST_SORTS) {
          for (const descending of [false, true]) {
            const times: number[] = [];
            for (let i = 0; i < repeats; i++) {
              const start = performance.now();
              listClients(db.sqlite, { query, sort, descending, limit: 100, offset: i * 1000, secondSessionMinDays: 7, laterSessionMinDays: 21 });
              times.push(performance.now() - start);
            }
            out[`${sort}${descending ? ' desc' : ''}${query ? ` "${query}"` : ''}`] = summarise(times);
          }
        }
      }
      return out;
    } finally {
      db.close();
    }
  },
};

export default clientListBench;

// `npx tsx bench/client-list.bench.ts` runs it alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await clientListBench.run();
  for (const [name, t] of Object.entries(r)) {
    console.log(`${name.padEnd(28)} median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms ${t.p95 < 150 ? '' : '(target 150 ms MISSED)'}`);
  }
}
