// Signed documents go with the chart: backups copy their sealed PDFs, verify finds a PDF whose bytes
// no longer match the SHA-256 in the audit trail (and a signed row edited outside Stipple), a restore
// into an empty folder brings them back, and export and import carry them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../db/backup';
import { documentKey, documentsFolderFor } from '../db/document-store';
import { exportClinic } from '../db/export';
import { importClinic } from '../db/import';
import { photoFile, readPhoto, sealPhoto, sha256 } from '../db/photo-store';
import { restoreDatabase } from '../db/restore';
import { MIGRATIONS_FOLDER, openRaw, openTestDatabase, tempDir, TEST_KEY } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import { drawnSignature } from '../tests/fixtures/signatures';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
let pdfHash: string;
const pdf = Buffer.from('%PDF-1.4\n'.padEnd(300, '%') + '\n%%EOF\n');
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  const clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  const jo = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
  const status = await t.ok('consent.status', { clientId });
  const signed = await t.ok('consent.sign', {
    clientId,
    documentId: status.current.photo_consent.id,
    signerName: 'Sam Okafor',
    method: 'screen',
    signature: await drawnSignature(),
    practitionerId: jo,
    practitionerRole: 'witness',
  });
  pdfHash = (await t.ok('consent.attachPdf', { id: signed.id, pdf: pdf.toString('base64') })).pdfSha256;
});
afterEach(() => t.close());

describe('signed documents in backups and verify', () => {
  it('a backup copies the sealed PDF; verify passes, then finds it altered and finds a row edited outside Stipple', async () => {
    const folder = tempDir();
    const { file, documents } = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T10:00:00Z'));
    expect(documents).toEqual({ copied: 1, missing: [] });
    expect(verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY).problems).toEqual([]);

    // The PDF's bytes changed (sealed again with the right key, so only the hash can tell).
    const sealed = photoFile(documentsFolderFor(file), pdfHash);
    fs.writeFileSync(sealed, sealPhoto(Buffer.from('%PDF-1.4 forged'), documentKey(TEST_KEY), pdfHash));
    const altered = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(altered.problems).toContainEqual(
      expect.stringMatching(/signed PDF of signed document 1 \(Clinical photo consent\) of client 1 was altered/),
    );

    // The signed row's name edited with the trigger out of the way: the content hash no longer matches.
    const raw = openRaw(file);
    raw.exec('DROP TRIGGER signed_documents_never_edited');
    raw.prepare("UPDATE signed_documents SET signature_png = 'data:image/png;base64,AAAA'").run();
    raw.close();
    const edited = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(edited.tampered).toContainEqual(expect.stringMatching(/no longer matches the SHA-256 printed on it/));
  });

  it('a backup restored into an empty folder brings the PDF back', async () => {
    const { file } = await backupDatabase(t.open.sqlite, tempDir(), new Date('2026-11-21T10:00:00Z'));
    const empty = await openTestDatabase(path.join(tempDir(), 'chart.sqlite'));
    try {
      const result = await restoreDatabase(empty.sqlite, file, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir() });
      expect(result.documents).toEqual({ copied: 1, missing: 0, problems: [] });
      expect(readPhoto(documentsFolderFor(empty.file), pdfHash, documentKey(TEST_KEY))).toEqual(pdf);
    } finally {
      empty.close();
    }
  });
});

describe('signed documents in exports', () => {
  for (const protection of [{ plain: true as const }, { passphrase: 'correct horse battery staple' }]) {
    it(`${'plain' in protection ? 'a plain' : 'an encrypted'} export carries the PDF, and import brings it back`, async () => {
      const folder = path.join(tempDir(), 'export');
      exportClinic(t.open.sqlite, folder, protection, new Date('2026-11-21T10:00:00Z'));
      const chart = fs.readdirSync(path.join(folder, 'documents'))[0]!;
      const files = fs.readdirSync(path.join(folder, 'documents', chart));
      expect(files).toEqual(['plain' in protection ? `${pdfHash}.pdf` : `${pdfHash}.pdf.enc`]);
      if ('plain' in protection) expect(sha256(fs.readFileSync(path.join(folder, 'documents', chart, files[0]!)))).toBe(pdfHash);
      const empty = await openTestDatabase(path.join(tempDir(), 'chart.sqlite'));
      try {
        importClinic(empty.sqlite, folder, {
          ...('passphrase' in protection ? { passphrase: protection.passphrase } : {}),
          overrideReason: 'export test',
        });
        expect(readPhoto(documentsFolderFor(empty.file), pdfHash, documentKey(TEST_KEY))).toEqual(pdf);
      } finally {
        empty.close();
      }
    });
  }

  it('import refuses a PDF changed in the export and imports nothing', async () => {
    const folder = path.join(tempDir(), 'export');
    exportClinic(t.open.sqlite, folder, { plain: true }, new Date('2026-11-21T10:00:00Z'));
    fs.writeFileSync(path.join(folder, 'documents', '000001-Okafor-Sam', `${pdfHash}.pdf`), '%PDF-1.4 forged');
    const empty = await openTestDatabase(path.join(tempDir(), 'chart.sqlite'));
    try {
      expect(() => importClinic(empty.sqlite, folder, { overrideReason: 'test' })).toThrow(/does not match its SHA-256/);
      expect(empty.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    } finally {
      empty.close();
    }
  });
});
