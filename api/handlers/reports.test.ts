// The owner's period report against a clinic built through the API: every figure checked by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../contract';
import { testApi } from '../testing';

let clock = new Date('2026-11-21T09:00:00Z');
let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  clock = new Date('2026-11-21T09:00:00Z');
  t = await testApi(() => clock);
});
afterEach(() => t.close());

const take = (planId: number, over: Partial<ChannelInput<'payments.take'>>) =>
  t.ok('payments.take', { planId, kind: 'payment', amount: '1', currency: 'GBP', method: 'card', ...over });

describe('reports.period', () => {
  it('adds up payments by method, refunds, discounts, deposits and sessions for a month and a year', async () => {
    const sam = await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    const kim = await t.ok('staff.create', { name: 'Kim Lee', role: 'practitioner' });
    const plan = await t.ok('plans.create', {
      clientId: sam.id,
      quotedSessions: 3,
      priceMinor: 150_000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 10_000 }],
    });
    await take(plan.id, { amount: '500', takenAt: '2026-10-05T10:00:00.000Z' });
    await take(plan.id, { amount: '300', method: 'cash', takenAt: '2026-11-10T10:00:00.000Z' });
    await take(plan.id, {
      kind: 'refund',
      amount: '50',
      method: 'bank_transfer',
      reason: 'Shorter session',
      takenAt: '2026-11-12T10:00:00.000Z',
    });
    await take(plan.id, { kind: 'discount', amount: '100', method: null, reason: 'Returning client', takenAt: '2026-11-12T11:00:00.000Z' });
    const [d] = await t.ok('deposits.forPlan', { planId: plan.id });
    await t.ok('deposits.recordPayment', {
      depositId: d!.id,
      expectedVersion: d!.version,
      amountMinor: 4_000,
      method: 'cash',
      receipt: 'D-1',
      paidAt: '2026-11-15T10:00:00.000Z',
    });
    const booked = await t.ok('sessions.book', {
      clientId: sam.id,
      planId: plan.id,
      bookedFor: '2026-11-25T10:00:00.000Z',
      practitionerId: kim.id,
    });
    await t.ok('sessions.cancel', { id: booked.id, expectedVersion: booked.version, reason: 'Did not come', noShow: true });

    const nov = await t.ok('reports.period', { from: '2026-11-01', to: '2026-11-30' });
    expect(nov.paymentsByMethod).toEqual([
      { method: 'cash', amountMinor: 34_000, count: 2 },
      { method: 'card', amountMinor: 0, count: 0 },
      { method: 'bank_transfer', amountMinor: 0, count: 0 },
      { method: 'other', amountMinor: 0, count: 0 },
    ]);
    expect(nov).toMatchObject({
      paymentsTotalMinor: 34_000,
      refundsMinor: 5_000,
      refundsCount: 1,
      discountsMinor: 10_000,
      deposits: { heldMinor: 4_000, appliedMinor: 0, forfeitedMinor: 0 },
      noShows: 1,
      cancellations: 0,
      months: [{ month: '2026-11', paymentsMinor: 34_000, refundsMinor: 5_000, noShows: 1 }],
    });

    const year = await t.ok('reports.period', { from: '2026-01-01', to: '2026-12-31' });
    expect(year.paymentsTotalMinor).toBe(84_000);
    expect(year.deposits.outstandingMinor).toBe(6_000);
    expect(year.newClients).toBe(1);
    expect(year.months).toHaveLength(12);
    expect(year.months.find((m) => m.month === '2026-10')).toEqual({
      month: '2026-10',
      paymentsMinor: 50_000,
      refundsMinor: 0,
      noShows: 0,
    });

    // The deposit forfeited after the no-show: counted in the month it was forfeited, no longer held.
    const dep = (await t.ok('deposits.forPlan', { planId: plan.id }))[0]!;
    await t.ok('deposits.setStatus', { depositId: dep.id, expectedVersion: dep.version, status: 'forfeited', reason: 'No-show' });
    const after = await t.ok('reports.period', { from: '2026-01-01', to: '2026-12-31' });
    expect(after.deposits).toEqual({ heldMinor: 0, appliedMinor: 0, forfeitedMinor: 4_000, outstandingMinor: 0 });
  });

  it('refuses a period that ends before it starts, by the field', async () => {
    const e = await t.err('reports.period', { from: '2026-11-30', to: '2026-11-01' });
    expect(e.fields?.to).toBe('The last day must not be before the first day.');
  });
});
