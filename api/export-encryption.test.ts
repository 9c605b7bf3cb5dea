// An export leaves the clinic on a USB stick or in a mail: encrypted unless the owner chose plain
// files, and read back without trusting it (no PINs, an audit trail that must check out).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from './pin';
import { testApi } from './testing';
import { expectAudit } from './testing-audit';
import { createApi } from './dispatch';
import { rowCounts } from '../db/backup';
import { SEEDED_ROW_SQL } from '../db/seeded-rows';
import { decryptExport } from '../db/export-decrypt';
import { exportClinic } from '../db/export';
import { ImportError } from '../db/import';
import { loadChart } from '../db/queries/chart';
import { inlineTaskRunner } from './tasks/runner';
import { openDatabase } from '../db/open';
import { MIGRATIONS_FOLDER, tempDir, TEST_KEY } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import { fillClinic } from '../tests/fixtures/clinic';

const PASSPHRASE = 'lantern harbour seventeen';
const secret = { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE };
const NAMES = ['Evangelina', 'Quirke-Abernathy', 'Thaddeus', 'Wolstenholme'];

let t: Awaited<ReturnType<typeof testApi>>;
let clientIds: number[];
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientIds = await fillClinic(t, 2);
  clientIds.push((await t.ok('clients.create', { firstName: NAMES[0]!, lastName: NAMES[1]!, notes: 'Allergic to latex' })).id);
  clientIds.push((await t.ok('clients.create', { firstName: NAMES[2]!, lastName: NAMES[3]!, phone: '+44 7700 900456' })).id);
});
afterEach(() => t.close());

function everyFile(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).map((d) => path.join(d.parentPath, d.name));
}

/** A database on another computer: its own key, so its audit chain has another secret. */
const OTHER_KEY = 'a7'.repeat(32);

/** Reads an export into a new database through the import task, as the command line does. */
async function importInto(
  folder: string,
  input: { passphrase?: string | null; overrideReason?: string | null } = {},
  key: string = TEST_KEY,
) {
  const target = await openDatabase(path.join(tempDir(), 'chart.sqlite'), { migrationsFolder: MIGRATIONS_FOLDER, key });
  const run = () =>
    inlineTaskRunner(target.sqlite).run('import', {
      folder,
      now: '2026-11-22T09:00:00.000Z',
      actorId: null,
      passphrase: input.passphrase ?? null,
      overrideReason: input.overrideReason ?? null,
    });
  return { target, run };
}

/** Tables holding rows beyond Stipple's own bookkeeping and what the migrations seed into every new database. */
const emptyCounts = (sqlite: Parameters<typeof rowCounts>[0]) =>
  Object.keys(rowCounts(sqlite))
    .filter((t) => !t.startsWith('__'))
    .map(
      (t) =>
        [
          t,
          sqlite
            .prepare(`SELECT count(*) FROM "${t}" WHERE NOT (${SEEDED_ROW_SQL[t] ?? '0'})`)
            .pluck()
            .get(),
        ] as const,
    )
    .filter(([, n]) => (n as number) > 0);

describe('an export is encrypted by default', () => {
  it('holds no client’s name in any byte or file name, and its files and folders are the owner’s only', async () => {
    const folder = path.join(tempDir(), 'export');
    const r = await t.ok('safety.export', { folder, ...secret });
    expect(r).toMatchObject({ charts: 4, encrypted: true });
    const files = everyFile(folder);
    expect(files.length).toBeGreaterThan(4 + 10);
    for (const file of files) {
      for (const name of [...NAMES, 'Müller', 'Okafor', 'latex', '7700 900456']) {
        expect(path.relative(folder, file)).not.toContain(name);
        if (fs.statSync(file).isFile()) {
          const bytes = fs.readFileSync(file);
          expect(bytes.includes(Buffer.from(name, 'utf8')), `${name} in ${file}`).toBe(false);
          expect(bytes.includes(Buffer.from(name, 'utf16le')), `${name} in ${file}`).toBe(false);
        }
      }
      expect(fs.statSync(file).mode & 0o777).toBe(fs.statSync(file).isDirectory() ? 0o700 : 0o600);
    }
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    // Only the README and the header are readable, and they say how to open it.
    expect(fs.readFileSync(path.join(folder, 'README.md'), 'utf8')).toMatch(/This export is encrypted[\s\S]*stipple -- import/);
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'stipple-export.json'), 'utf8'))).toMatchObject({
      encrypted: true,
      encryption: { cipher: 'aes-256-gcm', kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } },
    });
  });

  it('reads back with its passphrase into the same charts; a wrong one is one sentence and writes nothing', async () => {
    const folder = path.join(tempDir(), 'export');
    await t.ok('safety.export', { folder, ...secret });

    const wrong = await importInto(folder, { passphrase: 'lantern harbour eighteen' });
    await expect(wrong.run()).rejects.toMatchObject({
      error: {
        code: 'invalid_input',
        message: 'That passphrase does not open this export. Check it and try again. Nothing was imported.',
        fields: { passphrase: 'That passphrase does not open this export. Check it and try again. Nothing was imported.' },
      },
    });
    const missing = await importInto(folder);
    await expect(missing.run()).rejects.toMatchObject({ error: { fields: { passphrase: expect.stringMatching(/is encrypted/) } } });
    expect(emptyCounts(wrong.target.sqlite)).toEqual([]);
    expect(emptyCounts(missing.target.sqlite)).toEqual([]);
    wrong.target.close();
    missing.target.close();

    const right = await importInto(folder, { passphrase: PASSPHRASE });
    const result = await right.run();
    expect(result).toMatchObject({ charts: 4, encrypted: true, auditProblem: null });
    for (const id of clientIds) expect(loadChart(right.target.db, id)).toEqual(loadChart(t.open.db, id));
    // Sound in every way verify looks: its chain, and every row as its trail says (staff without PINs too).
    expect(verifyDatabaseFile(right.target.file, MIGRATIONS_FOLDER, TEST_KEY)).toMatchObject({ ok: true, problems: [] });
    right.target.close();
  });

  it('refuses a sealed file changed by one byte, a chart file removed, and a chart file swapped for another', async () => {
    const folder = path.join(tempDir(), 'export');
    await t.ok('safety.export', { folder, ...secret });
    const charts = path.join(folder, 'charts');
    const [first, second] = fs.readdirSync(charts).sort();
    const copy = (from: string) => {
      const to = path.join(tempDir(), 'copy');
      fs.cpSync(from, to, { recursive: true });
      return to;
    };

    const flipped = copy(folder);
    const file = path.join(flipped, 'charts', first!);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 20]! ^= 1;
    fs.writeFileSync(file, bytes);
    const a = await importInto(flipped, { passphrase: PASSPHRASE });
    await expect(a.run()).rejects.toMatchObject({
      error: { message: `charts/${first} was changed or damaged after the export was made. Nothing was imported.` },
    });

    const removed = copy(folder);
    fs.rmSync(path.join(removed, 'charts', second!));
    const b = await importInto(removed, { passphrase: PASSPHRASE });
    await expect(b.run()).rejects.toMatchObject({ error: { message: expect.stringMatching(/missing charts\/.*Nothing was imported/) } });

    const swapped = copy(folder);
    fs.copyFileSync(path.join(swapped, 'charts', first!), path.join(swapped, 'charts', second!));
    const c = await importInto(swapped, { passphrase: PASSPHRASE });
    await expect(c.run()).rejects.toMatchObject({ error: { message: expect.stringMatching(/was changed or damaged/) } });
    for (const x of [a, b, c]) {
      expect(emptyCounts(x.target.sqlite)).toEqual([]);
      x.target.close();
    }
  });

  it('makes a plain copy for other programs, with spreadsheet cells still neutralised', async () => {
    await t.ok('clients.create', { firstName: '=HYPERLINK("http://evil.example","x")', lastName: 'Formula' });
    const folder = path.join(tempDir(), 'export');
    await t.ok('safety.export', { folder, ...secret });
    expect(() => decryptExport(folder, path.join(tempDir(), 'plain'), 'not the passphrase')).toThrow(ImportError);
    const plain = path.join(tempDir(), 'plain');
    decryptExport(folder, plain, PASSPHRASE);
    const csv = fs.readFileSync(path.join(plain, 'csv', 'clients.csv'), 'utf8');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain('Quirke-Abernathy');
    expect(fs.statSync(path.join(plain, 'csv', 'clients.csv')).mode & 0o777).toBe(0o600);
    // The plain copy imports as a plain export does.
    const again = await importInto(plain);
    expect((await again.run()).charts).toBe(5);
    again.target.close();
  });
});

describe('import never takes credentials from the file', () => {
  it('brings an owner planted with a known PIN in without it: the PIN does not sign in, they choose one first', async () => {
    const owner = await t.ok('auth.setupOwner', { name: 'Olu Owner', pin: '4826', confirmPin: '4826' });
    t.api.actAs(owner.id);
    const folder = path.join(tempDir(), 'export');
    await t.ok('safety.export', { folder, plain: true });
    // The attack: edit the export so the real owner has a PIN the attacker knows, and add an owner of their own.
    const clinicFile = path.join(folder, 'clinic.json');
    const clinic = JSON.parse(fs.readFileSync(clinicFile, 'utf8'));
    const known = hashPin('1111');
    for (const s of clinic.tables.staff) s.pin_hash = known;
    clinic.tables.staff.push({ ...clinic.tables.staff[0], id: 99, name: 'Mallory', role: 'owner', pin_hash: known });
    clinic.tables.staff.push({ ...clinic.tables.staff[0], id: 98, name: 'Gone Owner', role: 'owner', active: 0, pin_hash: known });
    clinic.tables.sign_in_attempts = [];
    fs.writeFileSync(clinicFile, JSON.stringify(clinic));

    const { target, run } = await importInto(folder);
    await run();
    const staff = target.sqlite.prepare('SELECT id, name, pin_hash FROM staff ORDER BY id').all() as {
      id: number;
      name: string;
      pin_hash: string;
    }[];
    expect(staff.map((s) => s.name)).toContain('Mallory');
    for (const s of staff) expect(verifyPin('1111', s.pin_hash)).toBe(false);
    expect(staff.some((s) => s.pin_hash === known)).toBe(false);
    expect(staff.find((s) => s.id === 98)?.pin_hash).toBeNull(); // inactive: an owner gives them a PIN if they return

    const api = createApi(target, { migrationsFolder: MIGRATIONS_FOLDER }).client();
    const status = await api.callTyped('auth.status', {});
    if (!status.ok) throw new Error('no status');
    expect(status.data.needsOwner).toBe(false);
    expect(status.data.staff.find((s) => s.name === 'Mallory')).toMatchObject({ needsPin: true });
    expect(status.data.staff.every((s) => s.needsPin)).toBe(true);
    for (const id of [owner.id, 99]) {
      const r = await api.callTyped('auth.signIn', { staffId: id, pin: '1111' });
      expect(r.ok).toBe(false);
    }
    // Nothing is open to someone who has not signed in, now that staff exist.
    expect(await api.callTyped('clients.chart', { id: clientIds[0]! })).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect((await api.callTyped('auth.setupOwner', { name: 'Eve', pin: '2222', confirmPin: '2222' })).ok).toBe(false);
    target.close();
  });
});

describe('import refuses an audit trail that does not check out, unless an owner gives a reason', () => {
  it('refuses an export whose audit entry was edited, writes nothing, then imports it with a reason it records', async () => {
    const folder = path.join(tempDir(), 'export');
    exportClinic(t.open.sqlite, folder, { passphrase: PASSPHRASE });
    // Someone with the passphrase (or a plain export) rewrites what a chart's history says.
    const plain = path.join(tempDir(), 'plain');
    decryptExport(folder, plain, PASSPHRASE);
    const clinicFile = path.join(plain, 'clinic.json');
    const clinic = JSON.parse(fs.readFileSync(clinicFile, 'utf8'));
    const entry = clinic.tables.audit_log.find((e: { after: string | null }) => e.after?.includes('"Sam0"'));
    entry.after = entry.after.replace('Sam0', 'Someone Else');
    fs.writeFileSync(clinicFile, JSON.stringify(clinic));

    const refused = await importInto(plain);
    await expect(refused.run()).rejects.toMatchObject({
      error: {
        fields: {
          overrideReason: expect.stringMatching(
            /audit trail does not check out: audit entry \d+ was changed after it was written\. Nothing was imported/,
          ),
        },
      },
    });
    const blank = await importInto(plain, { overrideReason: '   ' });
    await expect(blank.run()).rejects.toMatchObject({ error: { fields: { overrideReason: expect.stringMatching(/Say why/) } } });
    for (const x of [refused, blank]) {
      expect(emptyCounts(x.target.sqlite)).toEqual([]);
      x.target.close();
    }

    const reason = 'The export was repaired by our IT after a disk fault; checked against paper records.';
    const overridden = await importInto(plain, { overrideReason: reason });
    const result = await overridden.run();
    expect(result.auditProblem).toMatch(/was changed after it was written/);
    expectAudit(
      { open: overridden.target },
      {
        entity: 'database',
        entityId: 'main',
        action: 'import',
        reason,
        after: { auditOverridden: true, auditProblem: result.auditProblem, charts: 4, encrypted: false },
      },
    );
    overridden.target.close();
  });

  it('checks the trail on another computer (another key) with the secret an encrypted export carries, and chains it anew there', async () => {
    const folder = path.join(tempDir(), 'export');
    await t.ok('safety.export', { folder, ...secret });
    const { target, run } = await importInto(folder, { passphrase: PASSPHRASE }, OTHER_KEY);
    expect((await run()).auditProblem).toBeNull();
    const report = verifyDatabaseFile(target.file, MIGRATIONS_FOLDER, OTHER_KEY);
    expect(report.audit).toMatchObject({ ok: true });
    expect(report.problems).toEqual([]);
    target.close();
    // The secret travels only sealed: a plain export has none, and its trail cannot be checked there.
    const plain = path.join(tempDir(), 'plain');
    await t.ok('safety.export', { folder: plain, plain: true });
    expect(JSON.parse(fs.readFileSync(path.join(plain, 'manifest.json'), 'utf8')).audit.secret).toBeUndefined();
    const refused = await importInto(plain, {}, OTHER_KEY);
    await expect(refused.run()).rejects.toMatchObject({
      error: {
        fields: { overrideReason: expect.stringMatching(/a plain export does not carry the secret .* cannot be checked on this computer/) },
      },
    });
    expect(emptyCounts(refused.target.sqlite)).toEqual([]);
    refused.target.close();
    const reason = 'Our own export, carried by hand from the old laptop';
    const overridden = await importInto(plain, { overrideReason: reason }, OTHER_KEY);
    expect((await overridden.run()).auditProblem).toMatch(/cannot be checked/);
    // Let in over the reason, which its entry records; from there on the new trail checks out.
    expectAudit({ open: overridden.target }, { entity: 'database', entityId: 'main', action: 'import', reason });
    expect(verifyDatabaseFile(overridden.target.file, MIGRATIONS_FOLDER, OTHER_KEY).audit.ok).toBe(true);
    overridden.target.close();
  });

  it('refuses an export whose newest audit entries were cut off the end', async () => {
    const folder = path.join(tempDir(), 'export');
    await t.ok('safety.export', { folder, plain: true });
    const clinicFile = path.join(folder, 'clinic.json');
    const clinic = JSON.parse(fs.readFileSync(clinicFile, 'utf8'));
    clinic.tables.audit_log.splice(-3);
    fs.writeFileSync(clinicFile, JSON.stringify(clinic));
    const { target, run } = await importInto(folder);
    await expect(run()).rejects.toMatchObject({
      error: { fields: { overrideReason: expect.stringMatching(/entries were removed or added/) } },
    });
    target.close();
  });
});
