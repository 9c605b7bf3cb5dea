// Reception against a real database: quoting plans, deposits through their lifecycle, booking inside
// and outside windows, and the board, day list and calendar bookings that read it all back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';

const NOW = new Date('2026-11-21T09:00:00Z'); // a Saturday
let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
// The clinic's clock: a test that charts a session on the day it was booked moves it to that day.
let clock = NOW;
beforeEach(async () => {
  clock = NOW;
  t = await testApi(() => clock);
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor', phone: '07700 900123' })).id;
});
afterEach(() => t.close());

let performed = 0;
const chart = (performedAt: string, over: Record<string, unknown> = {}) => ({
  clientId,
  performedAt,
  pigmentBrand: 'Scalp Ink',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: `B-${++performed}`,
  pigmentExpiry: '2027-06-30',
  needle: '1RL 0.25',
  zones: ['crown' as const],
  retention: performed > 1 ? [{ zone: 'crown' as const, rating: 'held_well' as const, note: '' }] : [],
  ...over,
});

async function threeSessionPlan(deposit = 10000) {
  performed = 0;
  const plan = await t.ok('plans.create', {
    clientId,
    quotedSessions: 3,
    priceMinor: 150000,
    currency: 'GBP',
    deposits: [{ sessionNumber: 3, amountMinor: deposit }],
  });
  const [d] = await t.ok('deposits.forPlan', { planId: plan.id });
  return { plan, deposit: d! };
}

const auditCount = (action: string) =>
  t.open.sqlite.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;

describe('plans', () => {
  it('quotes a course with a third-session deposit, audited', async () => {
    const { plan, deposit } = await threeSessionPlan(7500);
    expect(plan).toMatchObject({ kind: 'course', quotedSessions: 3, priceMinor: 150000, status: 'quoted', recallOn: null });
    expect(deposit).toMatchObject({ sessionNumber: 3, amountMinor: 7500, status: 'required', paidMinor: 0, currency: 'GBP' });
    expect(auditCount('create')).toBeGreaterThanOrEqual(3); // client, plan, deposit
  });

  it('recalls a touch-up three years after the last course session by default', async () => {
    await t.ok('sessions.chart', chart('2026-10-01T10:00:00.000Z'));
    await t.ok('sessions.chart', chart('2026-10-20T10:00:00.000Z'));
    const touch = await t.ok('plans.create', { clientId, kind: 'touch_up', quotedSessions: 1, priceMinor: 30000, currency: 'GBP' });
    expect(touch.recallOn).toBe('2029-10-20');
    await t.ok('settings.update', { touchUpRecallYears: 2 });
    const again = await t.ok('plans.create', { clientId, kind: 'touch_up', quotedSessions: 1, priceMinor: 30000, currency: 'GBP' });
    expect(again.recallOn).toBe('2028-10-20');
  });

  it('asks for the recall date when no course session is charted, writing nothing', async () => {
    const before = t.counts();
    const e = await t.err('plans.create', { clientId, kind: 'touch_up', quotedSessions: 1, priceMinor: 30000, currency: 'GBP' });
    expect(e.fields?.recallOn).toMatch(/enter the recall date/);
    expect(t.counts()).toEqual(before);
  });

  it('refuses bad quotes beside the field, writing nothing', async () => {
    const before = t.counts();
    expect((await t.err('plans.create', { clientId, quotedSessions: 3, priceMinor: -1, currency: 'GBP' })).fields?.priceMinor).toMatch(
      /cannot be negative/,
    );
    expect((await t.err('plans.create', { clientId, quotedSessions: 3, priceMinor: 100, currency: 'pounds' })).fields?.currency).toMatch(
      /three-letter/,
    );
    expect(
      (
        await t.err('plans.create', {
          clientId,
          quotedSessions: 3,
          priceMinor: 100,
          currency: 'GBP',
          deposits: [{ sessionNumber: 4, amountMinor: 100 }],
        })
      ).fields?.['deposits.0.sessionNumber'],
    ).toMatch(/not part of a 3-session quote/);
    expect(
      (
        await t.err('plans.create', {
          clientId,
          quotedSessions: 3,
          priceMinor: 100,
          currency: 'GBP',
          deposits: [{ sessionNumber: 3, amountMinor: 0 }],
        })
      ).fields?.['deposits.0.amountMinor'],
    ).toMatch(/more than zero/);
    expect(t.counts()).toEqual(before);
  });
});

describe('deposits', () => {
  it('takes a partial then a full payment, and says in money what is left', async () => {
    const { deposit } = await threeSessionPlan();
    const pay = (amountMinor: number, version: number, receipt: string) => ({
      depositId: deposit.id,
      expectedVersion: version,
      amountMinor,
      method: 'card' as const,
      receipt,
      paidAt: '2026-11-21T09:00:00.000Z',
    });
    const half = await t.ok('deposits.recordPayment', pay(4000, deposit.version, 'R-1'));
    expect(half).toMatchObject({ status: 'required', paidMinor: 4000 });
    const before = t.counts();
    expect((await t.err('deposits.recordPayment', pay(6001, half.version, 'R-2'))).fields?.amountMinor).toBe(
      'Only £60.00 is outstanding on this deposit.',
    );
    expect((await t.err('deposits.recordPayment', { ...pay(100, half.version, ''), receipt: ' ' })).fields?.receipt).toMatch(/receipt/);
    expect((await t.err('deposits.recordPayment', { ...pay(100, half.version, 'R'), method: 'cheque' })).fields?.method).toBe(
      'Choose how it was paid.',
    );
    expect((await t.err('deposits.recordPayment', pay(0, half.version, 'R'))).fields?.amountMinor).toMatch(/above zero/);
    expect((await t.err('deposits.recordPayment', pay(100, deposit.version, 'R'))).code).toBe('conflict');
    expect(t.counts()).toEqual(before);
    const full = await t.ok('deposits.recordPayment', pay(6000, half.version, 'R-2'));
    expect(full).toMatchObject({ status: 'paid', paidMinor: 10000, statusReason: 'Paid in full' });
    expect((await t.err('deposits.recordPayment', pay(1, full.version, 'R-3'))).fields?.amountMinor).toBe(
      'This deposit is paid; no payment is due.',
    );
  });

  it('refuses each wrong status change with its message, and audits the right ones with the reason', async () => {
    const { deposit } = await threeSessionPlan();
    const set = (status: string, version: number, reason = 'Client asked') => ({
      depositId: deposit.id,
      expectedVersion: version,
      status,
      reason,
    });
    const before = t.counts();
    expect((await t.err('deposits.setStatus', set('refunded', 1))).fields?.status).toBe(
      'Nothing has been paid towards this deposit, so it cannot be refunded; waive it instead.',
    );
    expect((await t.err('deposits.setStatus', set('forfeited', 1))).fields?.status).toMatch(/cannot be forfeited/);
    expect((await t.err('deposits.setStatus', set('applied', 1))).fields?.status).toBe(
      'A deposit is applied when the session it secures is charted as performed.',
    );
    expect((await t.err('deposits.setStatus', set('paid', 1))).fields?.status).toBe('Choose one of the listed options.');
    expect((await t.err('deposits.setStatus', set('waived', 1, ''))).fields?.reason).toBe('Enter the reason.');
    expect(t.counts()).toEqual(before);

    const waived = await t.ok('deposits.setStatus', { ...set('waived', 1, 'Long-standing client'), status: 'waived' });
    expect(waived).toMatchObject({ status: 'waived', statusReason: 'Long-standing client', statusChangedAt: NOW.toISOString() });
    const row = t.open.sqlite.prepare("SELECT reason FROM audit_log WHERE action = 'status:waived'").get() as { reason: string };
    expect(row.reason).toBe('Long-standing client');
    expect((await t.err('deposits.setStatus', set('refunded', waived.version))).fields?.status).toBe(
      'A deposit that is waived is final and cannot become refunded.',
    );
  });

  it('refunds a part-paid deposit but will not waive it', async () => {
    const { deposit } = await threeSessionPlan();
    const half = await t.ok('deposits.recordPayment', {
      depositId: deposit.id,
      expectedVersion: 1,
      amountMinor: 2500,
      method: 'cash',
      receipt: 'R-9',
      paidAt: '2026-11-21T09:00:00.000Z',
    });
    const e = await t.err('deposits.setStatus', { depositId: deposit.id, expectedVersion: half.version, status: 'waived', reason: 'x' });
    expect(e.fields?.status).toBe('£25.00 has already been paid; refund or forfeit it rather than waiving the deposit.');
    const refunded = await t.ok('deposits.setStatus', {
      depositId: deposit.id,
      expectedVersion: half.version,
      status: 'refunded',
      reason: 'Moved abroad',
    });
    expect(refunded.status).toBe('refunded');
  });
});

describe('deposit amounts after the quote', () => {
  it('adds a deposit to a plan quoted without one, once per session, and refuses bad ones writing nothing', async () => {
    const plan = await t.ok('plans.create', { clientId, quotedSessions: 4, priceMinor: 180000, currency: 'GBP' });
    const before = t.counts();
    const add = (over: Record<string, unknown>) => ({
      planId: plan.id,
      sessionNumber: 3,
      amountMinor: 5000,
      reason: 'Agreed at consultation',
      ...over,
    });
    expect((await t.err('deposits.add', add({ sessionNumber: 2 }))).fields?.sessionNumber).toBe(
      'Deposits secure the third session or later.',
    );
    expect((await t.err('deposits.add', add({ sessionNumber: 5 }))).fields?.sessionNumber).toBe(
      'Session 5 is not part of a 4-session quote.',
    );
    expect((await t.err('deposits.add', add({ amountMinor: 0 }))).fields?.amountMinor).toBe('A deposit must be more than zero.');
    expect((await t.err('deposits.add', add({ reason: '' }))).fields?.reason).toBe('Enter the reason.');
    expect(t.counts()).toEqual(before);
    const d = await t.ok('deposits.add', add({}));
    expect(d).toMatchObject({ sessionNumber: 3, amountMinor: 5000, status: 'required', currency: 'GBP' });
    expect((await t.err('deposits.add', add({}))).fields?.sessionNumber).toBe('Session 3 already has a deposit.');
    const audit = t.open.sqlite.prepare("SELECT reason FROM audit_log WHERE entity = 'deposit' AND action = 'create'").pluck().get();
    expect(audit).toBe('Agreed at consultation');
  });

  it('changes a required deposit’s amount, never below what was paid; matching the paid sum settles it', async () => {
    const { deposit } = await threeSessionPlan();
    const paid = await t.ok('deposits.recordPayment', {
      depositId: deposit.id,
      expectedVersion: 1,
      amountMinor: 6000,
      method: 'card',
      receipt: 'R1',
      paidAt: NOW.toISOString(),
    });
    const set = (amountMinor: number, expectedVersion: number) => ({
      depositId: deposit.id,
      expectedVersion,
      amountMinor,
      reason: 'Price match',
    });
    const before = t.counts();
    expect((await t.err('deposits.setAmount', set(5000, paid.version))).fields?.amountMinor).toBe(
      '£60.00 has already been paid; the deposit cannot be less.',
    );
    expect((await t.err('deposits.setAmount', set(8000, deposit.version))).code).toBe('conflict');
    expect(t.counts()).toEqual(before);
    const raised = await t.ok('deposits.setAmount', set(12000, paid.version));
    expect(raised).toMatchObject({ amountMinor: 12000, status: 'required' });
    const settled = await t.ok('deposits.setAmount', set(6000, raised.version));
    expect(settled).toMatchObject({ amountMinor: 6000, paidMinor: 6000, status: 'paid' });
    expect((await t.err('deposits.setAmount', set(7000, settled.version))).fields?.amountMinor).toBe(
      'This deposit is paid; its amount can no longer change.',
    );
  });
});

describe('booking', () => {
  it('books session 3 unpaid only with an override reason, kept on the session and the deposit', async () => {
    const { plan, deposit } = await threeSessionPlan();
    await t.ok('sessions.chart', chart('2026-10-20T10:00:00.000Z', { planId: plan.id }));
    await t.ok('sessions.chart', chart('2026-11-10T10:00:00.000Z', { planId: plan.id }));
    const before = t.counts();
    const e = await t.err('sessions.book', { clientId, planId: plan.id, bookedFor: '2026-12-03T10:00:00.000Z' });
    expect(e.fields?.depositOverrideReason).toMatch(/not paid/);
    expect(t.counts()).toEqual(before);
    // No plan named: the client's one open plan still applies its deposit.
    expect((await t.err('sessions.book', { clientId, bookedFor: '2026-12-03T10:00:00.000Z' })).fields?.depositOverrideReason).toMatch(
      /not paid/,
    );
    const s = await t.ok('sessions.book', {
      clientId,
      planId: plan.id,
      bookedFor: '2026-12-03T10:00:00.000Z',
      outsideWindowReason: 'typed but not needed',
      depositOverrideReason: 'Paying by transfer on Monday',
    });
    expect(s).toMatchObject({ number: 3, depositOverrideReason: 'Paying by transfer on Monday', outsideWindowReason: null });
    const [d] = await t.ok('deposits.forPlan', { planId: plan.id });
    expect(d).toMatchObject({ id: deposit.id, status: 'required', overrideReason: 'Paying by transfer on Monday' });
    expect(auditCount('override:deposit')).toBe(1);
    expect(auditCount('override')).toBe(1);
  });

  it('asks for a reason outside the window, and to move a session; records a no-show', async () => {
    const s1 = await t.ok('sessions.chart', chart('2026-11-10T10:00:00.000Z'));
    clock = new Date('2026-11-10T12:00:00Z'); // booking on the day of session 1
    const early = await t.err('sessions.book', { clientId, bookedFor: '2026-11-16T10:00:00.000Z' });
    expect(early.fields?.outsideWindowReason).toBe(
      'Session 2 should be booked from 17 Nov 2026. Give a reason to book outside this window.',
    );
    const s2 = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-17T10:00:00.000Z' });
    expect(s2).toMatchObject({ number: 2, outsideWindowReason: null });
    expect(s1.number).toBe(1);

    const before = t.counts();
    const noReason = await t.err('sessions.reschedule', { id: s2.id, expectedVersion: s2.version, bookedFor: '2026-11-18T10:00:00.000Z' });
    expect(noReason.fields?.reason).toBe('Enter why the session is moved.');
    const tooEarly = await t.err('sessions.reschedule', {
      id: s2.id,
      expectedVersion: s2.version,
      bookedFor: '2026-11-12T10:00:00.000Z',
      reason: 'Client asked',
    });
    expect(tooEarly.fields?.outsideWindowReason).toMatch(/from 17 Nov 2026/);
    expect(t.counts()).toEqual(before);
    const moved = await t.ok('sessions.reschedule', {
      id: s2.id,
      expectedVersion: s2.version,
      bookedFor: '2026-11-12T10:00:00.000Z',
      reason: 'Client travelling',
      outsideWindowReason: 'Healed fast; practitioner agreed',
    });
    expect(moved).toMatchObject({ bookedFor: '2026-11-12T10:00:00.000Z', outsideWindowReason: 'Healed fast; practitioner agreed' });
    const audit = t.open.sqlite.prepare("SELECT reason FROM audit_log WHERE action = 'reschedule'").pluck().get();
    expect(audit).toBe('Client travelling');

    const stale = await t.err('sessions.cancel', { id: s2.id, expectedVersion: s2.version, reason: 'x' });
    expect(stale.code).toBe('conflict');
    const ns = await t.ok('sessions.cancel', { id: s2.id, expectedVersion: moved.version, reason: 'Did not arrive', noShow: true });
    expect(ns).toMatchObject({ status: 'no_show', cancelReason: 'Did not arrive' });
    expect((await t.err('sessions.cancel', { id: s2.id, expectedVersion: ns.version, reason: 'again' })).fields?.reason).toMatch(/no_show/);
  });

  it('numbers a touch-up within its own plan and refuses booking a cancelled plan', async () => {
    await t.ok('sessions.chart', chart('2026-10-01T10:00:00.000Z'));
    const touch = await t.ok('plans.create', { clientId, kind: 'touch_up', quotedSessions: 1, priceMinor: 30000, currency: 'GBP' });
    const s = await t.ok('sessions.book', { clientId, planId: touch.id, bookedFor: '2029-10-01T10:00:00.000Z' });
    expect(s).toMatchObject({ kind: 'touch_up', number: 1 });
    const later = await t.ok('plans.create', {
      clientId,
      kind: 'touch_up',
      quotedSessions: 1,
      priceMinor: 30000,
      currency: 'GBP',
      recallOn: '2033-01-01',
    });
    expect(await t.ok('reception.nextSession', { planId: later.id })).toMatchObject({
      kind: 'touch_up',
      number: 1,
      canBook: true,
      window: null,
      recallOn: '2033-01-01',
    });
    const cancelled = await t.ok('plans.setStatus', {
      id: later.id,
      expectedVersion: later.version,
      status: 'cancelled',
      reason: 'Moved away',
    });
    const e = await t.err('sessions.book', { clientId, planId: cancelled.id, bookedFor: '2033-01-05T10:00:00.000Z' });
    expect(e.fields?.planId).toBe('This plan is cancelled; sessions cannot be booked on it.');
  });
});

describe('the reception board', () => {
  it('walks a client through outstanding → paid, not booked → booked → applied, with totals', async () => {
    const { plan, deposit } = await threeSessionPlan();
    await t.ok('sessions.chart', chart('2026-10-20T10:00:00.000Z', { planId: plan.id }));
    await t.ok('sessions.chart', chart('2026-11-10T10:00:00.000Z', { planId: plan.id }));

    let board = await t.ok('reception.board', {});
    expect(board).toMatchObject({ today: '2026-11-21', weekFrom: '2026-11-21', weekTo: '2026-11-27' });
    expect(board.rows).toEqual([
      expect.objectContaining({
        clientId,
        lastName: 'Okafor',
        sessionNumber: 3,
        state: 'deposit_outstanding',
        daysSincePrevious: 11,
        previousDate: '2026-11-10',
        windowEarliest: '2026-12-01',
        windowLatest: '2026-12-08',
        outstandingMinor: 10000,
        heldMinor: 0,
        dueThisWeek: false,
      }),
    ]);
    expect(board.totals).toEqual([{ currency: 'GBP', outstandingMinor: 10000, heldMinor: 0 }]);

    const half = await t.ok('deposits.recordPayment', {
      depositId: deposit.id,
      expectedVersion: 1,
      amountMinor: 4000,
      method: 'card',
      receipt: 'R1',
      paidAt: NOW.toISOString(),
    });
    board = await t.ok('reception.board', {});
    expect(board.rows[0]).toMatchObject({ state: 'deposit_outstanding', outstandingMinor: 6000, heldMinor: 4000 });
    expect(board.totals).toEqual([{ currency: 'GBP', outstandingMinor: 6000, heldMinor: 4000 }]);

    await t.ok('deposits.recordPayment', {
      depositId: deposit.id,
      expectedVersion: half.version,
      amountMinor: 6000,
      method: 'cash',
      receipt: 'R2',
      paidAt: NOW.toISOString(),
    });
    board = await t.ok('reception.board', {});
    expect(board.rows[0]).toMatchObject({ state: 'paid_not_booked', outstandingMinor: 0, heldMinor: 10000 });

    // Seen from a week later, its window opens before that week is out.
    expect((await t.ok('reception.board', { today: '2026-11-28' })).rows[0]).toMatchObject({ dueThisWeek: true });

    const next = await t.ok('reception.nextSession', { planId: plan.id });
    expect(next).toMatchObject({
      number: 3,
      canBook: true,
      previous: { number: 2, date: '2026-11-10', performed: true },
      window: { earliest: '2026-12-01', latest: '2026-12-08' },
      deposit: { status: 'paid', paidMinor: 10000 },
    });

    const booked = await t.ok('sessions.book', { clientId, planId: plan.id, bookedFor: '2026-12-02T10:00:00.000Z' });
    board = await t.ok('reception.board', {});
    expect(board.rows[0]).toMatchObject({ state: 'booked', bookedFor: '2026-12-02T10:00:00.000Z', sessionId: booked.id });
    expect((await t.ok('reception.nextSession', { planId: plan.id })).canBook).toBe(false);

    clock = new Date('2026-12-02T12:00:00Z'); // the day of session 3
    await t.ok('sessions.chart', chart('2026-12-02T10:00:00.000Z', { sessionId: booked.id, expectedVersion: booked.version }));
    // Session 3 was the plan's last: the plan is completed, and its last session shows as done, not due.
    expect((await t.ok('plans.list', { clientId }))[0]!.status).toBe('completed');
    board = await t.ok('reception.board', { today: '2026-12-02' });
    expect(board.rows).toEqual([expect.objectContaining({ state: 'applied', heldMinor: 0, outstandingMinor: 0, dueThisWeek: false })]);
    expect(board.totals).toEqual([]); // nothing owed or held in any currency
    // A month on, the finished plan has left the board.
    expect((await t.ok('reception.board', { today: '2027-01-15' })).rows).toEqual([]);
  });

  it('counts the days since the last session from a session charted today, not the one before it', async () => {
    performed = 0;
    await t.ok('plans.create', { clientId, quotedSessions: 4, priceMinor: 180000, currency: 'GBP' });
    await t.ok('sessions.chart', chart('2026-10-20T10:00:00.000Z'));
    await t.ok('sessions.chart', chart('2026-11-10T10:00:00.000Z'));
    await t.ok('sessions.chart', chart('2026-11-21T08:00:00.000Z'));
    const rows = (await t.ok('reception.board', {})).rows;
    expect(rows.map((r) => [r.sessionNumber, r.state, r.daysSincePrevious])).toEqual([
      [3, 'performed', 0],
      [4, 'not_booked', 0],
    ]);
  });

  it('shows session 2 once it is due to be booked, and touch-up recalls coming due', async () => {
    const other = (await t.ok('clients.create', { firstName: 'Ana', lastName: 'Lima' })).id;
    await t.ok('plans.create', { clientId, quotedSessions: 2, priceMinor: 90000, currency: 'GBP' });
    await t.ok('sessions.chart', chart('2026-11-18T10:00:00.000Z'));
    await t.ok('plans.create', {
      clientId: other,
      kind: 'touch_up',
      quotedSessions: 1,
      priceMinor: 30000,
      currency: 'GBP',
      recallOn: '2026-12-15',
    });
    await t.ok('plans.create', {
      clientId: other,
      kind: 'touch_up',
      quotedSessions: 1,
      priceMinor: 30000,
      currency: 'GBP',
      recallOn: '2028-01-01',
    });

    const board = await t.ok('reception.board', {});
    expect(board.rows.map((r) => [r.lastName, r.sessionNumber, r.state, r.dueThisWeek, r.windowEarliest])).toEqual([
      ['Okafor', 2, 'not_booked', true, '2026-11-25'],
      ['Lima', 1, 'recall_due', false, null],
    ]);
    // A week earlier session 2's window (from 25 Nov) did not open that week, so only the recall shows;
    // two months before the recall, not even that.
    expect((await t.ok('reception.board', { today: '2026-11-10' })).rows.map((r) => r.lastName)).toEqual(['Lima']);
    expect((await t.ok('reception.board', { today: '2026-10-10' })).rows.map((r) => r.lastName)).toEqual([]);
  });

  it('lists a day’s bookings and a date range for the calendar', async () => {
    const { plan } = await threeSessionPlan();
    const staffId = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
    await t.ok('sessions.chart', chart('2026-10-20T10:00:00.000Z', { planId: plan.id }));
    const s2 = await t.ok('sessions.book', { clientId, planId: plan.id, bookedFor: '2026-11-23T14:30:00.000Z', practitionerId: staffId });
    const day = await t.ok('reception.day', { date: '2026-11-23' });
    expect(day).toEqual([
      expect.objectContaining({
        sessionId: s2.id,
        lastName: 'Okafor',
        phone: '07700 900123',
        number: 2,
        quotedSessions: 3,
        practitionerName: 'Jo Reyes',
      }),
    ]);
    expect(await t.ok('reception.day', { date: '2026-11-24' })).toEqual([]);
    expect(await t.ok('reception.bookings', { from: '2026-11-01', to: '2026-11-30' })).toHaveLength(1);
  });

  it('refuses malformed reception queries beside the field', async () => {
    expect((await t.err('reception.day', { date: '2026-02-30' })).fields?.date).toBe('The day is not a real date.');
    expect((await t.err('reception.bookings', { from: '2026-12-01', to: '2026-11-01' })).fields?.to).toMatch(/must not be before/);
    expect((await t.err('reception.bookings', { from: '2026-01-01', to: '2036-01-01' })).fields?.to).toMatch(/at most three years/);
    expect((await t.err('reception.board', { today: 'tomorrow' })).fields?.today).toMatch(/as a date/);
    expect((await t.err('reception.nextSession', { planId: 999 })).code).toBe('not_found');
  });
});
