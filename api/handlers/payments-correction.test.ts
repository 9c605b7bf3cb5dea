// Correcting an entry recorded wrongly (core/plan-balance.ts checkCorrection): a new refund-kind
// entry pointing at the payment, with a reason and a credit note against the payment's receipt;
// the payment itself is never edited. Bad corrections get a field error and write nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../contract';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let planId: number;
let paymentId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  const clientId = (await t.ok('clients.create', { firstName: 'Ines', lastName: 'Varga' })).id;
  planId = (await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150_000, currency: 'GBP' })).id;
  paymentId = (await take({ amount: '600.00' })).entry.id;
});
afterEach(() => t.close());

function take(over: Partial<ChannelInput<'payments.take'>> = {}) {
  return t.ok('payments.take', { planId, kind: 'payment', amount: '500.00', currency: 'GBP', method: 'card', ...over });
}
const correction = (over: Partial<ChannelInput<'payments.take'>> = {}): ChannelInput<'payments.take'> => ({
  planId,
  kind: 'refund',
  amount: '100.00',
  currency: 'GBP',
  method: 'card',
  reason: 'Typed 600 for 500',
  correctsId: paymentId,
  ...over,
});

describe('a correction', () => {
  it('is a new entry with its reason and a credit note against the payment’s receipt; the payment is unchanged', async () => {
    const r = await t.ok('payments.take', correction());
    expect(r.entry).toMatchObject({ kind: 'refund', amountMinor: 10_000, correctsId: paymentId, reason: 'Typed 600 for 500' });
    expect(r.receipt).toMatchObject({ number: 2, kind: 'credit_note', content: { againstReceipt: 1, amountMinor: 10_000 } });
    expect(r.money.entries.find((e) => e.id === paymentId)).toMatchObject({ amountMinor: 60_000, correctsId: null });
    expect(r.money.balance).toMatchObject({ netPaidMinor: 50_000, owedMinor: 100_000 });
    expectAudit(t, {
      entity: 'payment',
      entityId: r.entry.id,
      action: 'create',
      after: { correctsId: paymentId },
      reason: 'Typed 600 for 500',
    });
  });

  it('may take off the rest of the payment later, but no more than the payment was', async () => {
    await t.ok('payments.take', correction({ amount: '100.00' }));
    await t.ok('payments.take', correction({ amount: '500.00', reason: 'Paid by card twice over' }));
    const before = t.counts();
    const e = await t.err('payments.take', correction({ amount: '0.01' }));
    expect(e.fields?.amount).toBe('A correction cannot be more than what is left of the payment it corrects.');
    expect(t.counts()).toEqual(before);
  });
});

describe('bad corrections write nothing', () => {
  it.each([
    [
      'larger than the payment',
      {},
      { amount: '600.01' },
      'amount',
      'A correction cannot be more than what is left of the payment it corrects.',
    ],
    ['without a reason', {}, { reason: '' }, 'reason', 'Say why: a refund needs a reason.'],
    ['as a payment', {}, { kind: 'payment' }, 'kind', 'A correction takes an amount off the payment it corrects: record it as a refund.'],
    ['of an entry on no plan of this client', {}, { correctsId: 9_999 }, 'correctsId', 'That entry is not on this plan.'],
    [
      'of a correction',
      { correctFirst: true },
      {},
      'correctsId',
      'This entry is itself a correction; correct the payment it corrects instead.',
    ],
    [
      'of a discount',
      { discountFirst: true },
      {},
      'correctsId',
      'Only a payment can be corrected. A discount recorded wrongly is put right with a new entry and a reason.',
    ],
  ] as const)('%s', async (_name, setup: { correctFirst?: boolean; discountFirst?: boolean }, over, field, message) => {
    let target = paymentId;
    if (setup.correctFirst) target = (await t.ok('payments.take', correction({ amount: '1.00' }))).entry.id;
    if (setup.discountFirst) target = (await take({ kind: 'discount', amount: '10.00', method: null, reason: 'Friend' })).entry.id;
    const audited = () => t.open.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();
    const trail = audited();
    const before = t.counts();
    const e = await t.err('payments.take', correction({ correctsId: target, ...over }));
    expect(e.fields?.[field]).toBe(message);
    expect(t.counts()).toEqual(before);
    expect(audited()).toBe(trail);
  });
});
