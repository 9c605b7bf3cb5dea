// Two desks take payments at the same moment, each on a connection (and process) of its own to one
// real file. The receipt number is allocated inside the payment's IMMEDIATE transaction, so the
// numbers come out 1..N with no gap and no number twice.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, tempDir } from '../db/testing';
import type { OpenDatabase } from '../db/open';
import { createApi } from './dispatch';
import type { ApiResult } from './result';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
const CALLER = path.resolve('api/testing-receipt-race.ts');
const EACH = 150;

let file: string;
let open: OpenDatabase;
let plans: number[];

beforeEach(async () => {
  file = path.join(tempDir(), 'clinic.sqlite');
  open = await openTestDatabase(file);
  const api = createApi(open).client();
  const ok = async (channel: string, input: unknown) => {
    const r = await api.call(channel, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.data as { id: number };
  };
  plans = [];
  for (const firstName of ['Sam', 'Alex']) {
    const client = await ok('clients.create', { firstName, lastName: 'Okafor' });
    plans.push((await ok('plans.create', { clientId: client.id, quotedSessions: 3, priceMinor: 150_000, currency: 'GBP' })).id);
  }
});
afterEach(() => open.close());

describe('two desks issuing receipts at once', () => {
  it('numbers every receipt once, without gaps', async () => {
    const barrier = tempDir(); // each desk marks itself ready here, and starts once both have
    const desks = plans.map((planId) =>
      run(TSX, [CALLER, file, String(planId), String(EACH), barrier, String(plans.length)], { timeout: 60_000 }).then(
        ({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)!) as ApiResult<{ receipt: { number: number } }>[],
      ),
    );
    const results = (await Promise.all(desks)).flat();
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = results.map((r) => (r.ok ? r.data.receipt.number : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 2 * EACH }, (_, i) => i + 1));
    const stored = open.sqlite.prepare('SELECT number FROM receipts ORDER BY number').pluck().all();
    expect(stored).toEqual(numbers);
    // Both desks really did interleave: each one's receipts are not one unbroken block.
    const byPlan = open.sqlite
      .prepare('SELECT p.plan_id FROM receipts r JOIN payments p ON p.id = r.payment_id ORDER BY r.number')
      .pluck()
      .all() as number[];
    const switches = byPlan.filter((p, i) => i > 0 && p !== byPlan[i - 1]).length;
    expect(switches).toBeGreaterThan(1);
  });
});
