// A restore puts the clinic's records back, not who may reach this hub: paired workstations,
// pairing codes and wrong-PIN lockouts stay as they are now (db/restore-kept.ts). A device revoked
// after the backup stays revoked, one paired after it stays paired, ids are never reused, and the
// restored database still verifies. Real encrypted files, through the API where the app goes.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../db/backup';
import { workstationByCredential } from '../db/queries/workstations';
import { restoreDatabase } from '../db/restore';
import { MIGRATIONS_FOLDER, TEST_KEY, tempDir } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import type { HubIdentity } from './context';
import { pairRequest, pairWorkstation } from './pair-workstation';
import { hashCredential, pairingProof, parsePairingCode } from './pairing-code';
import { testApi } from './testing';

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

async function pair(name: string): Promise<{ id: number; credential: string }> {
  const { code } = await t.ok('workstations.pairingCode', {});
  const proof = pairingProof(parsePairingCode(code)!.secret, HUB.fingerprint);
  const paired = pairWorkstation(t.open.sqlite, () => now, pairRequest.parse({ name, proof }));
  if (!paired.ok) throw new Error(paired.message);
  return { id: paired.workstationId, credential: paired.credential };
}

/** What the hub lets in (network/hub-server.ts): a known credential of a device not revoked. */
function admitted(credential: string): boolean {
  const row = workstationByCredential(t.open.sqlite, hashCredential(credential));
  return row !== undefined && row.revokedAt === null;
}

async function clinic() {
  const owner = await t.ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
  const pat = await t.ok('staff.create', { name: 'Pat Practitioner', role: 'practitioner' });
  await t.ok('auth.setPin', { staffId: pat.id, pin: '2222' });
  await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
  return { owner, pat };
}

const verify = () => verifyDatabaseFile(t.open.file, MIGRATIONS_FOLDER, TEST_KEY);
const workstations = () => t.open.sqlite.prepare('SELECT * FROM workstations ORDER BY id').all();

describe('restoring a backup keeps this hub’s paired workstations and lockouts', () => {
  it('keeps a device revoked after the backup revoked, one paired after it paired, and says so in the restore’s entry', async () => {
    const { owner, pat } = await clinic();
    const laptop = await pair('Room 2 laptop');
    const made = await t.ok('safety.backupNow', {});
    now = new Date('2026-11-21T09:01:00.000Z');
    await t.ok('workstations.revoke', { id: laptop.id, reason: 'left on the train' });
    const desk = await pair('Front desk');
    // Five wrong PINs after the backup: Pat is locked out now.
    await t.ok('auth.signOut', { reason: 'lock' });
    for (let i = 0; i < 5; i++) await t.err('auth.signIn', { staffId: pat.id, pin: '0000' });
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
    const before = workstations();
    expect(admitted(laptop.credential)).toBe(false);

    await t.ok('safety.restore', { file: made.made[0]!.file });

    expect(workstations()).toEqual(before);
    expect(admitted(laptop.credential)).toBe(false);
    expect(workstationByCredential(t.open.sqlite, hashCredential(laptop.credential))?.revokedAt).toBe('2026-11-21T09:01:00.000Z');
    expect(admitted(desk.credential)).toBe(true);
    expect(t.open.sqlite.prepare('SELECT count(*) FROM pairing_codes').pluck().get()).toBe(2);
    // The lockout did not end with the restore.
    const locked = await t.err('auth.signIn', { staffId: pat.id, pin: '2222' });
    expect(locked.fields?.pin).toMatch(/Too many wrong PINs/);
    // The restore's entry says what was kept from before.
    const entry = t.open.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'restore' ORDER BY id DESC LIMIT 1").pluck().get();
    expect(JSON.parse(entry as string)).toMatchObject({
      kept: {
        rows: { workstations: 2, pairing_codes: 2, sign_in_attempts: 1 },
        pairedWorkstations: 1,
        unlinked: 0,
        dropped: 0,
      },
    });
    expect(verify()).toMatchObject({ ok: true, problems: [] });

    // A device paired after the restore gets a new id, never the revoked laptop's or the desk's.
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
    const next = await pair('Room 3 tablet');
    expect(next.id).toBe(3);
    expect(t.open.sqlite.prepare('SELECT id FROM pairing_codes ORDER BY id DESC LIMIT 1').pluck().get()).toBe(3);
    expect(verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('does not bring back a device paired in the backup but unknown now, nor reuse its id', async () => {
    const { owner } = await clinic();
    const gone = await pair('Old laptop');
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    // Since the backup the laptop's row and its numbering went (as a restore before this fix left
    // them): the backup's row is not brought back, and its id is not given out again.
    t.open.sqlite.exec(
      "DELETE FROM pairing_codes; DELETE FROM workstations; DELETE FROM sqlite_sequence WHERE name IN ('workstations', 'pairing_codes')",
    );
    await restoreDatabase(t.open.sqlite, snapshot.file, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir() });
    expect(admitted(gone.credential)).toBe(false);
    expect(workstations()).toEqual([]);
    await t.ok('auth.signIn', { staffId: owner.id, pin: '1111' });
    expect((await pair('New laptop')).id).toBe(2);
  });

  it('clears a kept row’s link to a staff member the backup does not have, and drops a lockout of someone it does not have', async () => {
    const snapshot = await backupDatabase(t.open.sqlite, tempDir()); // before anyone was set up
    const { owner, pat } = await clinic();
    const laptop = await pair('Room 2 laptop');
    await t.ok('workstations.revoke', { id: laptop.id });
    for (let i = 0; i < 3; i++) await t.err('auth.signIn', { staffId: pat.id, pin: '0000' });
    expect(t.open.sqlite.prepare('SELECT revoked_by FROM workstations').pluck().get()).toBe(owner.id);

    const r = await restoreDatabase(t.open.sqlite, snapshot.file, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir() });
    // The owner who revoked it and made its code are not in the backup: the links are cleared, the revocation stays.
    expect(r.kept).toEqual({
      rows: { workstations: 1, pairing_codes: 1, sign_in_attempts: 0 },
      pairedWorkstations: 0,
      unlinked: 2,
      dropped: 1,
    });
    expect(workstations()).toEqual([expect.objectContaining({ id: laptop.id, revoked_by: null, revoked_at: now.toISOString() })]);
    expect(t.open.sqlite.prepare('SELECT created_by, workstation_id FROM pairing_codes').get()).toEqual({
      created_by: null,
      workstation_id: laptop.id,
    });
    expect(admitted(laptop.credential)).toBe(false);
    expect(t.open.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(verify()).toMatchObject({ ok: true });
  });

  it('takes the replay keys of changes from the backup, so they agree with the records restored', async () => {
    const addKey = (key: string) =>
      t.open.sqlite
        .prepare("INSERT INTO change_keys (key, channel, input_hash, result, received_at) VALUES (?, 'clients.create', 'h', '{}', ?)")
        .run(key, now.toISOString());
    addKey('before-backup');
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    addKey('after-backup');
    await restoreDatabase(t.open.sqlite, snapshot.file, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir() });
    expect(t.open.sqlite.prepare('SELECT key FROM change_keys').pluck().all()).toEqual(['before-backup']);
  });
});

describe('a restore that fails leaves the workstations as they were', () => {
  it('when the backup is damaged', async () => {
    await clinic();
    await pair('Room 2 laptop');
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    await t.ok('workstations.revoke', { id: 1 });
    await pair('Front desk');
    const before = { rows: workstations(), seq: t.open.sqlite.prepare('SELECT * FROM sqlite_sequence ORDER BY name').all() };
    // Its second page overwritten: the file cannot be read back.
    const bytes = fs.readFileSync(snapshot.file);
    bytes.fill(0xa5, 4096, 8192);
    fs.writeFileSync(snapshot.file, bytes);
    const refused = await t.err('safety.restore', { file: snapshot.file });
    expect(refused.fields?.file).toMatch(/Nothing was restored/);
    expect({ rows: workstations(), seq: t.open.sqlite.prepare('SELECT * FROM sqlite_sequence ORDER BY name').all() }).toEqual(before);
  });

  it('when the swap fails half way', async () => {
    await clinic();
    await pair('Room 2 laptop');
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    await t.ok('workstations.revoke', { id: 1 });
    await pair('Front desk');
    const before = { rows: workstations(), seq: t.open.sqlite.prepare('SELECT * FROM sqlite_sequence ORDER BY name').all() };
    await expect(
      restoreDatabase(t.open.sqlite, snapshot.file, {
        migrationsFolder: MIGRATIONS_FOLDER,
        backupFolder: tempDir(),
        inTransaction: (tx) => {
          // The kept rows are already relinked here: the failure must undo that too.
          tx.exec('UPDATE workstations SET name = name');
          throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    expect({ rows: workstations(), seq: t.open.sqlite.prepare('SELECT * FROM sqlite_sequence ORDER BY name').all() }).toEqual(before);
    expect(verify()).toMatchObject({ ok: true });
  });
});
