// The aftercare sheet's facts: which sessions get one, from which date, and what it says comes next.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../testing';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
// The clinic's clock: a test that charts a session after the 23rd moves it to that day.
let clock: Date;
beforeEach(async () => {
  clock = new Date('2026-11-23T16:00:00Z');
  t = await testApi(() => clock);
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
});
afterEach(() => t.close());

const performed = (performedAt: string, over: Record<string, unknown> = {}) =>
  t.ok('sessions.chart', {
    clientId,
    performedAt,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: 'B-2231',
    pigmentExpiry: '2027-06-30',
    needle: '1RL 0.25',
    zones: ['crown'],
    retention: [{ zone: 'crown', rating: 'held_well', note: '' }],
    ...over,
  });

describe('the aftercare sheet', () => {
  it('has none for a session that did not take place', async () => {
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    const c = await t.ok('sessions.cancel', { id: s.id, expectedVersion: s.version, reason: 'Ill', noShow: false });
    expect((await t.err('aftercare.sheet', { sessionId: c.id })).message).toBe(
      'This session did not take place, so there is no aftercare sheet for it.',
    );
    const n = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-26T10:00:00.000Z' });
    await t.ok('sessions.cancel', { id: n.id, expectedVersion: n.version, reason: 'Did not come', noShow: true });
    expect((await t.err('aftercare.sheet', { sessionId: n.id })).message).toMatch(/did not take place/);
  });

  it('dates a booked session’s sheet from its booking, and puts the clinic’s details on it', async () => {
    await t.ok('settings.update', { clinicName: 'Northside SMP', clinicPhone: '0161 496 0000', paperSize: 'LETTER', locale: 'en-US' });
    const s = await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' });
    const sheet = await t.ok('aftercare.sheet', { sessionId: s.id });
    expect(sheet.session).toEqual({ id: s.id, number: 1, kind: 'course', date: '2026-11-25' });
    expect(sheet.clinic).toMatchObject({ name: 'Northside SMP', phone: '0161 496 0000', paperSize: 'LETTER', locale: 'en-US' });
    expect(sheet.client).toEqual({ id: clientId, firstName: 'Sam', lastName: 'Okafor' });
  });

  it('gives the window of the next session, marked “if needed” past the quote', async () => {
    const plan = await t.ok('plans.create', { clientId, quotedSessions: 3, priceMinor: 150000, currency: 'GBP' });
    await performed('2026-11-02T10:00:00.000Z', { planId: plan.id });
    const s2 = await performed('2026-11-12T10:00:00.000Z', { planId: plan.id });
    expect((await t.ok('aftercare.sheet', { sessionId: s2.id })).nextSession).toEqual({
      kind: 'course',
      number: 3,
      earliest: '2026-12-03',
      latest: '2026-12-10',
      optional: false,
    });
    clock = new Date('2026-12-05T16:00:00Z');
    const s3 = await performed('2026-12-05T10:00:00.000Z', { planId: plan.id });
    expect((await t.ok('aftercare.sheet', { sessionId: s3.id })).nextSession).toMatchObject({
      number: 4,
      earliest: '2026-12-26',
      latest: '2027-01-02',
      optional: true,
    });
  });

  it('counts two sessions as quoted when there is no plan', async () => {
    await performed('2026-11-02T10:00:00.000Z');
    const s2 = await performed('2026-11-12T10:00:00.000Z');
    expect((await t.ok('aftercare.sheet', { sessionId: s2.id })).nextSession).toMatchObject({ number: 3, optional: true });
  });

  it('gives a touch-up’s next recall, years later and optional', async () => {
    await performed('2026-03-02T10:00:00.000Z');
    await performed('2026-03-12T10:00:00.000Z');
    const plan = await t.ok('plans.create', { clientId, kind: 'touch_up', quotedSessions: 1, priceMinor: 20000, currency: 'GBP' });
    const touch = await performed('2026-11-20T10:00:00.000Z', { planId: plan.id, retention: [] });
    const years = (await t.ok('settings.get', {})).touchUpRecallYears;
    expect((await t.ok('aftercare.sheet', { sessionId: touch.id })).nextSession).toEqual({
      kind: 'touch_up',
      number: 2,
      earliest: `${2026 + years}-11-20`,
      latest: null,
      optional: true,
    });
  });

  it('uses the template asked for, even an older version', async () => {
    const s = await performed('2026-11-23T10:00:00.000Z', { retention: [] });
    const v1 = (await t.ok('aftercare.templates.list', {}))[0]!;
    await t.ok('aftercare.templates.save', { ...v1, key: v1.key, expectedVersion: 1, name: 'Standard (new)' });
    const sheet = await t.ok('aftercare.sheet', { sessionId: s.id, templateId: v1.id });
    expect(sheet.template).toMatchObject({ id: v1.id, version: 1, name: v1.name });
    expect((await t.ok('aftercare.sheet', { sessionId: s.id })).template).toMatchObject({ version: 2, name: 'Standard (new)' });
  });
});
