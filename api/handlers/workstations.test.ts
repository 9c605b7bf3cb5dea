import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HubIdentity } from '../context';
import { pairRequest, pairWorkstation } from '../pair-workstation';
import { fingerprintPrefix, parsePairingCode, pairingProof } from '../pairing-code';
import { testApi } from '../testing';

const HUB: HubIdentity = {
  address: '192.168.1.10:8443',
  fingerprint: 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
};
let now = new Date('2026-11-21T09:00:00.000Z');
let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  now = new Date('2026-11-21T09:00:00.000Z');
  t = await testApi(() => now, { hub: () => HUB });
});
afterEach(() => t.close());

const proofFor = (code: string) => pairingProof(parsePairingCode(code)!.secret, HUB.fingerprint);

async function clinicWithOwnerAndReception() {
  await t.ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
  const reception = await t.ok('staff.create', { name: 'Rae Desk', role: 'reception' });
  await t.ok('auth.setPin', { staffId: reception.id, pin: '3333' });
  const owner = (await t.ok('staff.list', {})).find((s) => s.role === 'owner')!;
  return { owner, reception };
}

describe('workstations.pairingCode', () => {
  it('gives a one-time code with the hub’s address and fingerprint, stores only a hash, and audits it', async () => {
    const before = t.counts();
    const made = await t.ok('workstations.pairingCode', {});
    expect(made.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(made.code.slice(-4)).toBe(fingerprintPrefix(HUB.fingerprint));
    expect(made).toMatchObject({ address: HUB.address, fingerprint: HUB.fingerprint, expiresAt: '2026-11-21T09:10:00.000Z' });
    expect(t.counts()).toEqual({ ...before, pairing_codes: 1, audit_log: before.audit_log! + 1 });
    const stored = JSON.stringify(t.open.sqlite.prepare('SELECT * FROM pairing_codes').all());
    expect(stored).not.toContain(made.code.slice(0, 4) + made.code.slice(5, 9));
    const entry = t.open.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'pairing_code'").pluck().get() as string;
    expect(entry).not.toContain(made.code.slice(0, 4));
  });

  it('refuses input it does not take, writing nothing', async () => {
    const before = t.counts();
    expect(await t.err('workstations.pairingCode', { minutes: 60 })).toMatchObject({ code: 'invalid_input' });
    expect(await t.err('workstations.pairingCode', 'now')).toMatchObject({ code: 'invalid_input' });
    expect(t.counts()).toEqual(before);
  });

  it('says plainly when this Stipple is not serving workstations', async () => {
    const plain = await testApi(() => now);
    try {
      const before = plain.counts();
      expect((await plain.err('workstations.pairingCode', {})).message).toMatch(/not serving workstations/);
      expect(plain.counts()).toEqual(before);
    } finally {
      plain.close();
    }
  });

  it('is the owner’s alone, as are the list and revoking', async () => {
    const { reception } = await clinicWithOwnerAndReception();
    await t.ok('auth.signIn', { staffId: reception.id, pin: '3333' });
    const before = t.counts();
    expect(await t.err('workstations.pairingCode', {})).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/owner/) });
    expect((await t.err('workstations.list', {})).code).toBe('forbidden');
    expect((await t.err('workstations.revoke', { id: 1 })).code).toBe('forbidden');
    expect(t.counts()).toEqual(before);
  });
});

describe('pairing with a code, then revoking', () => {
  it('pairs once, names the owner who made the code, and lists the workstation', async () => {
    const { owner } = await clinicWithOwnerAndReception();
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
    const { code } = await t.ok('workstations.pairingCode', {});
    const paired = pairWorkstation(t.open.sqlite, () => now, pairRequest.parse({ name: 'Room 2 laptop', proof: proofFor(code) }));
    expect(paired).toMatchObject({ ok: true, name: 'Room 2 laptop' });
    const list = await t.ok('workstations.list', {});
    expect(list).toEqual([{ id: 1, name: 'Room 2 laptop', createdAt: now.toISOString(), lastSeenAt: now.toISOString(), revokedAt: null }]);
    const audit = t.open.sqlite.prepare("SELECT staff_id AS staffId, action FROM audit_log WHERE entity = 'workstation'").all();
    expect(audit).toEqual([{ staffId: owner.id, action: 'pair' }]);
    // The credential is never stored, only its hash.
    const credential = (paired as { credential: string }).credential;
    expect(JSON.stringify(t.open.sqlite.prepare('SELECT * FROM workstations').all())).not.toContain(credential);

    const before = t.counts();
    const again = pairWorkstation(t.open.sqlite, () => now, { name: 'Another', proof: proofFor(code) });
    expect(again).toMatchObject({ ok: false, reason: 'used' });
    expect(t.counts()).toEqual(before);
  });

  it('refuses a wrong code and an expired one, writing nothing', async () => {
    const { code } = await t.ok('workstations.pairingCode', {});
    const before = t.counts();
    const wrongSecret = code[0] === 'A' ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    expect(pairWorkstation(t.open.sqlite, () => now, { name: 'Laptop', proof: proofFor(wrongSecret) })).toMatchObject({
      ok: false,
      reason: 'wrong',
    });
    // The right code proved against another certificate (a man in the middle) is wrong too.
    const otherCert = pairingProof(parsePairingCode(code)!.secret, HUB.fingerprint.replace('AB', 'AC'));
    expect(pairWorkstation(t.open.sqlite, () => now, { name: 'Laptop', proof: otherCert })).toMatchObject({ ok: false, reason: 'wrong' });
    const later = () => new Date(now.getTime() + 10 * 60_000);
    expect(pairWorkstation(t.open.sqlite, later, { name: 'Laptop', proof: proofFor(code) })).toMatchObject({
      ok: false,
      reason: 'expired',
    });
    expect(t.counts()).toEqual(before);
  });

  it('revokes a workstation once, audited with the reason', async () => {
    const { code } = await t.ok('workstations.pairingCode', {});
    pairWorkstation(t.open.sqlite, () => now, { name: 'Lost laptop', proof: proofFor(code) });
    const revoked = await t.ok('workstations.revoke', { id: 1, reason: 'left on the train' });
    expect(revoked.revokedAt).toBe(now.toISOString());
    const entry = t.open.sqlite.prepare("SELECT reason FROM audit_log WHERE entity = 'workstation' AND action = 'revoke'").pluck().get();
    expect(entry).toBe('left on the train');
    const before = t.counts();
    expect((await t.err('workstations.revoke', { id: 1 })).message).toMatch(/already revoked/);
    expect((await t.err('workstations.revoke', { id: 99 })).code).toBe('not_found');
    expect((await t.err('workstations.revoke', { id: 'one' })).code).toBe('invalid_input');
    expect(t.counts()).toEqual(before);
  });
});

describe('pairing codes as typed', () => {
  it('reads lower case, spaces and look-alike letters, and nothing else', () => {
    expect(parsePairingCode('k7qf 92xm-3a8c')).toEqual({ secret: 'K7QF92XM', prefix: '3A8C' });
    expect(parsePairingCode('OIL0-0000-0000')).toEqual({ secret: '01100000', prefix: '0000' });
    expect(parsePairingCode('K7QF-92XM')).toBeNull();
    expect(parsePairingCode('K7QF-92XM-3A8U')).toBeNull();
  });
});
