// Staff brought in by an import have no PIN: each chooses one, typed twice, at their first sign-in.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportClinic } from '../../db/export';
import { importClinic } from '../../db/import';
import { PIN_AT_FIRST_SIGN_IN } from '../../db/queries/sign-in';
import { MIGRATIONS_FOLDER, openTestDatabase, tempDir } from '../../db/testing';
import type { OpenDatabase } from '../../db/open';
import { createApi, type ApiClient } from '../dispatch';
import { verifyPin } from '../pin';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let source: Awaited<ReturnType<typeof testApi>>;
let target: OpenDatabase;
let api: ApiClient;
let ids: { owner: number; practitioner: number; unpinned: number };

beforeEach(async () => {
  source = await testApi();
  const owner = await source.ok('auth.setupOwner', { name: 'Olu Owner', pin: '135790', confirmPin: '135790' });
  source.api.actAs(owner.id);
  const practitioner = await source.ok('staff.create', { name: 'Pat Practitioner', role: 'practitioner' });
  await source.ok('auth.setPin', { staffId: practitioner.id, pin: '246802' });
  await source.ok('settings.update', { minPinLength: 6 });
  const folder = path.join(tempDir(), 'export');
  exportClinic(source.open.sqlite, folder, { passphrase: 'a long export passphrase' });
  target = await openTestDatabase();
  importClinic(target.sqlite, folder, { passphrase: 'a long export passphrase' });
  // Someone the owner adds on the new computer, whose PIN the owner sets: not claimable at the desk.
  const unpinned = target.sqlite
    .prepare("INSERT INTO staff (name, role) VALUES ('Una Added', 'reception') RETURNING id")
    .pluck()
    .get() as number;
  ids = { owner: owner.id, practitioner: practitioner.id, unpinned };
  api = createApi(target, { migrationsFolder: MIGRATIONS_FOLDER }).client();
});
afterEach(() => {
  source.close();
  target.close();
});

async function ok<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
}
async function err(p: Promise<{ ok: boolean; error?: unknown }>) {
  const r = await p;
  if (r.ok) throw new Error('unexpectedly succeeded');
  return r.error as { code: string; message: string; fields?: Record<string, string> };
}
const count = (sql: string) => target.sqlite.prepare(sql).pluck().get() as number;

describe('first sign-in of imported staff', () => {
  it('lists them as needing a PIN, and no PIN signs them in until they have chosen one', async () => {
    const status = await ok(api.callTyped('auth.status', {}));
    expect(status).toMatchObject({ actor: null, needsOwner: false, minPinLength: 6 });
    expect(status.staff.map((s) => [s.name, s.needsPin])).toEqual([
      ['Olu Owner', true],
      ['Pat Practitioner', true],
    ]);
    for (const pin of ['135790', '246802', '0000']) {
      const refused = await err(api.callTyped('auth.signIn', { staffId: ids.owner, pin }));
      expect(refused.fields).toEqual({ pin: 'You have no PIN yet. Choose one: enter it twice below.' });
    }
    expect(count('SELECT count(*) FROM sign_in_attempts')).toBe(0);
  });

  it('asks for the new PIN twice, at the clinic’s shortest length, and writes nothing when refused', async () => {
    const entries = count('SELECT count(*) FROM audit_log');
    expect((await err(api.callTyped('auth.firstPin', { staffId: ids.owner, pin: '864200', confirmPin: '864201' }))).fields).toEqual({
      confirmPin: 'The two PINs differ. Enter the same PIN twice.',
    });
    expect((await err(api.callTyped('auth.firstPin', { staffId: ids.owner, pin: '8642', confirmPin: '8642' }))).fields).toEqual({
      pin: 'The clinic asks for PINs of 6 to 8 digits.',
    });
    expect(count('SELECT count(*) FROM audit_log')).toBe(entries);
    expect(target.sqlite.prepare('SELECT pin_hash FROM staff WHERE id = ?').pluck().get(ids.owner)).toBe(PIN_AT_FIRST_SIGN_IN);
  });

  it('sets the PIN, signs them in, audits "PIN set at first sign-in", and from then on only that PIN works', async () => {
    const member = await ok(api.callTyped('auth.firstPin', { staffId: ids.owner, pin: '864200', confirmPin: '864200' }));
    expect(member).toEqual({ id: ids.owner, name: 'Olu Owner', role: 'owner', locale: null });
    expect((await ok(api.callTyped('auth.status', {}))).actor).toMatchObject({ id: ids.owner });
    expect(verifyPin('864200', target.sqlite.prepare('SELECT pin_hash FROM staff WHERE id = ?').pluck().get(ids.owner) as string)).toBe(
      true,
    );
    expectAudit(
      { open: target },
      { entity: 'staff', entityId: ids.owner, action: 'set_pin', reason: 'PIN set at first sign-in', by: ids.owner },
    );
    // Signed in as the owner, the clinic works; the choice cannot be made again over theirs.
    expect((await api.callTyped('clients.search', { query: 'x', limit: 5 })).ok).toBe(true);
    await ok(api.callTyped('auth.signOut', {}));
    const again = await err(api.callTyped('auth.firstPin', { staffId: ids.owner, pin: '111111', confirmPin: '111111' }));
    expect(again.fields?.pin).toMatch(/already have a PIN/);
    expect((await err(api.callTyped('auth.signIn', { staffId: ids.owner, pin: '135790' }))).fields?.pin).toMatch(/not right/);
    await ok(api.callTyped('auth.signIn', { staffId: ids.owner, pin: '864200' }));
    const status = await ok(api.callTyped('auth.status', {}));
    expect(status.staff.find((s) => s.id === ids.owner)?.needsPin).toBe(false);
  });

  it('does not let anyone claim a person an owner added without a PIN', async () => {
    const refused = await err(api.callTyped('auth.firstPin', { staffId: ids.unpinned, pin: '999999', confirmPin: '999999' }));
    expect(refused.fields).toEqual({ staffId: 'Choose who you are from the list.' });
    expect(target.sqlite.prepare('SELECT pin_hash FROM staff WHERE id = ?').pluck().get(ids.unpinned)).toBeNull();
  });
});
