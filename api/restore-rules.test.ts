// What restoring a backup promises the clinic: the backup's records back, the current ones kept
// safe first, a tampered audit trail refused unless an owner overrides it with a reason, and
// nothing changed on refusal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from './testing';
import { backupDatabase, rowCounts } from '../db/backup';
import { restoreDatabase, RestoreError } from '../db/restore';
import { MIGRATIONS_FOLDER, openRaw, tempDir, AUDIT_NO_UPDATE_SQL } from '../db/testing';

let t: Awaited<ReturnType<typeof testApi>>;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  await t.ok('clients.create', { firstName: 'Ada', lastName: 'Lovelace' });
});
afterEach(() => t.close());

const restore = (file: string, over: Partial<Parameters<typeof restoreDatabase>[2]> = {}) =>
  restoreDatabase(t.open.sqlite, file, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir(), ...over });

describe('restoring a backup', () => {
  it('brings the backup’s clients back, searchable, and keeps the current state as a safety backup first', async () => {
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    await t.ok('clients.create', { firstName: 'Grace', lastName: 'Hopper' });
    const safety = tempDir();
    const seen: { from: string; counts: Record<string, number>; overridden: unknown; kept: unknown }[] = [];
    const r = await restore(snapshot.file, {
      backupFolder: safety,
      now: new Date('2026-11-21T10:00:00Z'),
      inTransaction: (_db, s) => seen.push(s),
    });
    expect(r).toMatchObject({ restoredFrom: snapshot.file, auditWarning: null });
    expect(path.dirname(r.safetyBackup)).toBe(safety);
    expect(path.basename(r.safetyBackup)).toBe('stipple-2026-11-21T10-00-00-000Z.sqlite');
    expect(r.counts).toEqual(rowCounts(t.open.sqlite));
    expect(r.schemaBefore).toBe(r.schemaAfter);
    expect(seen).toEqual([{ from: snapshot.file, counts: r.counts, overridden: null, kept: r.kept }]);
    // Nothing of this computer's own to keep here (api/restore-keeps-devices.test.ts has devices and lockouts).
    expect(r.kept).toEqual({
      rows: { workstations: 0, pairing_codes: 0, sign_in_attempts: 0 },
      pairedWorkstations: 0,
      unlinked: 0,
      dropped: 0,
    });
    expect((await t.ok('clients.search', { query: 'Grace' })).total).toBe(0);
    expect((await t.ok('clients.search', { query: 'Ada' })).total).toBe(1);
    const kept = openRaw(r.safetyBackup, { readonly: true });
    expect(kept.prepare("SELECT count(*) FROM clients WHERE first_name = 'Grace'").pluck().get()).toBe(1);
    kept.close();
  });

  it('refuses a backup whose audit trail was tampered with, unless an owner overrides it with a reason', async () => {
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    const raw = openRaw(snapshot.file);
    raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET reason = 'edited' WHERE id = 1;");
    raw.exec(AUDIT_NO_UPDATE_SQL);
    raw.close();
    await t.ok('clients.create', { firstName: 'Grace', lastName: 'Hopper' });
    const before = rowCounts(t.open.sqlite);
    const refusal = await restore(snapshot.file).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RestoreError);
    expect((refusal as RestoreError).overridable).toBe(true);
    expect((refusal as Error).message).toMatch(
      /^The audit trail is broken: audit entry 1 was changed after it was written\..*Nothing was restored\./,
    );
    expect(rowCounts(t.open.sqlite)).toEqual(before);
    // An empty reason is no reason: refused, nothing written.
    await expect(restore(snapshot.file, { override: { reason: '  ' } })).rejects.toThrow(/Give the reason/);
    expect(rowCounts(t.open.sqlite)).toEqual(before);

    const seen: unknown[] = [];
    const r = await restore(snapshot.file, {
      override: { reason: 'the laptop was stolen; this is the only copy' },
      inTransaction: (_db, s) => seen.push(s.overridden),
    });
    expect(r.auditWarning).toBe('audit entry 1 was changed after it was written');
    expect(r.overridden).toEqual({
      reason: 'the laptop was stolen; this is the only copy',
      problems: [expect.stringMatching(/^The audit trail is broken: audit entry 1 was changed/)],
    });
    expect(seen).toEqual([r.overridden]);
    expect((await t.ok('clients.search', { query: 'Grace' })).total).toBe(0);
  });

  it('continues the client numbering from the backup, not from before', async () => {
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    await t.ok('clients.create', { firstName: 'Grace', lastName: 'Hopper' });
    await t.ok('clients.create', { firstName: 'Kim', lastName: 'Lee' });
    await restore(snapshot.file);
    const next = await t.ok('clients.create', { firstName: 'New', lastName: 'Client' });
    expect(next.id).toBe(2);
  });

  it('leaves no working copy behind', async () => {
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    const before = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('stipple-restore-'));
    await restore(snapshot.file);
    expect(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('stipple-restore-'))).toEqual(before);
  });

  it('restores nothing when the current database cannot be backed up first', async () => {
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    await t.ok('clients.create', { firstName: 'Grace', lastName: 'Hopper' });
    const before = rowCounts(t.open.sqlite);
    const notAFolder = path.join(tempDir(), 'file');
    fs.writeFileSync(notAFolder, 'x');
    await expect(restore(snapshot.file, { backupFolder: path.join(notAFolder, 'b') })).rejects.toThrow(
      /^The current database could not be backed up first, so nothing was restored\. The backup folder .* cannot be created or reached/,
    );
    expect(rowCounts(t.open.sqlite)).toEqual(before);
  });

  it('restores nothing from a missing file or one written by a newer Stipple, and says why', async () => {
    const before = rowCounts(t.open.sqlite);
    const missing = path.join(tempDir(), 'gone.sqlite');
    await expect(restore(missing)).rejects.toThrow(`${missing} does not exist. Nothing was restored.`);
    const snapshot = await backupDatabase(t.open.sqlite, tempDir());
    const raw = openRaw(snapshot.file);
    raw.exec("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 99999999999999)");
    raw.close();
    await expect(restore(snapshot.file)).rejects.toThrow(/newer version of Stipple.*Nothing was restored\.$/);
    expect(rowCounts(t.open.sqlite)).toEqual(before);
  });
});
