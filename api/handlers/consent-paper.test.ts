// A client who cannot sign on screen signs on paper: the clinic imports the scan as a photo. The
// scan is re-encoded like any photo (what the camera wrote about itself is gone), sealed with the
// database key beside the signed PDFs, named by its SHA-256 in the signed row and the audit entry,
// and verify finds it missing or altered. A signing on paper without a scan, or with a file that is
// not a picture, is refused beside the scan field and writes nothing.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentKey, documentsFolderFor } from '../../db/document-store';
import { photoFile, readPhoto } from '../../db/photo-store';
import { MIGRATIONS_FOLDER, TEST_KEY } from '../../db/testing';
import { verifyDatabaseFile } from '../../db/verify';
import { jpegWithGps, metadataOf } from '../../tests/fixtures/photos';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let jo: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  jo = (await t.ok('staff.create', { name: 'Jo Reyes', role: 'practitioner' })).id;
});
afterEach(() => t.close());

async function paperInput(scan: { name: string; data: string } | null) {
  const status = await t.ok('consent.status', { clientId });
  return {
    clientId,
    documentId: status.current.photo_consent.id,
    signerName: 'Sam Okafor',
    method: 'paper' as const,
    signature: null,
    scan,
    practitionerId: jo,
    practitionerRole: 'witness' as const,
  };
}

describe('consent signed on paper', () => {
  it('keeps the scan sealed (600) and stripped, named in the row and the audit entry, and gives the chart its photo consent', async () => {
    const jpeg = await jpegWithGps();
    const signed = await t.ok('consent.sign', await paperInput({ name: 'consent-scan.jpg', data: jpeg.toString('base64') }));
    expect(signed).toMatchObject({ method: 'paper', signerName: 'Sam Okafor', practitionerRole: 'witness' });

    const view = await t.ok('consent.document', { id: signed.id });
    expect(view.signature).toBeNull();
    expect(view.scanSha256).toMatch(/^[0-9a-f]{64}$/);
    const folder = documentsFolderFor(t.open.file);
    const file = photoFile(folder, view.scanSha256!);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // Sealed on disk: no JPEG marker in the file itself; opened with the key it is the re-encoded picture.
    expect(
      fs
        .readFileSync(file)
        .subarray(0, 3)
        .equals(Buffer.from([0xff, 0xd8, 0xff])),
    ).toBe(false);
    const plain = readPhoto(folder, view.scanSha256!, documentKey(TEST_KEY));
    expect(plain).not.toBeNull();
    const meta = await metadataOf(plain!);
    expect(meta.hasGps).toBe(false);
    expect(meta.namesCamera).toBe(false);
    expect(meta.format).toBe('jpeg');

    expectAudit(t, {
      entity: 'signed_document',
      entityId: signed.id,
      action: 'sign',
      after: { method: 'paper', scanSha256: view.scanSha256 },
    });
    expect((await t.ok('photos.list', { clientId })).consent.clinicalAt).toBe('2026-11-21T09:00:00.000Z');

    expect(verifyDatabaseFile(t.open.file, MIGRATIONS_FOLDER, TEST_KEY).problems).toEqual([]);
    fs.rmSync(file);
    expect(verifyDatabaseFile(t.open.file, MIGRATIONS_FOLDER, TEST_KEY).problems.join('\n')).toMatch(
      /paper scan of signed document \d+ .* is missing/,
    );
  });

  it('refuses paper without a scan, and a scan that is not a picture, beside the scan field, writing nothing', async () => {
    const before = t.counts();
    expect((await t.err('consent.sign', await paperInput(null))).fields).toEqual({ scan: 'Choose the scan or photo of the signed paper.' });
    const text = await t.err(
      'consent.sign',
      await paperInput({ name: 'notes.txt', data: Buffer.from('not a picture').toString('base64') }),
    );
    expect(text.code).toBe('invalid_input');
    expect(Object.keys(text.fields ?? {})).toEqual(['scan']);
    expect(text.fields?.scan).not.toMatch(/Error|at \w+ \(/);
    expect(t.counts()).toEqual(before);
  });
});
