// `npm run bench -- --only money`: the owner's year report (reports.period) on the demo clinic,
// beside the same year's payments by method in one hand-written SQL statement, in the same run.
import type Database from 'better-sqlite3';
import { openKeyed, type DatabaseKey } from '../db/cipher';
import { createApi } from '../api/dispatch';
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER } from '../db/testing';
import { startOfLocalDay } from '../core/report-period';
import { signInDemoOwner } from './demo';
import { summarise } from './stats';
import type { Row } from './run';

const RUNS = 15;

function rawYear(raw: Database.Database, from: string, to: string): unknown {
  return raw
    .prepare(
      `SELECT method, SUM(amount_minor) FROM (
         SELECT method, amount_minor FROM payments WHERE taken_at >= ? AND taken_at < ? AND kind = 'payment'
         UNION ALL SELECT method, amount_minor FROM deposit_payments WHERE paid_at >= ? AND paid_at < ?) GROUP BY method`,
    )
    .all(from, to, from, to);
}

export async function moneyBench(file: string, key: DatabaseKey, clients: number, year: number): Promise<Row[]> {
  const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key });
  const api = createApi(open).client();
  await signInDemoOwner(api, open.sqlite);
  const raw = openKeyed(file, key);
  const input = { from: `${year}-01-01`, to: `${year}-12-31` };
  const app: number[] = [];
  const base: number[] = [];
  try {
    for (let i = 0; i < RUNS + 2; i++) {
      let t = performance.now();
      const r = await api.call('reports.period', input);
      if (!r.ok) throw new Error(`reports.period failed in the bench: ${JSON.stringify(r.error)}`);
      const appMs = performance.now() - t;
      t = performance.now();
      rawYear(raw, startOfLocalDay(input.from), startOfLocalDay(`${year + 1}-01-01`));
      const rawMs = performance.now() - t;
      if (i >= 2) {
        app.push(appMs);
        base.push(rawMs);
      }
    }
  } finally {
    raw.close();
    open.close();
  }
  return [
    {
      clients,
      operation: `year report ${year} (reports.period)`,
      app: summarise(app),
      raw: summarise(base),
      target: 200,
      maxRatio: null,
      note: 'raw SQL = payments by method only, one statement; the report also reads deposits, sessions, clients, plans and 12 months',
    },
  ];
}
