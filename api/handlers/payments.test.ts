import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRowsAgainstTrail } from '../../db/verify-rows';
import type { ChannelInput } from '../contract';
import { testApi } from '../testing';
import { auditActions, expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  await t.ok('settings.update', { clinicName: 'North Street SMP', clinicTaxId: 'GB 123 4567 89' });
});
afterEach(() => t.close());

const plan = (over: Record<string, unknown> = {}) =>
  t.ok('plans.create', {
    clientId,
    quotedSessions: 3,
    priceMinor: 150_000,
    currency: 'GBP',
    deposits: [{ sessionNumber: 3, amountMinor: 10_000 }],
    ...over,
  });
const take = (planId: number, over: Partial<ChannelInput<'payments.take'>> = {}) =>
  t.ok('payments.take', { planId, kind: 'payment', amount: '500.00', currency: 'GBP', method: 'card', ...over });

describe('payments on a plan', () => {
  it('takes a payment, issues receipt 1 with the clinic’s details and audits both', async () => {
    const p = await plan();
    const r = await take(p.id, { reference: 'T-998' });
    expect(r.entry).toMatchObject({ kind: 'payment', amountMinor: 50_000, currency: 'GBP', method: 'card', reference: 'T-998' });
    expect(r.receipt).toMatchObject({
      number: 1,
      kind: 'receipt',
      content: {
        clinicName: 'North Street SMP',
        clinicTaxId: 'GB 123 4567 89',
        clientName: 'Sam Okafor',
        amountMinor: 50_000,
        owedMinor: 100_000,
      },
    });
    expect(r.money.balance).toMatchObject({ owedMinor: 100_000, netPaidMinor: 50_000, dueBySession: [50_000, 50_000, 50_000] });
    expectAudit(t, {
      entity: 'payment',
      entityId: r.entry.id,
      action: 'create',
      changed: ['amountMinor', 'correctsId', 'currency', 'id', 'kind', 'method', 'planId', 'reason', 'reference', 'takenAt', 'takenBy'],
      after: { amountMinor: 50_000, kind: 'payment', method: 'card' },
      reason: null,
    });
    expectAudit(t, {
      entity: 'receipt',
      entityId: r.receipt!.id,
      action: 'create',
      after: { number: 1, kind: 'receipt', paymentId: r.entry.id },
    });
  });

  it('counts deposit payments, takes a discount with its reason, refunds with a credit note', async () => {
    const p = await plan();
    const [d] = await t.ok('deposits.forPlan', { planId: p.id });
    await t.ok('deposits.recordPayment', {
      depositId: d!.id,
      expectedVersion: d!.version,
      amountMinor: 10_000,
      method: 'cash',
      receipt: 'D-1',
      paidAt: '2026-11-20T10:00:00.000Z',
    });
    await take(p.id, { amount: '600' });
    const disc = await take(p.id, { kind: 'discount', amount: '100', method: null, reason: 'Returning client' });
    expect(disc.receipt).toBeNull();
    expectAudit(t, { entity: 'payment', entityId: disc.entry.id, action: 'create', reason: 'Returning client' });
    const refund = await take(p.id, { kind: 'refund', amount: '50.50', method: 'card', reason: 'Session shortened' });
    expect(refund.receipt).toMatchObject({ number: 2, kind: 'credit_note', content: { againstReceipt: 1, amountMinor: 5_050 } });
    expect(refund.money.balance).toMatchObject({
      depositPaidMinor: 10_000,
      paidMinor: 70_000,
      refundedMinor: 5_050,
      discountedMinor: 10_000,
      owedMinor: 150_000 - 10_000 - 70_000 + 5_050,
    });
    // A receipt once issued is never changed, and money taken is never edited.
    expect(() => t.open.sqlite.prepare('UPDATE receipts SET number = 9').run()).toThrow(/never change/);
    expect(() => t.open.sqlite.prepare('DELETE FROM payments').run()).toThrow(/append-only/);
  });

  it('works in yen (no minor unit) and dinars (three)', async () => {
    const yen = await plan({ currency: 'JPY', priceMinor: 180_000, deposits: [] });
    const r = await take(yen.id, { currency: 'JPY', amount: '60000' });
    expect(r.money.balance).toMatchObject({ owedMinor: 120_000, dueBySession: [60_000, 60_000, 60_000] });
    const kwd = await plan({ currency: 'KWD', priceMinor: 300_000, deposits: [] });
    const k = await take(kwd.id, { currency: 'KWD', amount: '1.250' });
    expect(k.entry.amountMinor).toBe(1_250);
    expect(
      (await t.err('payments.take', { planId: yen.id, kind: 'payment', amount: '1.5', currency: 'JPY', method: 'card' })).fields,
    ).toEqual({
      amount: 'JPY has no smaller unit; enter a whole amount.',
    });
  });

  it('splits what is due as first payment then the rest when the clinic says so', async () => {
    await t.ok('settings.update', { paymentSchedule: 'first_then_rest', firstPaymentPercent: 40 });
    const p = await plan({ deposits: [] });
    const m = await t.ok('payments.forPlan', { planId: p.id });
    expect(m.balance).toMatchObject({ dueBySession: [60_000, 45_000, 45_000], dueNowMinor: 60_000, nextSessionNumber: 1 });
  });
});

describe('what a receipt and the balance say', () => {
  const chart = (planId: number) =>
    t.ok('sessions.chart', {
      clientId,
      planId,
      performedAt: '2026-11-20T10:00:00.000Z',
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B-1',
      pigmentExpiry: '2030-06-30',
      needle: '1RL 0.25',
      zones: ['crown'],
    });

  it('names the plan on the receipt, shows the price less discounts, and a payment is against no receipt', async () => {
    const course = await plan({ deposits: [] });
    await take(course.id, { kind: 'discount', amount: '100', method: 'card', reason: 'Returning client' });
    const paid = await take(course.id);
    expect(paid.receipt!.content).toMatchObject({ planLabel: 'SMP course, 3 sessions', priceMinor: 140_000, againstReceipt: null });
    const touchUp = await plan({ kind: 'touch_up', quotedSessions: 1, priceMinor: 30_000, deposits: [], recallOn: '2027-11-20' });
    expect((await take(touchUp.id, { amount: '100' })).receipt!.content.planLabel).toBe('SMP touch-up');
    expect(await t.ok('receipts.get', { id: paid.receipt!.id })).toEqual(paid.receipt);
    expect((await t.err('receipts.get', { id: 999 })).message).toBe('The receipt was not found.');
  });

  it('records a discount without a way of paying, whatever the form sent', async () => {
    const p = await plan({ deposits: [] });
    const disc = await take(p.id, { kind: 'discount', amount: '100', method: 'card', reason: 'Friend of the clinic' });
    expect(disc.entry.method).toBeNull();
    expectAudit(t, { entity: 'payment', entityId: disc.entry.id, action: 'create', after: { kind: 'discount', method: null } });
  });

  it('puts a correction’s credit note against the corrected payment’s receipt, not the newest one', async () => {
    const p = await plan({ deposits: [] });
    const first = await take(p.id, { amount: '600.00' });
    const second = await take(p.id, { amount: '100.00' });
    const fix = await take(p.id, { kind: 'refund', amount: '100.00', reason: 'Typed 600 for 500', correctsId: first.entry.id });
    expect(fix.receipt!.content.againstReceipt).toBe(first.receipt!.number);
    const plain = await take(p.id, { kind: 'refund', amount: '10.00', reason: 'Goodwill' });
    expect(plain.receipt!.content.againstReceipt).toBe(second.receipt!.number); // the newest receipt, not a credit note
  });

  it('asks for the next session’s share until every quoted session is charted, then for all that is owed', async () => {
    const p = await plan({ kind: 'touch_up', quotedSessions: 1, priceMinor: 30_000, deposits: [], recallOn: '2027-11-20' });
    expect((await t.ok('payments.forPlan', { planId: p.id })).balance).toMatchObject({ nextSessionNumber: 1, dueNowMinor: 30_000 });
    await take(p.id, { amount: '100.00' });
    await chart(p.id);
    expect((await t.ok('payments.forPlan', { planId: p.id })).balance).toMatchObject({ nextSessionNumber: null, dueNowMinor: 20_000 });
  });

  it('takes only a refund on a cancelled plan, beside the kind, writing nothing else', async () => {
    const p = await plan({ deposits: [] });
    await take(p.id);
    const cancelled = await t.ok('plans.setStatus', { id: p.id, expectedVersion: p.version, status: 'cancelled', reason: 'Moved away' });
    expect(cancelled.status).toBe('cancelled');
    const before = t.counts();
    for (const kind of ['payment', 'discount'] as const) {
      expect(
        (await t.err('payments.take', { planId: p.id, kind, amount: '10.00', currency: 'GBP', method: 'card', reason: 'x' })).fields,
      ).toEqual({
        kind: 'This plan is cancelled; only a refund can be recorded on it.',
      });
    }
    expect(t.counts()).toEqual(before);
    const refund = await take(p.id, { kind: 'refund', amount: '500.00', reason: 'Moved away' });
    expect(refund.money.balance.netPaidMinor).toBe(0);
  });
});

describe('bad input writes nothing', () => {
  it.each([
    [{ amount: '0' }, 'amount', 'Enter an amount above zero.'],
    [{ amount: '-5.00' }, 'amount', 'Enter an amount above zero.'],
    [{ amount: '12.345' }, 'amount', 'GBP has 2 decimal places; enter no more than that.'],
    [{ amount: 'lots' }, 'amount', 'Enter the amount in figures, such as 60.00.'],
    [{ amount: ' -5' }, 'amount', 'Enter an amount above zero.'],
    [{ amount: '5-' }, 'amount', 'Enter the amount in figures, such as 60.00.'],
    [{ amount: 'x-5' }, 'amount', 'Enter the amount in figures, such as 60.00.'],
    [{ amount: ' 12.345 ' }, 'amount', 'GBP has 2 decimal places; enter no more than that.'],
    [{ amount: 'a12.345' }, 'amount', 'Enter the amount in figures, such as 60.00.'],
    [{ amount: '12.345x' }, 'amount', 'Enter the amount in figures, such as 60.00.'],
    [{ amount: '12.345 x' }, 'amount', 'Enter the amount in figures, such as 60.00.'],
    [{ currency: 'EUR' }, 'currency', 'This plan is priced in GBP; take the payment in GBP.'],
    [{ kind: 'refund', amount: '1.00', reason: 'Oops' }, 'amount', 'A refund cannot be more than what has been paid and not yet refunded.'],
    [{ kind: 'refund', amount: '1.00' }, 'reason', 'Say why: a refund needs a reason.'],
    [{ method: null }, 'method', 'Choose how it was paid.'],
  ] as const)('%j → %s', async (over, field, message) => {
    const p = await plan();
    const before = t.counts();
    const e = await t.err('payments.take', { planId: p.id, kind: 'payment', amount: '500.00', currency: 'GBP', method: 'card', ...over });
    expect(e.fields?.[field]).toBe(message);
    expect(t.counts()).toEqual(before);
    expect(auditActions(t, 'payment', 1)).toEqual([]);
  });
});

describe('who may take money and read the reports', () => {
  it('reception and the owner take payments; a practitioner cannot; reports are the owner’s', async () => {
    const p = await plan();
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1111', confirmPin: '1111' });
    const desk = await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' });
    const kim = await t.ok('staff.create', { name: 'Kim Lee', role: 'practitioner' });
    await t.ok('auth.setPin', { staffId: desk.id, pin: '3333' });
    await t.ok('auth.setPin', { staffId: kim.id, pin: '4444' });
    await t.ok('auth.signIn', { staffId: kim.id, pin: '4444' });
    const before = t.counts();
    expect((await t.err('payments.take', { planId: p.id, kind: 'payment', amount: '1', currency: 'GBP', method: 'cash' })).code).toBe(
      'forbidden',
    );
    expect(t.counts()).toEqual(before);
    await t.ok('auth.signIn', { staffId: desk.id, pin: '3333' });
    const r = await take(p.id);
    expect(r.entry.takenBy).toBe(desk.id);
    expect(r.receipt!.content.takenByName).toBe('Rae Desk');
    expect((await t.err('reports.period', { from: '2026-11-01', to: '2026-11-30' })).message).toBe(
      'Only an owner can see the clinic’s reports.',
    );
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
    const report = await t.ok('reports.period', { from: '2026-11-01', to: '2026-11-30' });
    expect(report.paymentsByMethod.find((m) => m.method === 'card')).toEqual({ method: 'card', amountMinor: 50_000, count: 1 });
  });
});

describe('verify vouches for money', () => {
  it('finds a receipt changed behind the app’s back', async () => {
    const p = await plan();
    await take(p.id);
    const clean = checkRowsAgainstTrail(t.open.sqlite);
    expect(clean.problems).toEqual([]);
    t.open.sqlite.exec('DROP TRIGGER receipts_no_update');
    t.open.sqlite.prepare(`UPDATE receipts SET content = json_set(content, '$.amountMinor', 1)`).run();
    const found = checkRowsAgainstTrail(t.open.sqlite);
    expect(found.changed).toBe(1);
    expect(JSON.stringify(found.problems)).toMatch(/receipt/i);
  });
});
