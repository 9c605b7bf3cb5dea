import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../contract';
import { createApi } from '../dispatch';
import { verifyPin } from '../pin';
import { PERMISSIONS, PUBLIC_CHANNELS } from '../permissions';
import { testApi } from '../testing';

let now = new Date('2026-11-21T09:00:00Z');
let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  now = new Date('2026-11-21T09:00:00Z');
  t = await testApi(() => now);
});
afterEach(() => t.close());

async function clinicWithStaff() {
  const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
  const practitioner = await t.ok('staff.create', { name: 'Pat Practitioner', role: 'practitioner' });
  const reception = await t.ok('staff.create', { name: 'Rae Reception', role: 'reception' });
  await t.ok('auth.setPin', { staffId: practitioner.id, pin: '2222' });
  await t.ok('auth.setPin', { staffId: reception.id, pin: '3333' });
  return { owner, practitioner, reception };
}

describe('first run and sign-in', () => {
  it('asks for the owner first, then lets only signed-in staff work', async () => {
    expect(await t.ok('auth.status', {})).toMatchObject({ actor: null, needsOwner: true, staff: [], idleLockMinutes: 10 });
    const empty = t.counts();
    const mismatch = await t.err('auth.setupOwner', { name: 'Olu', pin: '1234', confirmPin: '4321' });
    expect(mismatch.fields?.confirmPin).toMatch(/differ/);
    expect((await t.err('auth.setupOwner', { name: 'Olu', pin: '12a4', confirmPin: '12a4' })).fields?.pin).toMatch(/4 to 8 digits/);
    expect(t.counts()).toEqual(empty);
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
    expect(await t.ok('auth.status', {})).toMatchObject({ actor: { id: owner.id, role: 'owner' }, needsOwner: false });
    expect((await t.err('auth.setupOwner', { name: 'Mallory', pin: '0000', confirmPin: '0000' })).code).toBe('rule');

    await t.ok('auth.signOut', { reason: 'lock' });
    const before = t.counts();
    const refused = await t.err('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    expect(refused).toMatchObject({ code: 'signed_out', message: expect.stringMatching(/Sign in/) });
    expect(t.counts()).toEqual(before);
    expect((await t.err('clients.search', { query: '' })).code).toBe('signed_out');

    const signedOut = t.counts();
    expect((await t.err('auth.signIn', { staffId: 999, pin: '1234' })).fields?.staffId).toMatch(/Choose who you are/);
    expect(t.counts()).toEqual(signedOut);
    // A wrong PIN writes only its count and its audit entry, and no sign-in.
    expect((await t.err('auth.signIn', { staffId: owner.id, pin: '9999' })).fields?.pin).toMatch(/not right/);
    expect(t.counts()).toEqual({ ...signedOut, sign_in_attempts: 1, audit_log: signedOut.audit_log! + 1 });
    expect(await t.ok('auth.status', {})).toMatchObject({ actor: null });
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1234' });
    await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' });
  });

  it('stores PINs as salted scrypt hashes, never the PIN itself', async () => {
    const { practitioner } = await clinicWithStaff();
    const hashes = t.open.sqlite.prepare('SELECT pin_hash FROM staff WHERE pin_hash IS NOT NULL').pluck().all() as string[];
    expect(hashes).toHaveLength(3);
    for (const h of hashes) expect(h).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(new Set(hashes.map((h) => h.split('$')[4])).size).toBe(3); // a salt each
    const stored = t.open.sqlite.prepare('SELECT pin_hash FROM staff WHERE id = ?').pluck().get(practitioner.id) as string;
    expect(verifyPin('2222', stored)).toBe(true);
    expect(verifyPin('2223', stored)).toBe(false);
    const audit = t.open.sqlite.prepare("SELECT * FROM audit_log WHERE action = 'set_pin'").all();
    expect(JSON.stringify(audit)).not.toMatch(/2222|scrypt/);
  });

  it('locks a staff member out after five wrong PINs, for longer each time', async () => {
    const { practitioner } = await clinicWithStaff();
    for (let i = 0; i < 5; i++) await t.err('auth.signIn', { staffId: practitioner.id, pin: '0000' });
    const locked = await t.err('auth.signIn', { staffId: practitioner.id, pin: '2222' });
    expect(locked.fields?.pin).toMatch(/Too many wrong PINs. Try again in 30 seconds/);
    now = new Date(now.getTime() + 31_000);
    await t.ok('auth.signIn', { staffId: practitioner.id, pin: '2222' });
  });

  it('keeps the count of wrong PINs across windows and a restart, audits each, and forgets it after a right PIN', async () => {
    const { practitioner } = await clinicWithStaff();
    const otherWindow = t.root.client();
    for (let i = 0; i < 3; i++) await t.err('auth.signIn', { staffId: practitioner.id, pin: '0000' });
    // Two more wrong PINs from another window reach the lockout: the count is the person's, not the window's.
    await otherWindow.call('auth.signIn', { staffId: practitioner.id, pin: '0000' });
    const fifth = await otherWindow.call('auth.signIn', { staffId: practitioner.id, pin: '0000' });
    expect(fifth.ok || fifth.error.fields?.pin).toMatch(/not right\. Try again in 30 seconds/);

    // Stipple restarts: a new API on the same file still refuses the right PIN until the lockout ends.
    const restarted = createApi(t.open, { now: () => now }).client();
    const refused = await restarted.call('auth.signIn', { staffId: practitioner.id, pin: '2222' });
    expect(refused.ok || refused.error.fields?.pin).toMatch(/Too many wrong PINs. Try again in 30 seconds/);
    const audited = t.open.sqlite
      .prepare("SELECT after FROM audit_log WHERE entity = 'staff' AND entity_id = ? AND action = 'sign_in_failed' ORDER BY id")
      .pluck()
      .all(String(practitioner.id)) as string[];
    expect(audited.map((a) => JSON.parse(a))).toEqual([1, 2, 3, 4, 5].map((failures) => ({ failures, lockedOut: failures >= 5 })));

    now = new Date(now.getTime() + 31_000);
    expect((await restarted.call('auth.signIn', { staffId: practitioner.id, pin: '2222' })).ok).toBe(true);
    expect(t.open.sqlite.prepare('SELECT count(*) FROM sign_in_attempts').pluck().get()).toBe(0);
  });

  it('offers PINs of up to 8 digits, and refuses shorter ones than the owner requires, beside the PIN', async () => {
    const { practitioner } = await clinicWithStaff();
    await t.ok('auth.setPin', { staffId: practitioner.id, pin: '24681357' });
    await t.ok('settings.update', { minPinLength: 6 });
    const before = t.counts();
    expect((await t.err('auth.setPin', { staffId: practitioner.id, pin: '2468' })).fields?.pin).toBe(
      'The clinic asks for PINs of 6 to 8 digits.',
    );
    expect((await t.err('settings.update', { minPinLength: 5 })).fields?.minPinLength).toMatch(/at least 4 or at least 6/);
    expect(t.counts()).toEqual(before);
    await t.ok('auth.setPin', { staffId: practitioner.id, pin: '246813' });
    await t.ok('auth.signIn', { staffId: practitioner.id, pin: '246813' });
  });

  it('lets staff change their own PIN with the current one, and only an owner set others’', async () => {
    const { practitioner, reception } = await clinicWithStaff();
    await t.ok('auth.signIn', { staffId: practitioner.id, pin: '2222' });
    expect((await t.err('auth.setPin', { staffId: practitioner.id, pin: '5555', currentPin: '1111' })).fields?.currentPin).toMatch(
      /not right/,
    );
    expect((await t.err('auth.setPin', { staffId: reception.id, pin: '5555' })).code).toBe('forbidden');
    await t.ok('auth.setPin', { staffId: practitioner.id, pin: '5555', currentPin: '2222' });
    await t.ok('auth.signOut', {});
    await t.ok('auth.signIn', { staffId: practitioner.id, pin: '5555' });
  });
});

describe('roles', () => {
  it('enforces the permission map: owner-only, no charting for reception, no refunds for practitioners', async () => {
    const { owner, practitioner, reception } = await clinicWithStaff();
    const clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
    const plan = await t.ok('plans.create', {
      clientId,
      quotedSessions: 3,
      priceMinor: 1000,
      currency: 'GBP',
      deposits: [{ sessionNumber: 3, amountMinor: 500 }],
    });
    const deposit = (await t.ok('deposits.forPlan', { planId: plan.id }))[0]!;
    const session = {
      clientId,
      practitionerId: practitioner.id,
      performedAt: '2026-11-02T10:00:00.000Z',
      prepDone: true,
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B-1',
      pigmentExpiry: '2027-06-30',
      needle: '1RL 0.25',
      zones: ['crown' as const],
    };

    await t.ok('auth.signIn', { staffId: reception.id, pin: '3333' });
    const before = t.counts();
    expect(await t.err('sessions.chart', session)).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/Reception cannot chart/),
    });
    expect((await t.err('settings.update', { clinicName: 'X' })).code).toBe('forbidden');
    expect((await t.err('staff.create', { name: 'Eve', role: 'owner' })).code).toBe('forbidden');
    expect(
      (await t.err('deposits.setStatus', { depositId: deposit.id, expectedVersion: deposit.version, status: 'waived', reason: 'kind' }))
        .message,
    ).toMatch(/Only an owner can waive/);
    expect((await t.err('safety.restore', { file: '/tmp/x.sqlite' })).code).toBe('forbidden');
    expect((await t.err('aftercare.templates.save', {})).message).toMatch(/Only an owner can edit aftercare templates/);
    expect(t.counts()).toEqual(before);

    await t.ok('auth.signIn', { staffId: practitioner.id, pin: '2222' });
    await t.ok('sessions.chart', session);
    expect(
      (
        await t.err('deposits.setStatus', {
          depositId: deposit.id,
          expectedVersion: deposit.version,
          status: 'refunded',
          reason: 'moved away',
        })
      ).message,
    ).toMatch(/Practitioners cannot refund/);

    await t.ok('auth.signIn', { staffId: owner.id, pin: '1234' });
    await t.ok('deposits.setStatus', { depositId: deposit.id, expectedVersion: deposit.version, status: 'waived', reason: 'loyal client' });
    // The audit trail names who did it.
    const last = t.open.sqlite.prepare("SELECT staff_id FROM audit_log WHERE entity = 'deposit' ORDER BY id DESC LIMIT 1").pluck().get();
    expect(last).toBe(owner.id);
  });

  it('says who may, in the clinic’s language or the person’s own, and writes nothing', async () => {
    const { owner, practitioner, reception } = await clinicWithStaff();
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1234' });
    await t.ok('settings.update', { locale: 'de-DE' });
    await t.ok('staff.setLocale', { staffId: practitioner.id, locale: 'es-ES' });
    await t.ok('auth.signIn', { staffId: reception.id, pin: '3333' });
    const before = t.counts();
    expect(await t.err('settings.update', { clinicName: 'X' })).toEqual({
      code: 'forbidden',
      message: 'Nur ein Inhaber kann die Praxiseinstellungen ändern.',
    });
    expect((await t.err('aftercare.templates.save', {})).message).toBe('Nur ein Inhaber kann Nachsorgevorlagen bearbeiten.');
    expect(t.counts()).toEqual(before);
    await t.ok('auth.signIn', { staffId: practitioner.id, pin: '2222' });
    expect((await t.err('reports.period', { from: '2026-11-01', to: '2026-11-30' })).message).toBe(
      'Solo un propietario puede ver los informes de la clínica.',
    );
    await t.ok('auth.signOut', {});
    expect(await t.err('clients.list', {})).toMatchObject({ code: 'signed_out', message: expect.stringMatching(/^Melden Sie sich an/) });
  });

  it('keeps at least one owner who can sign in', async () => {
    const { owner, practitioner } = await clinicWithStaff();
    const before = t.counts();
    const e = await t.err('staff.update', { id: owner.id, expectedVersion: 1, name: owner.name, role: 'practitioner', active: true });
    expect(e).toMatchObject({ code: 'rule', message: expect.stringMatching(/at least one owner/) });
    expect((await t.err('staff.update', { id: owner.id, expectedVersion: 1, name: owner.name, role: 'owner', active: false })).code).toBe(
      'rule',
    );
    expect(t.counts()).toEqual(before);
    await t.ok('staff.update', { id: practitioner.id, expectedVersion: 2, name: practitioner.name, role: 'owner', active: true });
    await t.ok('staff.update', { id: owner.id, expectedVersion: 1, name: owner.name, role: 'practitioner', active: true });
  });

  it('names only real channels in the map, and keeps the sign-in channels public', () => {
    for (const channel of Object.keys(PERMISSIONS)) expect(CHANNELS as string[]).toContain(channel);
    for (const channel of PUBLIC_CHANNELS) expect(CHANNELS as string[]).toContain(channel);
  });

  it('refuses a staff member who was deactivated while signed in', async () => {
    const { owner, practitioner } = await clinicWithStaff();
    await t.ok('auth.signIn', { staffId: practitioner.id, pin: '2222' });
    t.open.sqlite.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(practitioner.id);
    expect((await t.err('clients.search', { query: '' })).code).toBe('signed_out');
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1234' });
  });
});
