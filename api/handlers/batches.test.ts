import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../contract';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

const NOW = new Date('2026-11-21T12:00:00Z');
let t: Awaited<ReturnType<typeof testApi>>;
let pigmentId: number;
beforeEach(async () => {
  t = await testApi(() => NOW);
  pigmentId = (await t.ok('pigments.add', { brand: 'Zeta Ink', shade: 'Night', darkness: 95 })).id;
});
afterEach(() => t.close());

const chart = (clientId: number, extra: Partial<ChannelInput<'sessions.chart'>> = {}): ChannelInput<'sessions.chart'> => ({
  clientId,
  performedAt: '2026-11-20T10:00:00.000Z',
  pigmentBrand: 'Zeta Ink',
  pigmentShade: 'Night',
  dilution: '1:3',
  pigmentBatch: 'ZN-001',
  pigmentExpiry: '2027-06-30',
  needle: '1RL 0.25',
  zones: ['crown', 'frontal_hairline'],
  ...extra,
});

describe('pigment batches in stock', () => {
  it('adds a batch, audited with every field, and lists it with its pigment', async () => {
    const b = await t.ok('batches.add', { pigmentId, batchNumber: 'ZN-001', expiresOn: '2027-06-30', openedOn: '2026-11-01', inStock: 3 });
    expect(b).toMatchObject({ pigmentId, brand: 'Zeta Ink', shade: 'Night', batchNumber: 'ZN-001', inStock: 3, openedOn: '2026-11-01' });
    expectAudit(t, {
      entity: 'pigment_batch',
      entityId: b.id,
      action: 'create',
      before: null,
      after: { pigmentId, batchNumber: 'ZN-001', expiresOn: '2027-06-30', openedOn: '2026-11-01', inStock: 3 },
    });
    expect((await t.ok('batches.list', { pigmentId })).map((x) => x.batchNumber)).toEqual(['ZN-001']);
    const changed = await t.ok('batches.update', { id: b.id, expectedVersion: b.version, inStock: 0 });
    expect(changed.inStock).toBe(0);
    expectAudit(t, {
      entity: 'pigment_batch',
      entityId: b.id,
      action: 'update',
      changed: ['inStock'],
      before: { inStock: 3 },
      after: { inStock: 0 },
    });
    // An empty batch leaves the stock list but not the records.
    expect(await t.ok('batches.list', { pigmentId })).toEqual([]);
    expect((await t.ok('batches.list', { pigmentId, includeEmpty: true })).length).toBe(1);
  });

  it('bad input gets a field error beside what caused it, and writes nothing', async () => {
    const b = await t.ok('batches.add', { pigmentId, batchNumber: 'ZN-001', expiresOn: '2027-06-30' });
    const before = t.counts();
    expect((await t.err('batches.add', { pigmentId, batchNumber: 'zn-001', expiresOn: '2027-07-01' })).fields?.batchNumber).toBe(
      'Batch zn-001 of Zeta Ink Night is already in stock.',
    );
    expect((await t.err('batches.add', { pigmentId, batchNumber: ' ', expiresOn: '2027-07-01' })).fields?.batchNumber).toBe(
      'Enter the batch number.',
    );
    expect((await t.err('batches.add', { pigmentId, batchNumber: 'ZN-2', expiresOn: '2027-02-30' })).fields?.expiresOn).toBe(
      'The expiry date is not a real date.',
    );
    expect((await t.err('batches.add', { pigmentId, batchNumber: 'ZN-2', expiresOn: '2027-02-01', inStock: -1 })).fields?.inStock).toBe(
      'The bottles in stock cannot be fewer than none.',
    );
    expect(
      (await t.err('batches.add', { pigmentId, batchNumber: 'ZN-2', expiresOn: '2027-02-01', openedOn: '2026-12-01' })).fields?.openedOn,
    ).toBe('The day it was opened cannot be in the future.');
    expect((await t.err('batches.add', { pigmentId: 9999, batchNumber: 'ZN-2', expiresOn: '2027-02-01' })).fields?.pigmentId).toBe(
      'Choose a pigment from the list.',
    );
    expect((await t.err('batches.update', { id: b.id, expectedVersion: b.version })).fields?.inStock).toBe('Nothing to change.');
    expect(await t.err('batches.update', { id: b.id, expectedVersion: b.version + 1, inStock: 2 })).toMatchObject({ code: 'conflict' });
    expect(t.counts()).toEqual(before);
  });

  it('takes a bottle opened today, not tomorrow, on adding or changing, and keeps what a change leaves out', async () => {
    const today = await t.ok('batches.add', {
      pigmentId,
      batchNumber: 'ZN-1',
      expiresOn: '2027-06-30',
      openedOn: '2026-11-21',
      inStock: 2,
    });
    const unopened = await t.ok('batches.add', { pigmentId, batchNumber: 'ZN-2', expiresOn: '2027-06-30', inStock: 2 });
    const before = t.counts();
    expect((await t.err('batches.update', { id: unopened.id, expectedVersion: unopened.version, openedOn: '2026-11-22' })).fields).toEqual({
      openedOn: 'The day it was opened cannot be in the future.',
    });
    expect((await t.err('batches.update', { id: 999, expectedVersion: 1, inStock: 1 })).message).toBe('That batch was not found.');
    expect((await t.err('batches.update', { id: today.id, expectedVersion: today.version + 1, inStock: 1 })).message).toBe(
      'This batch was changed by someone else since you opened it. Review their changes before saving again.',
    );
    expect(t.counts()).toEqual(before);
    // Only the stock changes: the opening day and the expiry stay as they were.
    const fewer = await t.ok('batches.update', { id: today.id, expectedVersion: today.version, inStock: 1 });
    expect(fewer).toMatchObject({ openedOn: '2026-11-21', expiresOn: '2027-06-30', inStock: 1 });
    // Opened today and a new expiry: the stock stays.
    const opened = await t.ok('batches.update', {
      id: unopened.id,
      expectedVersion: unopened.version,
      openedOn: '2026-11-21',
      expiresOn: '2027-05-31',
    });
    expect(opened).toMatchObject({ openedOn: '2026-11-21', expiresOn: '2027-05-31', inStock: 2 });
    expectAudit(t, { entity: 'pigment_batch', entityId: unopened.id, action: 'update', changed: ['expiresOn', 'openedOn'] });
    // An opening day taken back.
    const unset = await t.ok('batches.update', { id: unopened.id, expectedVersion: opened.version, openedOn: null });
    expect(unset.openedOn).toBeNull();
  });

  it('warns of batches expiring within 60 days and of shades with one bottle or none left', async () => {
    await t.ok('batches.add', { pigmentId, batchNumber: 'SOON', expiresOn: '2027-01-20', inStock: 1 }); // 60 days on
    await t.ok('batches.add', { pigmentId, batchNumber: 'LATER', expiresOn: '2027-01-21', inStock: 0 }); // 61 days, and empty
    const w = await t.ok('batches.warnings', {});
    expect(w.withinDays).toBe(60);
    expect(w.expiring.map((b) => b.batchNumber)).toEqual(['SOON']);
    expect(w.runningOut).toEqual([{ pigmentId, brand: 'Zeta Ink', shade: 'Night', inStock: 1 }]);
    await t.ok('batches.add', { pigmentId, batchNumber: 'NEW', expiresOn: '2028-01-01', inStock: 4 });
    expect((await t.ok('batches.warnings', {})).runningOut).toEqual([]);
  });

  it('is refused to reception, with nothing written', async () => {
    await t.ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
    const desk = await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' });
    await t.ok('auth.setPin', { staffId: desk.id, pin: '2222' });
    await t.ok('auth.signIn', { staffId: desk.id, pin: '2222' });
    const before = t.counts();
    expect(await t.err('batches.add', { pigmentId, batchNumber: 'ZN-9', expiresOn: '2027-06-30' })).toMatchObject({
      code: 'forbidden',
      message: 'Only a practitioner or an owner can add a pigment batch.',
    });
    expect(t.counts()).toEqual(before);
  });
});

describe('batches at the chair', () => {
  it('a batch typed in that is not in stock is added to stock, opened that day, audited with why', async () => {
    const client = await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor', phone: '07700 900123' });
    const s = await t.ok('sessions.chart', chart(client.id, { pigmentBatch: 'ZN-NEW' }));
    const [added] = await t.ok('batches.list', { pigmentId });
    expect(added).toMatchObject({ batchNumber: 'ZN-NEW', expiresOn: '2027-06-30', openedOn: '2026-11-20', inStock: 1 });
    expectAudit(t, {
      entity: 'pigment_batch',
      entityId: added!.id,
      action: 'create',
      reason: `Typed in when charting session ${s.number}`,
    });
    // Charted again with it: nothing more is added.
    const other = await t.ok('clients.create', { firstName: 'Kim', lastName: 'Lee' });
    await t.ok('sessions.chart', chart(other.id, { pigmentBatch: 'zn-new' }));
    expect((await t.ok('batches.list', { pigmentId })).length).toBe(1);
  });

  it('keeps no stock for a pigment that is not on the clinic’s list', async () => {
    const client = await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    const s = await t.ok('sessions.chart', chart(client.id, { pigmentBrand: 'Other Ink', pigmentShade: 'Grey', pigmentBatch: 'OI-1' }));
    expect(s.pigmentBatch).toBe('OI-1');
    expect(t.open.sqlite.prepare('SELECT count(*) FROM pigment_batches').pluck().get()).toBe(0);
  });

  it('refuses an expiry that differs from the batch in stock, writing nothing', async () => {
    await t.ok('batches.add', { pigmentId, batchNumber: 'ZN-001', expiresOn: '2027-06-30' });
    const client = await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    const before = t.counts();
    const e = await t.err('sessions.chart', chart(client.id, { pigmentExpiry: '2027-07-31' }));
    expect(e.fields?.pigmentExpiry).toMatch(/^Batch ZN-001 of Night expires on .* in stock\. Correct the expiry or the batch number\.$/);
    expect(t.counts()).toEqual(before);
  });

  it('clinic rule: a batch may be used on the day it expires, not the day after', async () => {
    const client = await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    const onTheDay = await t.ok('sessions.chart', chart(client.id, { pigmentBatch: 'LAST-DAY', pigmentExpiry: '2026-11-20' }));
    expect(onTheDay.pigmentExpiry).toBe('2026-11-20');
    const other = await t.ok('clients.create', { firstName: 'Kim', lastName: 'Lee' });
    const before = t.counts();
    const e = await t.err('sessions.chart', chart(other.id, { pigmentBatch: 'GONE', pigmentExpiry: '2026-11-19' }));
    expect(e.fields?.pigmentExpiry).toMatch(/^This batch expired on .*\. Use an unexpired batch\.$/);
    expect(t.counts()).toEqual(before);
  });

  it('a recall finds every client who received the batch, with the session, zones and phone, in any letter case', async () => {
    const sam = await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor', phone: '07700 900123' });
    const kim = await t.ok('clients.create', { firstName: 'Kim', lastName: 'Lee', phone: '07700 900456' });
    const ann = await t.ok('clients.create', { firstName: 'Ann', lastName: 'Bell' });
    await t.ok('sessions.chart', chart(sam.id));
    await t.ok('sessions.chart', chart(kim.id, { zones: ['scar'] }));
    await t.ok('sessions.chart', chart(ann.id, { pigmentBatch: 'ZN-002' }));
    const rows = await t.ok('batches.recall', { batchNumber: 'zn-001' });
    expect(rows.map((r) => [r.lastName, r.phone, r.sessionNumber, r.zones])).toEqual([
      ['Lee', '07700 900456', 1, ['scar']],
      ['Okafor', '07700 900123', 1, ['crown', 'frontal_hairline']],
    ]);
    expect(await t.ok('batches.recall', { batchNumber: 'NOPE' })).toEqual([]);
    expect((await t.err('batches.recall', { batchNumber: '' })).fields?.batchNumber).toBe('Enter the batch number.');
  });
});
