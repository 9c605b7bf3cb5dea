import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRaw, tempDir, AUDIT_NO_UPDATE_SQL } from '../../db/testing';
import { fillClinic } from '../../tests/fixtures/clinic';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let now = new Date('2026-11-21T09:00:00Z');
let t: Awaited<ReturnType<typeof testApi>>;
let clientIds: number[];
beforeEach(async () => {
  now = new Date('2026-11-21T09:00:00Z');
  t = await testApi(() => now);
  clientIds = await fillClinic(t, 2);
});
afterEach(() => t.close());

describe('backup status and backup now', () => {
  it('warns when there is no backup, then reports the last good one and where', async () => {
    const empty = await t.ok('safety.status', {});
    expect(empty.lastBackup).toBeNull();
    expect(empty.warnings[0]).toMatch(/No backup has been made yet/);
    expect(empty.advice).toMatch(/second backup folder/);

    const made = await t.ok('safety.backupNow', {});
    expect(made.made).toHaveLength(1);
    expect(made.made[0]!.file).toContain(path.join(path.dirname(t.open.file), 'backups'));
    const status = await t.ok('safety.status', {});
    expect(status.lastBackup).toMatchObject({ at: '2026-11-21T09:00:00.000Z', folder: path.join(path.dirname(t.open.file), 'backups') });
    expect(status.warnings).toEqual([]);

    now = new Date('2026-11-22T10:00:00Z');
    expect((await t.ok('safety.status', {})).warnings[0]).toMatch(/last backup is 1 day old\. Make one now/);
  });

  it('copies to the second folder too, and warns when that folder is missing', async () => {
    const usb = tempDir();
    await t.ok('settings.update', { backupFolder: usb });
    const made = await t.ok('safety.backupNow', {});
    expect(made.made.map((m) => path.dirname(m.file))).toEqual([path.join(path.dirname(t.open.file), 'backups'), usb]);
    fs.rmSync(usb, { recursive: true });
    const status = await t.ok('safety.status', {});
    expect(status.warnings.join(' ')).toMatch(/second backup folder .* is missing/);
    const again = await t.ok('safety.backupNow', {});
    expect(again.made).toHaveLength(1);
    expect(again.warnings[0]).toMatch(/missing/);
  });
});

describe('restore and export through the API', () => {
  it('restores a backup, audits it, and signs everyone out', async () => {
    const made = await t.ok('safety.backupNow', {});
    await t.ok('clients.create', { firstName: 'After', lastName: 'Backup' });
    const bad = await t.err('safety.restore', { file: path.join(tempDir(), 'missing.sqlite') });
    expect(bad.fields?.file).toMatch(/There is no file/);
    const notDb = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(notDb, 'hello');
    const before = t.counts();
    expect((await t.err('safety.restore', { file: notDb })).fields?.file).toMatch(/not a SQLite file at all/);
    expect(t.counts()).toEqual(before);

    const inspected = await t.ok('safety.inspect', { file: made.made[0]!.file });
    expect(inspected).toMatchObject({ ok: true, takenAt: '2026-11-21T09:00:00.000Z', clients: 2, sessions: 4, auditOk: true });
    expect(inspected.schemaVersion).toBe(inspected.latestSchema);
    expect((await t.ok('safety.inspect', { file: notDb })).problems[0]).toMatch(/not a SQLite file/);
    expect((await t.err('safety.inspect', { file: 'backup.sqlite' })).fields?.file).toMatch(/full path/);
    const r = await t.ok('safety.restore', { file: made.made[0]!.file });
    expect(r.safetyBackup).not.toBe(made.made[0]!.file);
    expect((await t.ok('clients.search', { query: 'After' })).total).toBe(0);
    const history = await t.ok('audit.history', { records: [{ entity: 'database', entityId: 'main' }] });
    expect(history[0]).toMatchObject({ action: 'restore', after: { from: made.made[0]!.file } });
    expectAudit(t, {
      entity: 'database',
      entityId: 'main',
      action: 'restore',
      before: null,
      after: { from: made.made[0]!.file, counts: { clients: 2 } },
    });
    expect(t.api.actorId).toBeNull();
  });

  it('refuses a backup whose audit trail does not verify, and restores it only for an owner who gives a reason', async () => {
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
    const pat = await t.ok('staff.create', { name: 'Pat Practitioner', role: 'practitioner' });
    await t.ok('auth.setPin', { staffId: pat.id, pin: '2222' });
    const made = await t.ok('safety.backupNow', {});
    const file = made.made[0]!.file;
    const raw = openRaw(file);
    raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET reason = 'edited' WHERE id = 1;");
    raw.exec(AUDIT_NO_UPDATE_SQL);
    raw.close();
    await t.ok('clients.create', { firstName: 'After', lastName: 'Backup' });
    const before = t.counts();

    // Refused, with a message on the override's field too: that is what offers "Restore anyway".
    const refused = await t.err('safety.restore', { file });
    expect(refused.code).toBe('invalid_input');
    expect(refused.fields?.file).toMatch(
      /^The audit trail is broken: audit entry 1 was changed after it was written\..*Nothing was restored/,
    );
    expect(refused.fields?.overrideReason).toMatch(/Restore anyway/);
    // An empty reason is a field error, and nothing is written.
    const empty = await t.err('safety.restore', { file, overrideReason: '   ' });
    expect(empty.fields?.overrideReason).toMatch(/Enter the reason for restoring it anyway/);
    expect(t.counts()).toEqual(before);
    // Only an owner may override.
    await t.ok('auth.signIn', { staffId: pat.id, pin: '2222' });
    const signedIn = t.counts(); // the sign-in is audited
    expect(await t.err('safety.restore', { file, overrideReason: 'I say so' })).toMatchObject({ code: 'forbidden' });
    expect(t.counts()).toEqual(signedIn);

    await t.ok('auth.signIn', { staffId: owner.id, pin: '1234' });
    const r = await t.ok('safety.restore', { file, overrideReason: 'The laptop was repaired; this is our only copy.' });
    expect(r.overridden).toEqual({
      reason: 'The laptop was repaired; this is our only copy.',
      problems: [expect.stringMatching(/audit entry 1 was changed/)],
    });
    expect(t.open.sqlite.prepare("SELECT count(*) FROM clients WHERE first_name = 'After'").pluck().get()).toBe(0);
    // The reason is in the restored database's trail, in the restore's own entry.
    const entry = t.open.sqlite
      .prepare("SELECT staff_id AS staffId, reason, after FROM audit_log WHERE action = 'restore' ORDER BY id DESC LIMIT 1")
      .get() as { staffId: number; reason: string; after: string };
    expect(entry).toMatchObject({ staffId: owner.id, reason: 'The laptop was repaired; this is our only copy.' });
    expect(JSON.parse(entry.after)).toMatchObject({ from: file, overrode: [expect.stringMatching(/audit entry 1 was changed/)] });
  });

  it('exports into a new folder and refuses a relative or non-empty one with a field error', async () => {
    const folder = path.join(tempDir(), 'export');
    const secret = { passphrase: 'quiet otter at dawn', confirmPassphrase: 'quiet otter at dawn' };
    const r = await t.ok('safety.export', { folder, ...secret });
    expect(r).toMatchObject({ folder, charts: 2, encrypted: true });
    expectAudit(t, { entity: 'database', entityId: 'main', action: 'export', before: null, after: { folder, charts: 2, encrypted: true } });
    expect((await t.err('safety.export', { folder, ...secret })).fields?.folder).toMatch(/not empty/);
    expect((await t.err('safety.export', { folder: 'relative/x', ...secret })).fields?.folder).toMatch(/full path/);
    expect((await t.err('safety.export', { folder: '', ...secret })).fields?.folder).toMatch(/Enter the folder/);
  });

  it('asks for a passphrase of 12 characters or more, typed twice, unless a plain export is chosen', async () => {
    const folder = path.join(tempDir(), 'export');
    const before = t.counts();
    expect((await t.err('safety.export', { folder })).fields).toEqual({ passphrase: expect.stringMatching(/at least 12 characters/) });
    expect((await t.err('safety.export', { folder, passphrase: 'short', confirmPassphrase: 'short' })).fields?.passphrase).toMatch(
      /at least 12/,
    );
    expect(
      (await t.err('safety.export', { folder, passphrase: 'quiet otter at dawn', confirmPassphrase: 'quiet otter at dusk' })).fields,
    ).toEqual({
      confirmPassphrase: 'The two passphrases differ. Enter the same passphrase twice.',
    });
    expect(fs.existsSync(folder)).toBe(false);
    expect(t.counts()).toEqual(before);
    const plain = await t.ok('safety.export', { folder, plain: true });
    expect(plain.encrypted).toBe(false);
    expect(fs.readdirSync(path.join(folder, 'charts')).every((f) => f.endsWith('.json'))).toBe(true);
  });
});

describe('audit history', () => {
  it('lists a record’s changes newest first, with who and before/after', async () => {
    const staff = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '1234', confirmPin: '1234' });
    const chart = await t.ok('clients.chart', { id: clientIds[0]! });
    await t.ok('clients.update', {
      ...chart.client,
      id: chart.client.id,
      notes: 'Prefers mornings',
      expectedVersion: chart.client.version,
    });
    const h = await t.ok('audit.history', { records: [{ entity: 'client', entityId: clientIds[0]! }] });
    expect(h.map((e) => e.action)).toEqual(['update', 'create']);
    expect(h[0]).toMatchObject({ staffId: staff.id, staffName: 'Olu Owner' });
    expect((h[0]!.after as { notes: string }).notes).toBe('Prefers mornings');
    expect((await t.err('audit.history', { records: [] })).fields?.records).toMatch(/at least one/);
    expect((await t.err('audit.history', { records: [{ entity: 'DROP TABLE', entityId: 1 }] })).code).toBe('invalid_input');
  });
});
