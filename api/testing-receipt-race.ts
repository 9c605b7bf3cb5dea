// One desk in the receipt race (api/receipt-race.test.ts), a process of its own: opens the clinic's
// file, waits for the agreed moment, takes `count` payments as fast as it can, prints the envelopes.
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, TEST_KEY } from '../db/testing';
import { createApi } from './dispatch';

const [file, planId, count, startAt] = process.argv.slice(2);
const open = await openDatabase(file!, { migrationsFolder: MIGRATIONS_FOLDER, key: TEST_KEY });
const api = createApi(open).client();
while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 1));
const results = [];
for (let i = 0; i < Number(count); i++) {
  const r = await api.call('payments.take', { planId: Number(planId), kind: 'payment', amount: '1.00', currency: 'GBP', method: 'cash' });
  // Only the number: the whole answer carries the plan's growing list of receipts.
  results.push(r.ok ? { ok: true, data: { receipt: { number: (r.data as { receipt: { number: number } }).receipt.number } } } : r);
}
process.stdout.write(`${JSON.stringify(results)}\n`);
open.close();
