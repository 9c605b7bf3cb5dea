import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, TEST_KEY } from '../../db/testing';
import { verifyDatabaseFile } from '../../db/verify';
import { testApi } from '../testing';
import { auditActions, expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi();
});
afterEach(() => t.close());

describe('clinic settings', () => {
  it('audits a change with only the settings that changed', async () => {
    const before = await t.ok('settings.get', {});
    const after = await t.ok('settings.update', { secondSessionMinDays: before.secondSessionMinDays + 3, currency: before.currency });
    expect(after.secondSessionMinDays).toBe(before.secondSessionMinDays + 3);
    expectAudit(t, { entity: 'settings', entityId: 'clinic', action: 'update', changed: ['secondSessionMinDays'] });
    expect((await t.ok('settings.get', {})).secondSessionMinDays).toBe(before.secondSessionMinDays + 3);
  });

  it('clears the second backup folder again, audited, and the file still checks as Stipple wrote it', async () => {
    await t.ok('settings.update', { backupFolder: '/media/usb/stipple' });
    expect((await t.ok('settings.update', { backupFolder: '  ' })).backupFolder).toBeNull();
    expect((await t.ok('settings.get', {})).backupFolder).toBeNull();
    expectAudit(t, {
      entity: 'settings',
      entityId: 'clinic',
      action: 'update',
      changed: ['backupFolder'],
      before: { backupFolder: '/media/usb/stipple' },
      after: { backupFolder: null },
    });
    const file = t.open.file;
    t.close();
    expect(verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY).problems).toEqual([]);
    t = await testApi(undefined, { file }); // afterEach closes one
  });

  it('writes and audits nothing when nothing changed', async () => {
    const before = await t.ok('settings.get', {});
    const n = auditActions(t, 'settings', 'clinic').length;
    await t.ok('settings.update', { currency: before.currency, secondSessionMinDays: before.secondSessionMinDays });
    expect(auditActions(t, 'settings', 'clinic')).toHaveLength(n);
  });
});

describe('this computer as the clinic’s hub', () => {
  it('is off by default on every address, port 8443', async () => {
    expect(await t.ok('settings.get', {})).toMatchObject({ hubEnabled: false, hubHost: '0.0.0.0', hubPort: 8443 });
  });

  it('stores the switch, the address and the port, audited, and says the hub status is stale', async () => {
    const other = t.root.client();
    const told: unknown[] = [];
    t.root.sessions.listen((id, event) => {
      if (id === other.sessionId) told.push(event);
    });
    const after = await t.ok('settings.update', { hubEnabled: true, hubHost: '192.168.1.10', hubPort: 9443 });
    expect(after).toMatchObject({ hubEnabled: true, hubHost: '192.168.1.10', hubPort: 9443 });
    expect(await t.ok('settings.get', {})).toMatchObject({ hubEnabled: true, hubHost: '192.168.1.10', hubPort: 9443 });
    expectAudit(t, { entity: 'settings', entityId: 'clinic', action: 'update', changed: ['hubEnabled', 'hubHost', 'hubPort'] });
    expect(told).toContainEqual({ type: 'stale', channels: expect.arrayContaining(['settings.get', 'network.hubStatus']) as unknown });
    await t.ok('settings.update', { hubHost: '::' });
    expect((await t.ok('settings.get', {})).hubHost).toBe('::');
  });

  it.each([
    [{ hubPort: 70000 }, 'hubPort', /port from 1 to 65535/],
    [{ hubPort: 0 }, 'hubPort', /port from 1 to 65535/],
    [{ hubPort: 8443.5 }, 'hubPort', /port from 1 to 65535/],
    [{ hubPort: '8443' }, 'hubPort', /port from 1 to 65535/],
    [{ hubHost: 'reception-pc.local' }, 'hubHost', /this computer’s addresses/],
    [{ hubHost: '256.1.1.1' }, 'hubHost', /this computer’s addresses/],
    [{ hubHost: '' }, 'hubHost', /this computer’s addresses/],
    [{ hubEnabled: 'yes' }, 'hubEnabled', /clinic’s hub/],
  ])('refuses %j with a field error and writes nothing', async (input, field, message) => {
    const before = t.counts();
    const error = await t.err('settings.update', { hubEnabled: true, ...input });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.[field]).toMatch(message);
    expect(t.counts()).toEqual(before);
    expect(await t.ok('settings.get', {})).toMatchObject({ hubEnabled: false, hubHost: '0.0.0.0', hubPort: 8443 });
  });
});
