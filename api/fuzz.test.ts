// Bad input, generated: every channel of the contract is fed thousands of malformed inputs built by
// fast-check — random values of every type, and objects with the channel's own field names holding
// wrong, extreme or hostile values. Each call must answer with a structured envelope (never throw,
// never an internal error, never an unhandled rejection), and a refused call must leave the
// database exactly as it was (row counts of every table, audit entries included).
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillClinic } from '../tests/fixtures/clinic';
import { CHANNELS, contract, type Channel } from './contract';
import { createApi, type ApiClient } from './dispatch';
import { testApi } from './testing';

const RUNS = Number(process.env.STIPPLE_FUZZ_RUNS ?? 200);
/** Channels that do slow real work (a verified backup, an export) on every input they accept. Their
 *  tasks run inline here: the envelopes are the same (api/tasks/tasks.test.ts runs them on workers). */
const SLOW = new Set<string>(['safety.backupNow', 'safety.export', 'safety.restore']);

let t: Awaited<ReturnType<typeof testApi>>;
let api: ApiClient;
const internal: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const tally = { inputs: 0, refused: 0, accepted: 0 };

beforeAll(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  await fillClinic(t, 2);
  api = createApi(t.open, {
    checkOutputs: true,
    tasks: 'inline',
    onInternalError: (channel, error) => internal.push(`${channel}: ${String(error)}`),
  }).client();
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  console.log(
    `[fuzz] ${tally.inputs} generated inputs over ${CHANNELS.length} channels: ${tally.refused} refused with a structured error, ${tally.accepted} happened to be valid`,
  );
  t.close();
});

/** The field names of a channel's input object, through defaults and refinements. */
function fieldNames(schema: z.ZodType): string[] {
  let s = schema as unknown as { def: { type: string; innerType?: unknown; in?: unknown }; shape?: Record<string, unknown> };
  for (let i = 0; i < 5 && !s.shape; i++) {
    const inner = s.def.innerType ?? s.def.in;
    if (!inner) break;
    s = inner as typeof s;
  }
  return s.shape ? Object.keys(s.shape) : [];
}

const hostile = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    "'; DROP TABLE clients; --",
    '../../../../etc/passwd',
    '<script>alert(1)</script>',
    '9'.repeat(400),
    'x'.repeat(20_000),
  ),
  fc.constantFrom(-1, 0, 1.5, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, 1e308),
  fc.constantFrom(null, undefined, true, false, [], {}, [null], { __proto__: { polluted: true } }),
);

function inputsFor(channel: Channel): fc.Arbitrary<unknown> {
  const names = fieldNames(contract[channel].input as z.ZodType);
  const value = fc.oneof(
    hostile,
    fc.anything({ maxDepth: 2 }),
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'bad' : d.toISOString())),
  );
  const ownFields = names.length > 0 ? fc.record(Object.fromEntries(names.map((n) => [n, value])), { requiredKeys: [] }) : fc.object();
  return fc.oneof({ arbitrary: ownFields, weight: 3 }, { arbitrary: fc.anything(), weight: 1 }, { arbitrary: hostile, weight: 1 });
}

async function checkChannel(channel: Channel, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(inputsFor(channel), async (input) => {
      const before = t.counts();
      let result;
      try {
        result = await api.call(channel, input);
      } catch (error) {
        throw new Error(`${channel} threw instead of answering: ${String(error)}`, { cause: error });
      }
      tally.inputs++;
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) {
        tally.accepted++;
        return; // a valid input after all (e.g. {} for a query with defaults)
      }
      tally.refused++;
      expect(['invalid_input', 'not_found', 'rule', 'conflict', 'forbidden', 'signed_out']).toContain(result.error.code);
      expect(typeof result.error.message).toBe('string');
      expect(result.error.message).not.toMatch(/\n\s+at |ZodError|SQLITE_|undefined|\[object Object\]/);
      expect(t.counts()).toEqual(before);
    }),
    { numRuns: SLOW.has(channel) ? Math.ceil(runs / 6) : runs, seed: Number(process.env.STIPPLE_FUZZ_SEED ?? 20261121) },
  );
  expect(internal).toEqual([]);
  expect(unhandled).toEqual([]);
}

describe('generated malformed input', () => {
  it.each(CHANNELS)('%s: a structured answer every time, and nothing written when refused', (channel) => checkChannel(channel, RUNS));
});

describe('generated input while signed in as reception (roles enforced)', () => {
  beforeAll(async () => {
    const owner = await t.ok('auth.setupOwner', { name: 'Fuzz Owner', pin: '1234', confirmPin: '1234' });
    const desk = await t.ok('staff.create', { name: 'Fuzz Desk', role: 'reception' });
    await t.ok('auth.setPin', { staffId: desk.id, pin: '4321' });
    expect(owner.role).toBe('owner');
    api.actAs(desk.id);
  });
  it.each(CHANNELS)('%s: refused or answered, never crashing, never a partial write', (channel) =>
    checkChannel(channel, Math.ceil(RUNS / 4)),
  );
});
