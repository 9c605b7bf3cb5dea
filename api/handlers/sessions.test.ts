import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let practitionerId: number;
// The clinic's clock: a test that charts a booked session moves it to that day.
let clock: Date;
beforeEach(async () => {
  clock = new Date('2026-11-21T09:00:00Z');
  t = await testApi(() => clock);
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  practitionerId = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
});
afterEach(() => t.close());

const chart = (over: Record<string, unknown> = {}) => ({
  clientId,
  practitionerId,
  performedAt: '2026-11-02T10:00:00.000Z',
  prepDone: true,
  pigmentBrand: 'Scalp Ink',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: 'B-2231',
  pigmentExpiry: '2027-06-30',
  needle: '1RL 0.25',
  zones: ['frontal_hairline', 'crown'] as ('frontal_hairline' | 'crown')[],
  ...over,
});

describe('charting sessions', () => {
  it('charts a first session, then requires retention and a reason for a darker shade at the second', async () => {
    const s1 = await t.ok('sessions.chart', chart());
    expect(s1).toMatchObject({ number: 1, status: 'performed', zones: ['frontal_hairline', 'crown'] });

    const noRetention = await t.err('sessions.chart', chart({ performedAt: '2026-11-12T10:00:00.000Z' }));
    expect(noRetention.fields?.retention).toMatch(/session 1/);

    const before = t.counts();
    const noReason = await t.err(
      'sessions.chart',
      chart({
        performedAt: '2026-11-12T10:00:00.000Z',
        pigmentShade: 'Dark Grey',
        retention: [{ zone: 'frontal_hairline', rating: 'heavy_fading', note: '' }],
      }),
    );
    expect(noReason.fields?.['shadeChange.reason']).toMatch(/differs from session 1/);
    expect(t.counts()).toEqual(before);

    const s2 = await t.ok(
      'sessions.chart',
      chart({
        performedAt: '2026-11-12T10:00:00.000Z',
        pigmentShade: 'Dark Grey',
        retention: [{ zone: 'frontal_hairline', rating: 'heavy_fading', note: 'Faded at the front' }],
        shadeChange: { reason: 'faded', note: '' },
      }),
    );
    expect(s2.number).toBe(2);
    const c = await t.ok('clients.chart', { id: clientId });
    expect(c.sessions.map((s) => s.number)).toEqual([2, 1]);
    expect(c.sessions[0]?.retention).toEqual([expect.objectContaining({ zone: 'frontal_hairline', rating: 'heavy_fading' })]);
    expect(c.sessions[0]?.shadeChanges).toEqual([
      expect.objectContaining({ fromShade: 'Medium Grey', toShade: 'Dark Grey', reason: 'faded' }),
    ]);
  });

  it('refuses an expired batch beside the expiry field, writing nothing', async () => {
    const before = t.counts();
    const e = await t.err('sessions.chart', chart({ pigmentExpiry: '2026-10-31' }));
    expect(e.fields?.pigmentExpiry).toMatch(/expired on 31 Oct 2026/);
    expect(t.counts()).toEqual(before);
  });

  it('names every missing required field', async () => {
    const e = await t.err('sessions.chart', { clientId, performedAt: '2026-11-02T10:00:00.000Z', zones: [] });
    expect(Object.keys(e.fields ?? {})).toEqual(
      expect.arrayContaining(['pigmentBrand', 'pigmentShade', 'dilution', 'pigmentBatch', 'pigmentExpiry', 'needle', 'zones']),
    );
  });

  it('blocks charting on an unexpired temporary contraindication until an override reason is given', async () => {
    await t.ok('contraindications.add', { clientId, condition: 'Laser treatment', tier: 'temporary', until: '2027-01-15' });
    const e = await t.err('sessions.chart', chart());
    expect(e.fields?.contraindicationOverrideReason).toMatch(/Laser treatment/);
    const s = await t.ok('sessions.chart', chart({ contraindicationOverrideReason: 'Laser was on the legs only' }));
    expect(s.contraindicationOverrideReason).toBe('Laser was on the legs only');
    const audited = t.open.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'override:contraindication'").pluck().get();
    expect(audited).toBe(1);
  });

  it('refuses a stale save of the same session and returns what changed', async () => {
    const s1 = await t.ok('sessions.chart', chart());
    await t.ok('sessions.chart', chart({ sessionId: s1.id, expectedVersion: 1, notes: 'First edit' }));
    const e = await t.err('sessions.chart', chart({ sessionId: s1.id, expectedVersion: 1, notes: 'Second edit' }));
    expect(e.code).toBe('conflict');
    expect(e.current).toMatchObject({ notes: 'First edit', version: 2 });
  });

  it('marks a hairline request done at a later session', async () => {
    const s1 = await t.ok('sessions.chart', chart());
    const r = await t.ok('hairlineRequests.raise', {
      clientId,
      raisedAtSessionId: s1.id,
      kind: 'lower_hairline',
      request: 'Lower it a little',
    });
    const s2 = await t.ok(
      'sessions.chart',
      chart({
        performedAt: '2026-11-12T10:00:00.000Z',
        retention: [{ zone: 'crown', rating: 'held_well', note: '' }],
        doneRequestIds: [r.id],
      }),
    );
    const c = await t.ok('clients.chart', { id: clientId });
    expect(c.hairlineRequests[0]).toMatchObject({ status: 'done', doneAtSessionId: s2.id });
  });
});

describe('booking and deposits', () => {
  it('secures session 3 with a deposit: partial, full, book in window, applied when performed', async () => {
    const plan = await t.ok('plans.create', {
      clientId,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    });
    await t.ok('sessions.chart', chart({ planId: plan.id }));
    await t.ok(
      'sessions.chart',
      chart({ planId: plan.id, performedAt: '2026-11-12T10:00:00.000Z', retention: [{ zone: 'crown', rating: 'held_well', note: '' }] }),
    );
    const deposit = (await t.ok('deposits.forPlan', { planId: plan.id }))[0]!;
    expect(deposit.status).toBe('required');

    const unpaid = await t.err('sessions.book', { clientId, planId: plan.id, bookedFor: '2026-12-05T10:00:00.000Z' });
    expect(unpaid.fields?.depositOverrideReason).toMatch(/not paid/);

    const half = await t.ok('deposits.recordPayment', {
      depositId: deposit.id,
      expectedVersion: deposit.version,
      amountMinor: 4000,
      method: 'card',
      receipt: 'R-1',
      paidAt: '2026-11-12T11:00:00.000Z',
    });
    expect(half).toMatchObject({ status: 'required', paidMinor: 4000 });
    const tooMuch = await t.err('deposits.recordPayment', {
      depositId: deposit.id,
      expectedVersion: half.version,
      amountMinor: 7000,
      method: 'cash',
      receipt: 'R-2',
      paidAt: '2026-11-12T11:00:00.000Z',
    });
    expect(tooMuch.fields?.amountMinor).toMatch(/£60.00 is outstanding/);
    const full = await t.ok('deposits.recordPayment', {
      depositId: deposit.id,
      expectedVersion: half.version,
      amountMinor: 6000,
      method: 'cash',
      receipt: 'R-2',
      paidAt: '2026-11-13T11:00:00.000Z',
    });
    expect(full).toMatchObject({ status: 'paid', paidMinor: 10000, paidAt: '2026-11-13T11:00:00.000Z' });
    expect(full.payments).toHaveLength(2);

    clock = new Date('2026-11-13T12:00:00Z'); // booking on the day the deposit was paid
    const early = await t.err('sessions.book', { clientId, planId: plan.id, bookedFor: '2026-11-20T10:00:00.000Z' });
    expect(early.fields?.outsideWindowReason).toMatch(/between 3 Dec 2026 and 10 Dec 2026/);
    const booked = await t.ok('sessions.book', { clientId, planId: plan.id, bookedFor: '2026-12-05T10:00:00.000Z' });
    expect(booked).toMatchObject({ number: 3, status: 'booked' });

    clock = new Date('2026-12-05T12:00:00Z'); // the day of session 3
    await t.ok(
      'sessions.chart',
      chart({
        sessionId: booked.id,
        expectedVersion: booked.version,
        performedAt: '2026-12-05T10:00:00.000Z',
        retention: [{ zone: 'crown', rating: 'held_well', note: '' }],
      }),
    );
    const applied = (await t.ok('deposits.forPlan', { planId: plan.id }))[0]!;
    expect(applied).toMatchObject({ status: 'applied', appliedSessionId: booked.id });

    const back = await t.err('deposits.setStatus', {
      depositId: applied.id,
      expectedVersion: applied.version,
      status: 'refunded',
      reason: 'x',
    });
    expect(back.fields?.status).toMatch(/applied is final/);
  });

  it('refuses a course quoting fewer than two sessions', async () => {
    const e = await t.err('plans.create', { clientId, quotedSessions: 1, priceMinor: 100, currency: 'GBP' });
    expect(e.fields?.quotedSessions).toMatch(/at least two/);
  });

  it('records a no-show with its reason', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    const ns = await t.ok('sessions.cancel', { id: s.id, expectedVersion: s.version, reason: 'Did not arrive', noShow: true });
    expect(ns).toMatchObject({ status: 'no_show', cancelReason: 'Did not arrive' });
  });
});

describe('intake and consent', () => {
  it('needs a witness for consent, and keeps consent once given', async () => {
    const e = await t.err('intake.save', { clientId, answers: {}, consentGivenAt: '2026-11-02T09:00:00.000Z' });
    expect(e.fields?.consentWitnessedBy).toMatch(/witnessed/);
    const i = await t.ok('intake.save', {
      clientId,
      answers: { blood_thinners: { answer: false, detail: '' } },
      complete: true,
      consentGivenAt: '2026-11-02T09:00:00.000Z',
      consentWitnessedBy: practitionerId,
    });
    expect(i.completedAt).not.toBeNull();
    const again = await t.err('intake.save', { clientId, expectedVersion: i.version, answers: {}, consentGivenAt: null });
    expect(again.fields?.consentGivenAt).toMatch(/cannot be removed/);
  });
});
