import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let sessionId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  sessionId = (await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' })).id;
});
afterEach(() => t.close());

describe('hairline requests', () => {
  it('raises a request, audited with what was asked', async () => {
    const r = await t.ok('hairlineRequests.raise', {
      clientId,
      raisedAtSessionId: sessionId,
      kind: 'lower_hairline',
      request: 'A little lower',
    });
    expect(r).toMatchObject({ status: 'open', raisedAtSessionId: sessionId });
    expectAudit(t, {
      entity: 'hairline_request',
      entityId: r.id,
      action: 'create',
      before: null,
      after: { clientId, kind: 'lower_hairline', request: 'A little lower', status: 'open' },
    });
  });

  it('raises none at another client’s session', async () => {
    const other = (await t.ok('clients.create', { firstName: 'Ana', lastName: 'Silva' })).id;
    const e = await t.err('hairlineRequests.raise', {
      clientId: other,
      raisedAtSessionId: sessionId,
      kind: 'lower_hairline',
      request: 'x',
    });
    expect(e.fields?.raisedAtSessionId).toBe('Choose a session of this client.');
  });

  it('declines a request with the note as the reason, and never reopens a done one', async () => {
    const r = await t.ok('hairlineRequests.raise', { clientId, kind: 'lower_hairline', request: 'Much lower' });
    const d = await t.ok('hairlineRequests.setStatus', {
      id: r.id,
      expectedVersion: r.version,
      status: 'declined',
      note: 'Would look unnatural',
    });
    expect(d).toMatchObject({ status: 'declined', resolutionNote: 'Would look unnatural', doneAtSessionId: null });
    expectAudit(t, {
      entity: 'hairline_request',
      entityId: r.id,
      action: 'status',
      changed: ['status', 'resolutionNote'],
      reason: 'Would look unnatural',
    });
    const done = await t.ok('hairlineRequests.setStatus', {
      id: r.id,
      expectedVersion: d.version,
      status: 'done',
      doneAtSessionId: sessionId,
      note: '',
    });
    expect(done).toMatchObject({ status: 'done', doneAtSessionId: sessionId, resolutionNote: 'Would look unnatural' });
    const e = await t.err('hairlineRequests.setStatus', { id: r.id, expectedVersion: done.version, status: 'open', note: '' });
    expect(e.fields?.status).toBe('This request is already done.');
  });

  it('marks a request done only at a session of the same client', async () => {
    const other = (await t.ok('clients.create', { firstName: 'Ana', lastName: 'Silva' })).id;
    const theirs = (await t.ok('sessions.book', { clientId: other, bookedFor: '2026-11-25T10:00:00.000Z' })).id;
    const r = await t.ok('hairlineRequests.raise', { clientId, kind: 'lower_hairline', request: 'Lower' });
    const e = await t.err('hairlineRequests.setStatus', {
      id: r.id,
      expectedVersion: r.version,
      status: 'done',
      doneAtSessionId: theirs,
      note: '',
    });
    expect(e.fields?.doneAtSessionId).toBe('Choose a session of this client.');
  });

  it('keeps the session only for a request that is done', async () => {
    const r = await t.ok('hairlineRequests.raise', { clientId, kind: 'lower_hairline', request: 'Lower' });
    const d = await t.ok('hairlineRequests.setStatus', {
      id: r.id,
      expectedVersion: r.version,
      status: 'declined',
      doneAtSessionId: sessionId,
      note: 'No',
    });
    expect(d.doneAtSessionId).toBeNull();
  });
});
