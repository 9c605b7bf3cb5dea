// `npm run bench -- --only traceability`: a batch recall and the ten-year retention breakdown on the
// largest demo clinic, through the app's API, beside the same SQL on a bare better-sqlite3
// connection to the same encrypted file (the baseline), interleaved in one run.
import type Database from 'better-sqlite3';
import { createApi, type ApiClient } from '../api/dispatch';
import type { DatabaseKey } from '../db/cipher';
import { openKeyed } from '../db/cipher';
import { openDatabase } from '../db/open';
import { COUNT_ALL_SQL } from '../db/queries/retention-breakdown';
import { RECALL_SQL } from '../db/queries/batches';
import { MIGRATIONS_FOLDER } from '../db/testing';
import { signInDemoOwner } from './demo';
import type { Row } from './run';
import { compare } from './stats';

async function ok(api: ApiClient, channel: string, input: unknown): Promise<unknown> {
  const r = await api.call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed in the bench: ${JSON.stringify(r.error)}`);
  return r.data;
}

/** Batch numbers spread over the clinic's history, as a recall would ask for them. */
function batchNumbers(raw: Database.Database, count: number): string[] {
  const total = raw.prepare('SELECT max(id) FROM sessions').pluck().get() as number;
  const pick = raw.prepare('SELECT pigment_batch FROM sessions WHERE id >= ? AND pigment_batch IS NOT NULL ORDER BY id LIMIT 1').pluck();
  return Array.from({ length: count }, (_, i) => pick.get(1 + Math.floor((i * total) / count)) as string);
}

export async function traceabilityBench(
  file: string,
  key: DatabaseKey,
  clients: number,
  today: string,
  log: (s: string) => void,
): Promise<Row[]> {
  const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key });
  const api = createApi(open).client(); // production: checkOutputs off
  await signInDemoOwner(api, open.sqlite);
  const raw = openKeyed(file, key);
  raw.pragma('journal_mode = WAL');
  const rows: Row[] = [];
  try {
    log(`${clients}: recalling batches…`);
    const recall = raw.prepare(RECALL_SQL);
    const batches = batchNumbers(raw, 200);
    rows.push({
      clients,
      operation: 'recall a pigment batch: every client who received it (batches.recall)',
      ...(await compare(
        batches,
        (batchNumber) => ok(api, 'batches.recall', { batchNumber }),
        (batchNumber) => recall.all({ batchNumber }),
      )),
      target: 20,
      note: `${batches.length} batch numbers; baseline: the recall's SQL on a bare connection`,
    });

    log(`${clients}: the ten-year retention breakdown…`);
    const from = `${Number(today.slice(0, 4)) - 10}-${today.slice(5)}`;
    const countAll = raw.prepare(COUNT_ALL_SQL);
    const runs = Array.from({ length: 5 }, () => ({ from, to: today }));
    rows.push({
      clients,
      operation: 'retention breakdown, whole clinic, ten years (retention.breakdown)',
      ...(await compare(
        runs,
        (input) => ok(api, 'retention.breakdown', input),
        () => countAll.all(),
        1,
      )),
      target: 300,
      note: 'baseline: counting every case from the sessions themselves (what the kept counts replace), on a bare connection; 5 runs after one warm-up',
    });
  } finally {
    raw.close();
    open.close();
  }
  return rows;
}
