import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
});
afterEach(() => t.close());

describe('treatment plans', () => {
  it('quotes a course with its deposits, each audited', async () => {
    const p = await t.ok('plans.create', {
      clientId,
      quotedSessions: 3,
      priceMinor: 150000,
      currency: 'GBP',
      recallOn: '2030-01-01',
      deposits: [{ sessionNumber: 3, amountMinor: 10000 }],
    });
    expect(p).toMatchObject({ kind: 'course', status: 'quoted', recallOn: null }); // a course has no recall
    expectAudit(t, {
      entity: 'plan',
      entityId: p.id,
      action: 'create',
      before: null,
      after: { clientId, quotedSessions: 3, priceMinor: 150000, status: 'quoted' },
    });
    const [d] = await t.ok('deposits.forPlan', { planId: p.id });
    expectAudit(t, {
      entity: 'deposit',
      entityId: d!.id,
      action: 'create',
      after: { planId: p.id, sessionNumber: 3, amountMinor: 10000, currency: 'GBP' },
    });
  });

  it('recalls a touch-up the clinic’s number of years after the last course session', async () => {
    const practitionerId = (await t.ok('staff.create', { name: 'Jo', role: 'practitioner' })).id;
    const base = {
      clientId,
      practitionerId,
      prepDone: true,
      pigmentBrand: 'A',
      pigmentShade: 'B',
      dilution: '1:3',
      pigmentBatch: 'X',
      pigmentExpiry: '2027-06-30',
      needle: 'N',
      zones: ['crown' as const],
    };
    await t.ok('sessions.chart', { ...base, performedAt: '2026-03-02T10:00:00.000Z' });
    await t.ok('sessions.chart', {
      ...base,
      performedAt: '2026-03-12T10:00:00.000Z',
      retention: [{ zone: 'crown', rating: 'held_well', note: '' }],
    });
    const touch = await t.ok('plans.create', { clientId, kind: 'touch_up', quotedSessions: 1, priceMinor: 20000, currency: 'GBP' });
    const years = (await t.ok('settings.get', {})).touchUpRecallYears;
    expect(touch.recallOn).toBe(`${2026 + years}-03-12`);
    const chosen = await t.ok('plans.create', {
      clientId,
      kind: 'touch_up',
      quotedSessions: 1,
      priceMinor: 20000,
      currency: 'GBP',
      recallOn: '2028-05-01',
    });
    expect(chosen.recallOn).toBe('2028-05-01');
  });

  it('asks for the recall date of a touch-up when no course session has been charted', async () => {
    const e = await t.err('plans.create', { clientId, kind: 'touch_up', quotedSessions: 1, priceMinor: 20000, currency: 'GBP' });
    expect(e.fields?.recallOn).toBe('No course session has been charted yet, so enter the recall date yourself.');
  });

  it('changes a plan’s status with the reason, audited, and refuses a stale change', async () => {
    const p = await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150000, currency: 'GBP' });
    const c = await t.ok('plans.setStatus', { id: p.id, expectedVersion: p.version, status: 'cancelled', reason: 'Client moved away' });
    expect(c).toMatchObject({ status: 'cancelled', version: p.version + 1 });
    expectAudit(t, {
      entity: 'plan',
      entityId: p.id,
      action: 'status',
      changed: ['status'],
      before: { status: 'quoted' },
      reason: 'Client moved away',
    });
    expect((await t.err('plans.setStatus', { id: p.id, expectedVersion: p.version, status: 'active', reason: '' })).code).toBe('conflict');
    expect((await t.ok('plans.list', { clientId })).map((x) => x.status)).toEqual(['cancelled']);
  });
});

describe('a plan’s status after charting', () => {
  it('stays completed when an earlier session of the course is corrected afterwards', async () => {
    const jo = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
    await t.ok('plans.create', { clientId, quotedSessions: 2, priceMinor: 100000, currency: 'GBP' });
    const chart = {
      clientId,
      practitionerId: jo,
      prepDone: true,
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B1',
      pigmentExpiry: '2027-06-30',
      needle: '1RL',
      zones: ['crown' as const],
      confirmBeforePrevious: true,
      outsideWindowReason: 'Test',
    };
    const first = await t.ok('sessions.chart', { ...chart, performedAt: '2026-11-01T08:00:00.000Z' });
    expect((await t.ok('plans.list', { clientId })).map((x) => x.status)).toEqual(['active']);
    await t.ok('sessions.chart', {
      ...chart,
      performedAt: '2026-11-20T08:00:00.000Z',
      retention: [{ zone: 'crown', rating: 'held_well', note: '' }],
    });
    expect((await t.ok('plans.list', { clientId })).map((x) => x.status)).toEqual(['completed']);
    await t.ok('sessions.chart', {
      ...chart,
      sessionId: first.id,
      expectedVersion: first.version,
      performedAt: '2026-11-01T08:00:00.000Z',
      notes: 'Corrected',
    });
    expect((await t.ok('plans.list', { clientId })).map((x) => x.status)).toEqual(['completed']);
  });
});
