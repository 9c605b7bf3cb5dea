import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { auditActions, expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
});
afterEach(() => t.close());

const plan = (over: Record<string, unknown> = {}) =>
  t.ok('plans.create', {
    clientId,
    quotedSessions: 4,
    priceMinor: 150000,
    currency: 'GBP',
    deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    ...over,
  });
const firstDeposit = async (planId: number) => (await t.ok('deposits.forPlan', { planId }))[0]!;
const pay = (d: { id: number; version: number }, amountMinor: number, receipt = 'R-1', paidAt = '2026-11-20T11:00:00.000Z') =>
  t.ok('deposits.recordPayment', { depositId: d.id, expectedVersion: d.version, amountMinor, method: 'card', receipt, paidAt });

describe('deposit payments', () => {
  it('keeps a part-paid deposit required, and audits the payment', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    const half = await pay(d, 4000);
    expect(half).toMatchObject({ status: 'required', paidMinor: 4000, method: 'card', receipt: 'R-1', paidAt: null });
    expect(half.payments).toEqual([
      expect.objectContaining({ amountMinor: 4000, method: 'card', receipt: 'R-1', paidAt: '2026-11-20T11:00:00.000Z' }),
    ]);
    expectAudit(t, {
      entity: 'deposit',
      entityId: d.id,
      action: 'payment',
      before: { paidMinor: 0, status: 'required' },
      after: { amountMinor: 4000, method: 'card', receipt: 'R-1', paidAt: '2026-11-20T11:00:00.000Z', paidMinor: 4000 },
      reason: null,
    });
  });

  it('marks a deposit paid, on the day of the payment that completes it', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    const half = await pay(d, 4000);
    const full = await pay(half, 6000, 'R-2', '2026-11-21T08:30:00.000Z');
    expect(full).toMatchObject({ status: 'paid', paidMinor: 10000, paidAt: '2026-11-21T08:30:00.000Z', statusReason: 'Paid in full' });
    expectAudit(t, {
      entity: 'deposit',
      entityId: d.id,
      action: 'status:paid',
      changed: ['status', 'statusReason', 'statusChangedAt', 'paidAt'],
      after: { status: 'paid', paidAt: '2026-11-21T08:30:00.000Z', statusChangedAt: '2026-11-21T09:00:00.000Z' },
      reason: 'Paid in full',
    });
  });

  it('refuses more than is outstanding beside the amount, writing nothing', async () => {
    const p = await plan();
    const d = await pay(await firstDeposit(p.id), 4000);
    const before = t.counts();
    const e = await t.err('deposits.recordPayment', {
      depositId: d.id,
      expectedVersion: d.version,
      amountMinor: 6001,
      method: 'cash',
      receipt: 'R-2',
      paidAt: '2026-11-20T11:00:00.000Z',
    });
    expect(e.fields?.amountMinor).toBe('Only £60.00 is outstanding on this deposit.');
    expect(t.counts()).toEqual(before);
  });

  it('refuses a payment made against an older copy of the deposit', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    await pay(d, 4000);
    const e = await t.err('deposits.recordPayment', {
      depositId: d.id,
      expectedVersion: d.version,
      amountMinor: 1000,
      method: 'cash',
      receipt: 'R-2',
      paidAt: '2026-11-20T11:00:00.000Z',
    });
    expect(e.code).toBe('conflict');
    expect(e.current).toMatchObject({ paidMinor: 4000 });
  });
});

describe('deposit status by hand', () => {
  it('waives an unpaid deposit with who, when and why', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    const w = await t.ok('deposits.setStatus', {
      depositId: d.id,
      expectedVersion: d.version,
      status: 'waived',
      reason: 'Long-standing client',
    });
    expect(w).toMatchObject({
      status: 'waived',
      statusReason: 'Long-standing client',
      statusChangedAt: '2026-11-21T09:00:00.000Z',
      version: d.version + 1,
    });
    expectAudit(t, {
      entity: 'deposit',
      entityId: d.id,
      action: 'status:waived',
      changed: ['status', 'statusReason', 'statusChangedAt'],
      reason: 'Long-standing client',
    });
  });

  it('never marks a deposit applied by hand: charting its session does that', async () => {
    const p = await plan();
    const d = await pay(await firstDeposit(p.id), 10000);
    const e = await t.err('deposits.setStatus', { depositId: d.id, expectedVersion: d.version, status: 'applied', reason: 'x' });
    expect(e.fields?.status).toBe('A deposit is applied when the session it secures is charted as performed.');
    expect((await firstDeposit(p.id)).status).toBe('paid');
  });

  it('refuses to refund a deposit nothing was paid towards, writing nothing', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    const before = t.counts();
    const e = await t.err('deposits.setStatus', { depositId: d.id, expectedVersion: d.version, status: 'refunded', reason: 'x' });
    expect(e.fields?.status).toMatch(/Nothing has been paid/);
    expect(t.counts()).toEqual(before);
  });

  it('refuses a status change made against an older copy', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    await pay(d, 1000);
    const e = await t.err('deposits.setStatus', { depositId: d.id, expectedVersion: d.version, status: 'refunded', reason: 'x' });
    expect(e.code).toBe('conflict');
  });
});

describe('adding a deposit to a plan', () => {
  it('adds one for a later session of a course, in the plan’s currency, with the reason', async () => {
    const p = await plan({ currency: 'EUR', deposits: [] });
    const d = await t.ok('deposits.add', { planId: p.id, sessionNumber: 4, amountMinor: 5000, reason: 'Booked far ahead' });
    expect(d).toMatchObject({ planId: p.id, sessionNumber: 4, amountMinor: 5000, currency: 'EUR', status: 'required', paidMinor: 0 });
    expectAudit(t, {
      entity: 'deposit',
      entityId: d.id,
      action: 'create',
      before: null,
      after: { planId: p.id, sessionNumber: 4, amountMinor: 5000, currency: 'EUR', status: 'required' },
      reason: 'Booked far ahead',
    });
  });

  it('adds none to a touch-up plan', async () => {
    const p = await t.ok('plans.create', {
      clientId,
      kind: 'touch_up',
      quotedSessions: 1,
      priceMinor: 20000,
      currency: 'GBP',
      recallOn: '2029-01-01',
    });
    const e = await t.err('deposits.add', { planId: p.id, sessionNumber: 3, amountMinor: 5000, reason: 'x' });
    expect(e.fields?.sessionNumber).toBe('A touch-up plan has no booking deposit.');
  });

  it.each(['cancelled', 'completed'] as const)('adds none to a %s plan', async (status) => {
    const p = await plan({ deposits: [] });
    await t.ok('plans.setStatus', { id: p.id, expectedVersion: p.version, status, reason: 'x' });
    const before = t.counts();
    const e = await t.err('deposits.add', { planId: p.id, sessionNumber: 3, amountMinor: 5000, reason: 'x' });
    expect(e.fields?.sessionNumber).toBe(`This plan is ${status}.`);
    expect(t.counts()).toEqual(before);
  });

  it('adds none past the quoted sessions, and one only per session', async () => {
    const p = await plan();
    const past = await t.err('deposits.add', { planId: p.id, sessionNumber: 5, amountMinor: 5000, reason: 'x' });
    expect(past.fields?.sessionNumber).toBe('Session 5 is not part of a 4-session quote.');
    expect((await t.ok('deposits.add', { planId: p.id, sessionNumber: 4, amountMinor: 5000, reason: 'x' })).sessionNumber).toBe(4);
    const twice = await t.err('deposits.add', { planId: p.id, sessionNumber: 3, amountMinor: 5000, reason: 'x' });
    expect(twice.fields?.sessionNumber).toBe('Session 3 already has a deposit.');
  });

  it('lists a plan’s deposits by session', async () => {
    const p = await plan({
      deposits: [
        { sessionNumber: 4, amountMinor: 2000 },
        { sessionNumber: 3, amountMinor: 1000 },
      ],
    });
    expect((await t.ok('deposits.forPlan', { planId: p.id })).map((d) => d.sessionNumber)).toEqual([3, 4]);
  });
});

describe('changing a deposit’s amount', () => {
  it('raises a required deposit’s amount with the reason', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    const up = await t.ok('deposits.setAmount', {
      depositId: d.id,
      expectedVersion: d.version,
      amountMinor: 12000,
      reason: 'Price review',
    });
    expect(up).toMatchObject({ amountMinor: 12000, status: 'required', version: d.version + 1 });
    expectAudit(t, { entity: 'deposit', entityId: d.id, action: 'amount', changed: ['amountMinor'], reason: 'Price review' });
    expect(auditActions(t, 'deposit', d.id)).toEqual(['create', 'amount']);
  });

  it('settles a deposit lowered to what is already paid: paid that day', async () => {
    const p = await plan();
    const d = await pay(await firstDeposit(p.id), 4000);
    const settled = await t.ok('deposits.setAmount', {
      depositId: d.id,
      expectedVersion: d.version,
      amountMinor: 4000,
      reason: 'Agreed discount',
    });
    expect(settled).toMatchObject({ amountMinor: 4000, status: 'paid', paidAt: '2026-11-21T09:00:00.000Z' });
    expectAudit(t, {
      entity: 'deposit',
      entityId: d.id,
      action: 'status:paid',
      changed: ['status', 'statusReason', 'statusChangedAt', 'paidAt'],
      reason: 'Paid in full after the amount changed: Agreed discount',
    });
  });

  it('never lowers a deposit below what has been paid', async () => {
    const p = await plan();
    const d = await pay(await firstDeposit(p.id), 4000);
    const e = await t.err('deposits.setAmount', { depositId: d.id, expectedVersion: d.version, amountMinor: 3999, reason: 'x' });
    expect(e.fields?.amountMinor).toBe('£40.00 has already been paid; the deposit cannot be less.');
  });

  it('changes no amount once the deposit is no longer required', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    const w = await t.ok('deposits.setStatus', { depositId: d.id, expectedVersion: d.version, status: 'waived', reason: 'x' });
    const e = await t.err('deposits.setAmount', { depositId: d.id, expectedVersion: w.version, amountMinor: 5000, reason: 'x' });
    expect(e.fields?.amountMinor).toBe('This deposit is waived; its amount can no longer change.');
  });

  it('refuses an amount change made against an older copy', async () => {
    const p = await plan();
    const d = await firstDeposit(p.id);
    await pay(d, 1000);
    const e = await t.err('deposits.setAmount', { depositId: d.id, expectedVersion: d.version, amountMinor: 5000, reason: 'x' });
    expect(e.code).toBe('conflict');
  });
});
