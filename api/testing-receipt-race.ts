// One desk in the receipt race (api/receipt-race.test.ts), a process of its own: opens the clinic's
// file, says it is ready in `barrier` and waits until every desk is, takes `count` payments as fast as
// it can, prints the envelopes. (A fixed start time was not enough: a desk slow to start on a busy
// machine began after the other had finished.)
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, TEST_KEY } from '../db/testing';
import { createApi } from './dispatch';

const [file, planId, count, barrier, desks] = process.argv.slice(2);
const open = await openDatabase(file!, { migrationsFolder: MIGRATIONS_FOLDER, key: TEST_KEY });
const api = createApi(open).client();
fs.writeFileSync(path.join(barrier!, `ready-${planId}`), '');
while (fs.readdirSync(barrier!).length < Number(desks)) await new Promise((r) => setTimeout(r, 1));
const results = [];
for (let i = 0; i < Number(count); i++) {
  const r = await api.call('payments.take', { planId: Number(planId), kind: 'payment', amount: '1.00', currency: 'GBP', method: 'cash' });
  // Only the number: the whole answer carries the plan's growing list of receipts.
  results.push(r.ok ? { ok: true, data: { receipt: { number: (r.data as { receipt: { number: number } }).receipt.number } } } : r);
  // A breath between payments, as a desk has: without it one process takes the write lock back each
  // time before the other's busy wait wakes, and the two never overlap.
  await new Promise((resolve) => setTimeout(resolve, 2));
}
process.stdout.write(`${JSON.stringify(results)}\n`);
open.close();
