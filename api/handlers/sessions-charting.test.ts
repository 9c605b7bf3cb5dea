// The session form's additions to sessions.chart: requests raised in the same save, and a refused
// duplicate when two people chart the same new session.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Noor', lastName: 'Haddad' })).id;
});
afterEach(() => t.close());

const chart = (over: Record<string, unknown> = {}) => ({
  clientId,
  performedAt: '2026-11-02T10:00:00.000Z',
  pigmentBrand: 'Standard SMP',
  pigmentShade: 'Medium Grey',
  dilution: '1:3',
  pigmentBatch: 'B-1',
  pigmentExpiry: '2027-06-30',
  needle: '3RL 0.30',
  zones: ['frontal_hairline'] as 'frontal_hairline'[],
  ...over,
});

describe('sessions.chart from the session form', () => {
  it('raises the client’s requests in the same save, linked to the session, with audit entries', async () => {
    const s1 = await t.ok(
      'sessions.chart',
      chart({ expectedNumber: 1, raiseRequests: [{ kind: 'lower_hairline', request: 'Lower it a little' }] }),
    );
    const c = await t.ok('clients.chart', { id: clientId });
    expect(c.hairlineRequests).toEqual([
      expect.objectContaining({ kind: 'lower_hairline', request: 'Lower it a little', status: 'open', raisedAtSessionId: s1.id }),
    ]);
    const audit = t.open.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'hairline_request'").pluck().all();
    expect(audit).toEqual(['create']);
  });

  it('refuses a request without text beside its field, writing nothing — not even the session', async () => {
    const before = t.counts();
    const e = await t.err('sessions.chart', chart({ raiseRequests: [{ kind: 'darker', request: '  ' }] }));
    expect(e.fields?.['raiseRequests.0.request']).toBe('Enter what the client asked for.');
    expect(t.counts()).toEqual(before);
  });

  it('tells the second person who charts the same new session that it changed, with the session as saved', async () => {
    const first = await t.ok('sessions.chart', chart({ expectedNumber: 1, notes: 'Mine' }));
    const before = t.counts();
    const second = await t.err('sessions.chart', chart({ expectedNumber: 1, notes: 'Theirs' }));
    expect(second.code).toBe('conflict');
    expect(second.current).toMatchObject({ id: first.id, number: 1, notes: 'Mine' });
    expect(t.counts()).toEqual(before);
  });
});

describe('correcting a charted session', () => {
  it('keeps one shade change when a correction leaves the shade as charted', async () => {
    const s1 = await t.ok('sessions.chart', chart());
    const retention = [{ zone: 'frontal_hairline' as const, rating: 'heavy_fading' as const, note: '' }];
    const s2 = await t.ok(
      'sessions.chart',
      chart({ performedAt: '2026-11-12T10:00:00.000Z', pigmentShade: 'Dark Grey', retention, shadeChange: { reason: 'faded', note: '' } }),
    );
    await t.ok(
      'sessions.chart',
      chart({
        sessionId: s2.id,
        expectedVersion: s2.version,
        performedAt: '2026-11-12T10:00:00.000Z',
        pigmentShade: 'Dark Grey',
        retention,
        shadeChange: { reason: 'faded', note: '' },
        notes: 'Corrected the notes',
      }),
    );
    const c = await t.ok('clients.chart', { id: clientId });
    expect(c.sessions.map((s) => s.id)).toEqual([s2.id, s1.id]);
    expect(c.sessions[0]).toMatchObject({ notes: 'Corrected the notes', version: 2 });
    expect(c.sessions[0]?.shadeChanges).toHaveLength(1);
  });
});
