// The clinic's rules for booking, moving, cancelling and charting sessions, at the handler.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { auditActions, expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let practitionerId: number;
// The clinic's clock: a test that books ahead of a session it charted sets it back to that day.
let clock: Date;
const setNow = (iso: string) => {
  clock = new Date(iso);
};
beforeEach(async () => {
  setNow('2026-11-21T09:00:00Z');
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
const held = [{ zone: 'crown' as const, rating: 'held_well' as const, note: '' }];
const second = (over: Record<string, unknown> = {}) => chart({ performedAt: '2026-11-12T10:00:00.000Z', retention: held, ...over });
const contraindication = (condition: string, tier: 'absolute' | 'temporary' | 'doctor_letter', until: string | null = null) =>
  t.ok('contraindications.add', { clientId, condition, tier, until });

describe('contraindications at charting', () => {
  it('an absolute contraindication blocks charting without an override', async () => {
    await contraindication('Keloid scarring', 'absolute');
    const before = t.counts();
    const e = await t.err('sessions.chart', chart());
    expect(e.fields?.contraindicationOverrideReason).toBe(
      'Charting is blocked by: Keloid scarring. A practitioner must record a reason to go ahead.',
    );
    expect(t.counts()).toEqual(before);
    const s = await t.ok('sessions.chart', chart({ contraindicationOverrideReason: 'Patch test clear, consultant agreed' }));
    expect(s.contraindicationOverrideReason).toBe('Patch test clear, consultant agreed');
    expectAudit(t, {
      entity: 'session',
      entityId: s.id,
      action: 'override:contraindication',
      reason: 'Patch test clear, consultant agreed',
    });
  });

  it('one needing a doctor’s letter blocks until the letter is in', async () => {
    const c = await contraindication('Blood thinners', 'doctor_letter');
    expect((await t.err('sessions.chart', chart())).fields?.contraindicationOverrideReason).toMatch(/Blood thinners/);
    await t.ok('contraindications.resolve', {
      id: c.id,
      expectedVersion: c.version,
      doctorLetterReceived: true,
      note: 'Letter from Dr Hale',
    });
    const s = await t.ok('sessions.chart', chart());
    expect(s.contraindicationOverrideReason).toBeNull();
    expect(auditActions(t, 'session', s.id)).toEqual(['chart']);
  });

  it('a resolved one does not block', async () => {
    const c = await contraindication('Keloid scarring', 'absolute');
    await t.ok('contraindications.resolve', { id: c.id, expectedVersion: c.version, note: 'Recorded in error' });
    expect((await t.ok('sessions.chart', chart())).status).toBe('performed');
  });

  it('a temporary one ending on the session day, or before it, does not block; one ending after it does', async () => {
    await contraindication('Sunburn', 'temporary', '2026-11-02');
    await contraindication('Laser', 'temporary', '2026-10-01');
    const s = await t.ok('sessions.chart', chart({ contraindicationOverrideReason: 'not needed' }));
    expect(s.contraindicationOverrideReason).toBeNull(); // nothing was overridden
    await contraindication('Retinoids', 'temporary', '2026-11-13');
    const e = await t.err('sessions.chart', second());
    expect(e.fields?.contraindicationOverrideReason).toBe(
      'Charting is blocked by: Retinoids. A practitioner must record a reason to go ahead.',
    );
  });

  it('names every condition that blocks', async () => {
    await contraindication('Keloid scarring', 'absolute');
    await contraindication('Diabetes', 'doctor_letter');
    const e = await t.err('sessions.chart', chart());
    expect(e.fields?.contraindicationOverrideReason).toMatch(/blocked by: Keloid scarring, Diabetes\./);
  });
});

describe('charting a session', () => {
  it('audits a new session as charted, with what was charted', async () => {
    const s = await t.ok('sessions.chart', chart());
    expectAudit(t, {
      entity: 'session',
      entityId: s.id,
      action: 'chart',
      before: null,
      after: {
        clientId,
        number: 1,
        status: 'performed',
        pigmentShade: 'Medium Grey',
        dilution: '1:3',
        pigmentBatch: 'B-2231',
        practitionerId,
      },
    });
  });

  it('audits a change to a performed session as a correction, naming the fields changed', async () => {
    const s = await t.ok('sessions.chart', chart());
    await t.ok('sessions.chart', chart({ sessionId: s.id, expectedVersion: s.version, needle: '3RL 0.30', notes: 'Needle corrected' }));
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'correct', changed: ['needle', 'notes'] });
  });

  it('accepts a batch that expires on the session day, not the day before', async () => {
    expect((await t.ok('sessions.chart', chart({ pigmentExpiry: '2026-11-02' }))).pigmentExpiry).toBe('2026-11-02');
    const e = await t.err('sessions.chart', second({ pigmentExpiry: '2026-11-11' }));
    expect(e.fields?.pigmentExpiry).toBe('This batch expired on 11 Nov 2026. Use an unexpired batch.');
  });

  it('asks for retention of the session before, by its number', async () => {
    await t.ok('sessions.chart', chart());
    const e = await t.err('sessions.chart', second({ retention: [] }));
    expect(e.fields?.retention).toBe("Assess how session 1's pigment was retained, zone by zone.");
  });

  it('asks why when only the dilution changes, and records the change with both dilutions', async () => {
    await t.ok('sessions.chart', chart());
    const e = await t.err('sessions.chart', second({ dilution: '1:2' }));
    expect(e.fields?.['shadeChange.reason']).toBe('The shade or dilution differs from session 1 (Medium Grey, 1:3). Choose why.');
    const s2 = await t.ok('sessions.chart', second({ dilution: '1:2', shadeChange: { reason: 'faded', note: 'Stronger mix' } }));
    const c = await t.ok('clients.chart', { id: clientId });
    const change = c.sessions.find((s) => s.id === s2.id)!.shadeChanges[0]!;
    expect(change).toMatchObject({
      fromShade: 'Medium Grey',
      toShade: 'Medium Grey',
      fromDilution: '1:3',
      toDilution: '1:2',
      reason: 'faded',
      note: 'Stronger mix',
    });
    expectAudit(t, {
      entity: 'shade_change',
      entityId: change.id,
      action: 'create',
      after: { sessionId: s2.id, fromDilution: '1:3', toDilution: '1:2', reason: 'faded' },
    });
    expectAudit(t, {
      entity: 'retention',
      entityId: s2.id,
      action: 'create',
      before: null,
      after: { 0: { zone: 'crown', rating: 'held_well' } },
    });
  });

  it('re-rates retention zone by zone, audited as an update, and refuses a zone rated twice', async () => {
    await t.ok('sessions.chart', chart());
    const s2 = await t.ok('sessions.chart', second());
    const after = await t.ok('retention.save', {
      sessionId: s2.id,
      notes: [
        { zone: 'crown', rating: 'patchy', note: 'Seen in daylight' },
        { zone: 'scar', rating: 'held_well', note: '' },
      ],
    });
    expect(after.map((r) => [r.zone, r.rating])).toEqual(
      expect.arrayContaining([
        ['crown', 'patchy'],
        ['scar', 'held_well'],
      ]),
    );
    const entry = expectAudit(t, { entity: 'retention', entityId: s2.id, action: 'update' });
    expect(entry.before).toEqual([expect.objectContaining({ zone: 'crown', rating: 'held_well' })]);
    const twice = await t.err('retention.save', {
      sessionId: s2.id,
      notes: [
        { zone: 'crown', rating: 'patchy', note: '' },
        { zone: 'crown', rating: 'held_well', note: '' },
      ],
    });
    expect(twice.fields?.retention).toBe('Rate each zone once.');
  });

  it('records a shade change with nothing filled in but the reason', async () => {
    const s = await t.ok('sessions.chart', chart());
    const bare = await t.ok('shadeChanges.record', { sessionId: s.id, reason: 'other', note: '' });
    expect(bare).toMatchObject({ fromShade: null, toShade: null, fromDilution: null, toDilution: null });
  });

  it('records a shade change on its own, audited', async () => {
    const s = await t.ok('sessions.chart', chart());
    const c = await t.ok('shadeChanges.record', {
      sessionId: s.id,
      fromShade: 'Medium Grey',
      toShade: 'Soft Black',
      fromDilution: '1:3',
      toDilution: '1:2',
      reason: 'client_darker',
      note: 'Wanted darker',
    });
    expect(c).toMatchObject({ sessionId: s.id, fromShade: 'Medium Grey', toShade: 'Soft Black', fromDilution: '1:3', toDilution: '1:2' });
    expectAudit(t, {
      entity: 'shade_change',
      entityId: c.id,
      action: 'create',
      before: null,
      after: { toShade: 'Soft Black', reason: 'client_darker', note: 'Wanted darker' },
    });
  });

  it('marks a request done at the session that did it, audited, and only the client’s own open requests', async () => {
    const s1 = await t.ok('sessions.chart', chart());
    const r = await t.ok('hairlineRequests.raise', {
      clientId,
      raisedAtSessionId: s1.id,
      kind: 'lower_hairline',
      request: 'Lower it a little',
    });
    const s2 = await t.ok('sessions.chart', second({ doneRequestIds: [r.id] }));
    expectAudit(t, {
      entity: 'hairline_request',
      entityId: r.id,
      action: 'done',
      changed: ['status', 'doneAtSessionId'],
      after: { status: 'done', doneAtSessionId: s2.id },
    });
    const again = await t.err('sessions.chart', second({ sessionId: s2.id, expectedVersion: s2.version, doneRequestIds: [r.id] }));
    expect(again.fields?.doneRequestIds).toBe('“Lower it a little” is already done.');
    const declined = await t.ok('hairlineRequests.raise', { clientId, kind: 'lower_hairline', request: 'Much lower' });
    await t.ok('hairlineRequests.setStatus', { id: declined.id, expectedVersion: declined.version, status: 'declined', note: 'No' });
    const no = await t.err('sessions.chart', second({ sessionId: s2.id, expectedVersion: s2.version, doneRequestIds: [declined.id] }));
    expect(no.fields?.doneRequestIds).toBe('“Much lower” is already declined.');
    const other = (await t.ok('clients.create', { firstName: 'Ana', lastName: 'Silva' })).id;
    const theirs = await t.ok('hairlineRequests.raise', { clientId: other, kind: 'lower_hairline', request: 'x' });
    const e = await t.err('sessions.chart', second({ sessionId: s2.id, expectedVersion: s2.version, doneRequestIds: [theirs.id] }));
    expect(e.fields?.doneRequestIds).toBe('That request belongs to another client.');
  });

  it('records a new shade change when a correction changes the shade or the dilution again', async () => {
    await t.ok('sessions.chart', chart());
    const s2 = await t.ok('sessions.chart', second({ pigmentShade: 'Dark Grey', shadeChange: { reason: 'faded', note: '' } }));
    const s2b = await t.ok(
      'sessions.chart',
      second({ sessionId: s2.id, expectedVersion: s2.version, pigmentShade: 'Soft Black', shadeChange: { reason: 'faded', note: '' } }),
    );
    await t.ok(
      'sessions.chart',
      second({
        sessionId: s2.id,
        expectedVersion: s2b.version,
        pigmentShade: 'Soft Black',
        dilution: '1:2',
        shadeChange: { reason: 'faded', note: '' },
      }),
    );
    const c = await t.ok('clients.chart', { id: clientId });
    expect(c.sessions.find((s) => s.id === s2.id)!.shadeChanges.map((x) => [x.toShade, x.toDilution])).toEqual(
      expect.arrayContaining([
        ['Dark Grey', '1:3'],
        ['Soft Black', '1:3'],
        ['Soft Black', '1:2'],
      ]),
    );
  });

  it('records no shade change when a reason is given but nothing changed', async () => {
    await t.ok('sessions.chart', chart());
    const s2 = await t.ok('sessions.chart', second({ shadeChange: { reason: 'faded', note: '' } }));
    const c = await t.ok('clients.chart', { id: clientId });
    expect(c.sessions.find((s) => s.id === s2.id)!.shadeChanges).toEqual([]);
  });

  it('tells the second person charting a new session which session was charted meanwhile', async () => {
    await t.ok('sessions.chart', chart({ expectedNumber: 1 }));
    const e = await t.err('sessions.chart', second({ expectedNumber: 1 }));
    expect(e.message).toBe('Session 1 was changed by someone else since you opened it. Review their changes before saving again.');
  });

  it('asks nothing when the shade and dilution stay the same', async () => {
    await t.ok('sessions.chart', chart());
    const s2 = await t.ok('sessions.chart', second());
    const c = await t.ok('clients.chart', { id: clientId });
    expect(c.sessions.find((s) => s.id === s2.id)!.shadeChanges).toEqual([]);
  });

  it('keeps the recorded shade change when a correction leaves the shade as charted', async () => {
    await t.ok('sessions.chart', chart());
    const s2 = await t.ok('sessions.chart', second({ pigmentShade: 'Dark Grey', shadeChange: { reason: 'faded', note: '' } }));
    await t.ok(
      'sessions.chart',
      second({
        sessionId: s2.id,
        expectedVersion: s2.version,
        pigmentShade: 'Dark Grey',
        shadeChange: { reason: 'faded', note: '' },
        notes: 'Typo fixed',
      }),
    );
    const c = await t.ok('clients.chart', { id: clientId });
    expect(c.sessions.find((s) => s.id === s2.id)!.shadeChanges).toHaveLength(1);
  });

  it('makes a quoted plan active at its first charted session', async () => {
    const p = await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150000, currency: 'GBP' });
    expect(p.status).toBe('quoted');
    await t.ok('sessions.chart', chart({ planId: p.id }));
    expect((await t.ok('plans.list', { clientId }))[0]!.status).toBe('active');
    expectAudit(t, {
      entity: 'plan',
      entityId: p.id,
      action: 'status',
      before: { status: 'quoted' },
      after: { status: 'active' },
      changed: ['status'],
    });
    await t.ok('sessions.chart', second({ planId: p.id }));
    expect(auditActions(t, 'plan', p.id)).toEqual(['create', 'status']);
  });

  it('charts onto the client’s one open course plan when none is named, and completes it at its last session', async () => {
    const p = await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150000, currency: 'GBP' });
    const s1 = await t.ok('sessions.chart', chart());
    expect(s1.planId).toBe(p.id);
    expect((await t.ok('plans.list', { clientId }))[0]!.status).toBe('active');
    await t.ok('sessions.chart', second());
    expect((await t.ok('plans.list', { clientId }))[0]!.status).toBe('active');
    expect((await t.ok('reception.board', {})).rows.filter((r) => r.planId === p.id)).toHaveLength(1); // session 3 is due
    await t.ok('sessions.chart', second({ performedAt: '2026-11-20T10:00:00.000Z' }));
    expect((await t.ok('plans.list', { clientId }))[0]!.status).toBe('completed');
    expectAudit(t, { entity: 'plan', entityId: p.id, action: 'status', before: { status: 'active' }, after: { status: 'completed' } });
    expect(auditActions(t, 'plan', p.id)).toEqual(['create', 'status', 'status']);
    const rows = (await t.ok('reception.board', {})).rows.filter((r) => r.planId === p.id);
    expect(rows.map((r) => [r.sessionNumber, r.state, r.dueThisWeek])).toEqual([[3, 'performed', false]]); // done, not due
  });

  it('counts course sessions charted before the plan existed', async () => {
    await t.ok('sessions.chart', chart());
    await t.ok('sessions.chart', second());
    const p = await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150000, currency: 'GBP' });
    await t.ok('sessions.chart', second({ performedAt: '2026-11-20T10:00:00.000Z' }));
    expect((await t.ok('plans.list', { clientId }))[0]!.status).toBe('completed');
    expect(auditActions(t, 'plan', p.id)).toEqual(['create', 'status']);
  });

  it('charts onto no plan when the client has two open course plans', async () => {
    await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150000, currency: 'GBP' });
    await t.ok('plans.create', { clientId, quotedSessions: 2, priceMinor: 90000, currency: 'GBP' });
    expect((await t.ok('sessions.chart', chart())).planId).toBeNull();
    expect((await t.ok('plans.list', { clientId })).map((p) => p.status)).toEqual(['quoted', 'quoted']);
  });

  it('charts nothing onto another client’s session', async () => {
    const other = (await t.ok('clients.create', { firstName: 'Ana', lastName: 'Silva' })).id;
    const theirs = await t.ok('sessions.book', { clientId: other, bookedFor: '2026-11-25T10:00:00.000Z' });
    const e = await t.err('sessions.chart', chart({ sessionId: theirs.id, expectedVersion: theirs.version }));
    expect(e.fields?.sessionId).toBe('That session belongs to another client.');
  });

  it('charts nothing over a cancelled or no-show session', async () => {
    const a = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    const cancelled = await t.ok('sessions.cancel', { id: a.id, expectedVersion: a.version, reason: 'Ill', noShow: false });
    expect((await t.err('sessions.chart', chart({ sessionId: a.id, expectedVersion: cancelled.version }))).fields?.sessionId).toBe(
      'This session was cancelled; book a new one.',
    );
    const b = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-26T10:00:00.000Z' });
    const missed = await t.ok('sessions.cancel', { id: b.id, expectedVersion: b.version, reason: 'Did not come', noShow: true });
    expect((await t.err('sessions.chart', chart({ sessionId: b.id, expectedVersion: missed.version }))).fields?.sessionId).toBe(
      'This session was a no-show; book a new one.',
    );
  });

  it('numbers a touch-up within its own plan', async () => {
    await t.ok('sessions.chart', chart());
    await t.ok('sessions.chart', second());
    const p = await t.ok('plans.create', { clientId, kind: 'touch_up', quotedSessions: 1, priceMinor: 20000, currency: 'GBP' });
    const s = await t.ok('sessions.chart', chart({ planId: p.id, performedAt: '2026-11-20T10:00:00.000Z' }));
    expect(s).toMatchObject({ kind: 'touch_up', number: 1 });
  });
});

describe('booking sessions', () => {
  it('books into the client’s one open course plan when none is named, and audits the booking', async () => {
    const p = await t.ok('plans.create', { clientId, quotedSessions: 2, priceMinor: 100000, currency: 'GBP' });
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z', practitionerId });
    expect(s).toMatchObject({ planId: p.id, number: 1, status: 'booked', outsideWindowReason: null, depositOverrideReason: null });
    expectAudit(t, {
      entity: 'session',
      entityId: s.id,
      action: 'book',
      before: null,
      after: { planId: p.id, number: 1, bookedFor: '2026-11-25T10:00:00.000Z', practitionerId },
    });
  });

  it('books nothing past the quoted number of sessions', async () => {
    const p = await t.ok('plans.create', { clientId, quotedSessions: 2, priceMinor: 100000, currency: 'GBP' });
    await t.ok('sessions.chart', chart({ planId: p.id }));
    await t.ok('sessions.book', { clientId, planId: p.id, bookedFor: '2026-11-25T10:00:00.000Z' });
    const e = await t.err('sessions.book', { clientId, planId: p.id, bookedFor: '2026-12-25T10:00:00.000Z' });
    expect(e.fields?.planId).toBe('This plan quotes 2 sessions; all are already booked or done.');
  });

  it.each(['completed', 'cancelled'] as const)('books nothing on a %s plan', async (status) => {
    const p = await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 100000, currency: 'GBP' });
    await t.ok('plans.setStatus', { id: p.id, expectedVersion: p.version, status, reason: 'x' });
    const e = await t.err('sessions.book', { clientId, planId: p.id, bookedFor: '2026-11-25T10:00:00.000Z' });
    expect(e.fields?.planId).toBe(`This plan is ${status}; sessions cannot be booked on it.`);
  });

  it('books nothing on another client’s plan', async () => {
    const other = (await t.ok('clients.create', { firstName: 'Ana', lastName: 'Silva' })).id;
    const p = await t.ok('plans.create', { clientId: other, quotedSessions: 3, priceMinor: 100000, currency: 'GBP' });
    const e = await t.err('sessions.book', { clientId, planId: p.id, bookedFor: '2026-11-25T10:00:00.000Z' });
    expect(e.fields?.planId).toBe('Choose a plan of this client.');
  });

  it('books session 2 no earlier than its window opens, unless a reason is given, and audits the override', async () => {
    await t.ok('sessions.chart', chart());
    setNow('2026-11-02T12:00:00Z'); // booking on the day of session 1
    const e = await t.err('sessions.book', { clientId, bookedFor: '2026-11-05T10:00:00.000Z' });
    expect(e.fields?.outsideWindowReason).toBe('Session 2 should be booked from 9 Nov 2026. Give a reason to book outside this window.');
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-05T10:00:00.000Z', outsideWindowReason: 'Flying abroad' });
    expect(s.outsideWindowReason).toBe('Flying abroad');
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'override:window', reason: 'Flying abroad' });
    const inside = await t.ok('sessions.reschedule', {
      id: s.id,
      expectedVersion: s.version,
      bookedFor: '2026-11-09T10:00:00.000Z',
      reason: 'Back early',
    });
    expect(inside.outsideWindowReason).toBeNull();
  });

  it('keeps no window reason for a booking inside the window', async () => {
    await t.ok('sessions.chart', chart());
    setNow('2026-11-02T12:00:00Z');
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-10T10:00:00.000Z', outsideWindowReason: 'just in case' });
    expect(s.outsideWindowReason).toBeNull();
    expect(auditActions(t, 'session', s.id)).toEqual(['book']);
  });

  it('books a session secured by an unpaid deposit only with a reason, kept on the deposit too', async () => {
    const p = await t.ok('plans.create', {
      clientId,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    });
    await t.ok('sessions.chart', chart({ planId: p.id }));
    await t.ok('sessions.chart', second({ planId: p.id }));
    const e = await t.err('sessions.book', { clientId, planId: p.id, bookedFor: '2026-12-05T10:00:00.000Z' });
    expect(e.fields?.depositOverrideReason).toBe(
      "Session 3's booking deposit is not paid. Record the payment first, or give a reason to book anyway.",
    );
    const s = await t.ok('sessions.book', {
      clientId,
      planId: p.id,
      bookedFor: '2026-12-05T10:00:00.000Z',
      depositOverrideReason: 'Paying on the day',
    });
    expect(s.depositOverrideReason).toBe('Paying on the day');
    const d = (await t.ok('deposits.forPlan', { planId: p.id }))[0]!;
    expect(d).toMatchObject({ overrideReason: 'Paying on the day', status: 'required' });
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'override:deposit', reason: 'Paying on the day' });
    expectAudit(t, {
      entity: 'deposit',
      entityId: d.id,
      action: 'override',
      before: { overrideReason: null },
      after: { overrideReason: 'Paying on the day' },
      reason: 'Paying on the day',
    });
  });

  it('needs no reason, and keeps none, when the deposit is paid', async () => {
    const p = await t.ok('plans.create', {
      clientId,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    });
    await t.ok('sessions.chart', chart({ planId: p.id }));
    await t.ok('sessions.chart', second({ planId: p.id }));
    const d = (await t.ok('deposits.forPlan', { planId: p.id }))[0]!;
    await t.ok('deposits.recordPayment', {
      depositId: d.id,
      expectedVersion: d.version,
      amountMinor: 10000,
      method: 'card',
      receipt: 'R',
      paidAt: '2026-11-13T10:00:00.000Z',
    });
    const s = await t.ok('sessions.book', {
      clientId,
      planId: p.id,
      bookedFor: '2026-12-05T10:00:00.000Z',
      depositOverrideReason: 'not needed',
    });
    expect(s.depositOverrideReason).toBeNull();
    expect((await t.ok('deposits.forPlan', { planId: p.id }))[0]!.overrideReason).toBeNull();
  });
});

describe('moving and cancelling bookings', () => {
  it('moves a booked session with the reason, audited as a change of its date', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    const moved = await t.ok('sessions.reschedule', {
      id: s.id,
      expectedVersion: s.version,
      bookedFor: '2026-11-27T10:00:00.000Z',
      reason: 'Client asked',
    });
    expect(moved).toMatchObject({ bookedFor: '2026-11-27T10:00:00.000Z', version: s.version + 1 });
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'reschedule', changed: ['bookedFor'], reason: 'Client asked' });
  });

  it('moves only a session that is booked', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    const c = await t.ok('sessions.cancel', { id: s.id, expectedVersion: s.version, reason: 'Ill', noShow: false });
    const e = await t.err('sessions.reschedule', {
      id: s.id,
      expectedVersion: c.version,
      bookedFor: '2026-11-27T10:00:00.000Z',
      reason: 'x',
    });
    expect(e.fields?.bookedFor).toBe('Only a booked session can be moved; this one is cancelled.');
  });

  it('holds a moved session 3 to its window after session 2, with the reason to leave it', async () => {
    await t.ok('sessions.chart', chart());
    await t.ok('sessions.chart', second());
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-12-05T10:00:00.000Z' });
    const e = await t.err('sessions.reschedule', {
      id: s.id,
      expectedVersion: s.version,
      bookedFor: '2026-12-20T10:00:00.000Z',
      reason: 'x',
    });
    expect(e.fields?.outsideWindowReason).toBe(
      'Session 3 should be booked between 3 Dec 2026 and 10 Dec 2026. Give a reason to book outside this window.',
    );
    const moved = await t.ok('sessions.reschedule', {
      id: s.id,
      expectedVersion: s.version,
      bookedFor: '2026-12-20T10:00:00.000Z',
      reason: 'Holiday',
      outsideWindowReason: 'Away until the 19th',
    });
    expect(moved.outsideWindowReason).toBe('Away until the 19th');
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'override:window', reason: 'Away until the 19th' });
  });

  it('cancels a booked session with the reason, audited', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    const c = await t.ok('sessions.cancel', { id: s.id, expectedVersion: s.version, reason: 'Ill', noShow: false });
    expect(c).toMatchObject({ status: 'cancelled', cancelReason: 'Ill' });
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'cancel', changed: ['status', 'cancelReason'], reason: 'Ill' });
    const again = await t.err('sessions.cancel', { id: s.id, expectedVersion: c.version, reason: 'x', noShow: true });
    expect(again.fields?.reason).toBe('Only a booked session can be cancelled; this one is cancelled.');
  });

  it('records a no-show as its own audited action', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    await t.ok('sessions.cancel', { id: s.id, expectedVersion: s.version, reason: 'Did not arrive', noShow: true });
    expectAudit(t, {
      entity: 'session',
      entityId: s.id,
      action: 'no_show',
      changed: ['status', 'cancelReason'],
      after: { status: 'no_show' },
      reason: 'Did not arrive',
    });
  });
});

describe('more of the session rules', () => {
  it('numbers each touch-up plan’s sessions from 1', async () => {
    await t.ok('sessions.chart', chart());
    const a = await t.ok('plans.create', {
      clientId,
      kind: 'touch_up',
      quotedSessions: 1,
      priceMinor: 20000,
      currency: 'GBP',
      recallOn: '2029-01-01',
    });
    await t.ok('sessions.book', { clientId, planId: a.id, bookedFor: '2026-11-25T10:00:00.000Z' });
    const b = await t.ok('plans.create', {
      clientId,
      kind: 'touch_up',
      quotedSessions: 1,
      priceMinor: 20000,
      currency: 'GBP',
      recallOn: '2032-01-01',
    });
    expect(await t.ok('sessions.book', { clientId, planId: b.id, bookedFor: '2026-11-26T10:00:00.000Z' })).toMatchObject({
      kind: 'touch_up',
      number: 1,
    });
  });

  it('numbers a touch-up plan’s second session 2, and counts course sessions across plans', async () => {
    const before = await t.ok('sessions.chart', chart());
    const course = await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150000, currency: 'GBP' });
    setNow('2026-11-02T12:00:00Z');
    expect(await t.ok('sessions.book', { clientId, planId: course.id, bookedFor: '2026-11-20T10:00:00.000Z' })).toMatchObject({
      number: before.number + 1,
    });
    const touch = await t.ok('plans.create', {
      clientId,
      kind: 'touch_up',
      quotedSessions: 2,
      priceMinor: 20000,
      currency: 'GBP',
      recallOn: '2029-01-01',
    });
    await t.ok('sessions.book', { clientId, planId: touch.id, bookedFor: '2029-01-05T10:00:00.000Z' });
    expect(await t.ok('sessions.book', { clientId, planId: touch.id, bookedFor: '2029-02-05T10:00:00.000Z' })).toMatchObject({ number: 2 });
  });

  it('asks no retention when correcting session 1 after session 2 was charted', async () => {
    const s1 = await t.ok('sessions.chart', chart());
    await t.ok('sessions.chart', second());
    const fixed = await t.ok('sessions.chart', chart({ sessionId: s1.id, expectedVersion: s1.version, needle: '3RL', retention: [] }));
    expect(fixed).toMatchObject({ number: 1, needle: '3RL' });
  });

  it('names a missing plan', async () => {
    expect((await t.err('plans.setStatus', { id: 9999, expectedVersion: 1, status: 'active', reason: '' })).message).toBe(
      'The treatment plan was not found.',
    );
  });

  it('keeps no window reason on a first booking, which has no window', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z', outsideWindowReason: 'just in case' });
    expect(s.outsideWindowReason).toBeNull();
  });

  it('moves session 2 against session 1, not against a later booking', async () => {
    await t.ok('sessions.chart', chart());
    setNow('2026-11-02T12:00:00Z');
    const s2 = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-10T10:00:00.000Z' });
    await t.ok('sessions.book', { clientId, bookedFor: '2026-12-05T10:00:00.000Z', outsideWindowReason: 'x' });
    const moved = await t.ok('sessions.reschedule', {
      id: s2.id,
      expectedVersion: s2.version,
      bookedFor: '2026-11-11T10:00:00.000Z',
      reason: 'Later',
    });
    expect(moved.outsideWindowReason).toBeNull();
    expect(auditActions(t, 'session', s2.id)).toEqual(['book', 'reschedule']); // no window override inside it
  });

  it('asks no retention when the session before was only booked, and writes none for a first session', async () => {
    setNow('2026-10-30T12:00:00Z');
    await t.ok('sessions.book', { clientId, bookedFor: '2026-11-01T10:00:00.000Z' });
    setNow('2026-11-21T09:00:00Z');
    const s = await t.ok('sessions.chart', chart({ retention: [] }));
    expect(s.number).toBe(2);
    expect(auditActions(t, 'retention', s.id)).toEqual([]);
  });

  it('charts nothing for a client who does not exist', async () => {
    expect((await t.err('sessions.chart', chart({ clientId: 9999 }))).message).toBe('The client was not found.');
  });

  it('shows a session by its id, and names what is missing', async () => {
    const s = await t.ok('sessions.chart', chart());
    expect(await t.ok('sessions.get', { id: s.id })).toMatchObject({ id: s.id, number: 1, status: 'performed' });
    expect((await t.err('sessions.get', { id: 9999 })).message).toBe('The session was not found.');
  });

  it('applies the paid deposit of a session when it is charted, saying which session', async () => {
    const p = await t.ok('plans.create', {
      clientId,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    });
    await t.ok('sessions.chart', chart({ planId: p.id }));
    await t.ok('sessions.chart', second({ planId: p.id }));
    const d = (await t.ok('deposits.forPlan', { planId: p.id }))[0]!;
    await t.ok('deposits.recordPayment', {
      depositId: d.id,
      expectedVersion: d.version,
      amountMinor: 10000,
      method: 'card',
      receipt: 'R',
      paidAt: '2026-11-13T10:00:00.000Z',
    });
    setNow('2026-12-05T12:00:00Z');
    const s3 = await t.ok('sessions.chart', chart({ planId: p.id, performedAt: '2026-12-05T10:00:00.000Z', retention: held }));
    expectAudit(t, {
      entity: 'deposit',
      entityId: d.id,
      action: 'status:applied',
      after: { status: 'applied', appliedSessionId: s3.id },
      reason: 'Session 3 performed',
    });
  });

  it('names the record in every conflict and not-found message', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    await t.ok('sessions.reschedule', { id: s.id, expectedVersion: s.version, bookedFor: '2026-11-26T10:00:00.000Z', reason: 'x' });
    const stale = 'This session was changed by someone else since you opened it. Review their changes before saving again.';
    expect(
      (await t.err('sessions.reschedule', { id: s.id, expectedVersion: s.version, bookedFor: '2026-11-27T10:00:00.000Z', reason: 'x' }))
        .message,
    ).toBe(stale);
    expect((await t.err('sessions.cancel', { id: s.id, expectedVersion: s.version, reason: 'x', noShow: false })).message).toBe(stale);
    expect((await t.err('sessions.chart', chart({ sessionId: s.id, expectedVersion: s.version }))).message).toBe(stale);
    const c = await t.ok('clients.chart', { id: clientId });
    await t.ok('clients.update', { ...c.client, id: clientId, expectedVersion: c.client.version, notes: 'x' });
    expect((await t.err('clients.update', { ...c.client, id: clientId, expectedVersion: c.client.version })).message).toMatch(
      /^This client was changed/,
    );
    expect((await t.err('clients.archive', { id: clientId, expectedVersion: c.client.version, reason: 'x' })).message).toMatch(
      /^This client was changed/,
    );
    expect((await t.err('clients.chart', { id: 9999 })).message).toBe('The client was not found.');
    expect((await t.err('clients.update', { ...c.client, id: 9999, expectedVersion: 1 })).message).toBe('The client was not found.');
    const p = await t.ok('plans.create', {
      clientId,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    });
    await t.ok('plans.setStatus', { id: p.id, expectedVersion: p.version, status: 'active', reason: '' });
    expect((await t.err('plans.setStatus', { id: p.id, expectedVersion: p.version, status: 'active', reason: '' })).message).toMatch(
      /^This plan was changed/,
    );
    const d = (await t.ok('deposits.forPlan', { planId: p.id }))[0]!;
    await t.ok('deposits.setAmount', { depositId: d.id, expectedVersion: d.version, amountMinor: 12000, reason: 'x' });
    const dStale = /^This deposit was changed/;
    expect(
      (await t.err('deposits.setAmount', { depositId: d.id, expectedVersion: d.version, amountMinor: 13000, reason: 'x' })).message,
    ).toMatch(dStale);
    expect(
      (await t.err('deposits.setStatus', { depositId: d.id, expectedVersion: d.version, status: 'waived', reason: 'x' })).message,
    ).toMatch(dStale);
    expect(
      (
        await t.err('deposits.recordPayment', {
          depositId: d.id,
          expectedVersion: d.version,
          amountMinor: 100,
          method: 'cash',
          receipt: 'R',
          paidAt: '2026-11-20T10:00:00.000Z',
        })
      ).message,
    ).toMatch(dStale);
    expect((await t.err('deposits.setAmount', { depositId: 9999, expectedVersion: 1, amountMinor: 100, reason: 'x' })).message).toBe(
      'The deposit was not found.',
    );
    const i = await t.ok('intake.save', { clientId, answers: {} });
    await t.ok('intake.save', { clientId, expectedVersion: i.version, answers: {} });
    expect((await t.err('intake.save', { clientId, expectedVersion: i.version, answers: {} })).message).toMatch(/^This intake was changed/);
    const other = (await t.ok('clients.create', { firstName: 'Ana', lastName: 'Silva' })).id;
    expect((await t.err('intake.save', { clientId: other, expectedVersion: 3, answers: {} })).message).toMatch(/^This intake was changed/);
    const ci = await t.ok('contraindications.add', { clientId, condition: 'Sunburn', tier: 'temporary', until: '2026-12-01' });
    await t.ok('contraindications.resolve', { id: ci.id, expectedVersion: ci.version, note: 'x' });
    expect((await t.err('contraindications.resolve', { id: ci.id, expectedVersion: ci.version, note: 'x' })).message).toMatch(
      /^This contraindication was changed/,
    );
    expect((await t.err('contraindications.resolve', { id: 9999, expectedVersion: 1, note: 'x' })).message).toBe(
      'The contraindication was not found.',
    );
    const r = await t.ok('hairlineRequests.raise', { clientId, kind: 'lower_hairline', request: 'x' });
    await t.ok('hairlineRequests.setStatus', { id: r.id, expectedVersion: r.version, status: 'declined', note: '' });
    expect((await t.err('hairlineRequests.setStatus', { id: r.id, expectedVersion: r.version, status: 'open', note: '' })).message).toMatch(
      /^This request was changed/,
    );
    expect((await t.err('hairlineRequests.setStatus', { id: 9999, expectedVersion: 1, status: 'open', note: '' })).message).toBe(
      'The request was not found.',
    );
  });
});

describe('dates that cannot be right', () => {
  it('refuses a session charted in the future, beside “Performed at”, and writes nothing', async () => {
    const before = t.counts();
    const e = await t.err('sessions.chart', chart({ performedAt: '2026-11-22T10:00:00.000Z' }));
    expect(e.fields?.performedAt).toBe('22 Nov 2026, 10:00 has not come yet. Chart a session once it is done, with when it was performed.');
    expect(t.counts()).toEqual(before);
    // A minute ahead is a clock difference, not the future.
    await t.ok('sessions.chart', chart({ performedAt: '2026-11-21T09:01:00.000Z' }));
  });

  it('asks to confirm a session dated before the one it follows, writes nothing until then, and audits the confirmation', async () => {
    await t.ok('sessions.chart', chart());
    const before = t.counts();
    const early = second({ performedAt: '2026-10-28T10:00:00.000Z' });
    const e = await t.err('sessions.chart', early);
    expect(e.fields?.confirmBeforePrevious).toBe(
      'Session 1 was performed on 2 Nov 2026, 10:00, after this date. Check the date, or confirm that this session is dated before it.',
    );
    expect(t.counts()).toEqual(before);
    const s = await t.ok('sessions.chart', { ...early, confirmBeforePrevious: true });
    expect(s).toMatchObject({ number: 2, performedAt: '2026-10-28T10:00:00.000Z' });
    expectAudit(t, { entity: 'session', entityId: s.id, action: 'override:date-order', reason: 'Dated before session 1, confirmed' });
    // In order, the confirmation is not asked for and nothing is recorded about it.
    const s3 = await t.ok('sessions.chart', chart({ performedAt: '2026-11-20T10:00:00.000Z', retention: held }));
    expect(auditActions(t, 'session', s3.id)).toEqual(['chart']);
  });

  it('warns that a booking is in the past, books it only when confirmed, and audits that', async () => {
    const before = t.counts();
    const e = await t.err('sessions.book', { clientId, bookedFor: '2026-11-20T10:00:00.000Z' });
    expect(e.fields?.bookedFor).toBe('20 Nov 2026, 10:00 is in the past. Choose a later time, or confirm that the booking is for then.');
    expect(t.counts()).toEqual(before);
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-20T10:00:00.000Z', confirmInPast: true });
    expect(auditActions(t, 'session', s.id)).toEqual(['book', 'override:past-date']);
    expectAudit(t, {
      entity: 'session',
      entityId: s.id,
      action: 'override:past-date',
      reason: 'Booked for 20 Nov 2026, 10:00, already past',
    });
  });

  it('warns the same when a booking is moved into the past', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    const before = t.counts();
    const move = { id: s.id, expectedVersion: s.version, bookedFor: '2026-11-19T15:30:00.000Z', reason: 'Entered late' };
    const e = await t.err('sessions.reschedule', move);
    expect(e.fields?.bookedFor).toMatch(/^19 Nov 2026, 15:30 is in the past\./);
    expect(t.counts()).toEqual(before);
    await t.ok('sessions.reschedule', { ...move, confirmInPast: true });
    expect(auditActions(t, 'session', s.id)).toEqual(['book', 'reschedule', 'override:past-date']);
  });

  it('writes those messages’ dates in the clinic’s locale', async () => {
    await t.ok('settings.update', { locale: 'en-US' });
    const e = await t.err('sessions.book', { clientId, bookedFor: '2026-11-20T10:00:00.000Z' });
    expect(e.fields?.bookedFor).toMatch(/^Nov 20, 2026, 10:00 AM is in the past\./);
    const expired = await t.err('sessions.chart', chart({ pigmentExpiry: '2026-10-31' }));
    expect(expired.fields?.pigmentExpiry).toBe('This batch expired on Oct 31, 2026. Use an unexpired batch.');
  });
});
