import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_KEY } from '../../db/testing';
import { photoFile, photoKey, photosFolderFor, readPhoto, sha256 } from '../../db/photo-store';
import { jpegWithGps, metadataOf } from '../../tests/fixtures/photos';
import { testApi } from '../testing';
import { expectAudit } from '../testing-audit';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
let sessionId: number;
let folder: string;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  sessionId = (await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' })).id;
  folder = photosFolderFor(t.open.file);
});
afterEach(() => t.close());

const asFile = async (name: string, angle: string, background = '#a66') => ({
  name,
  angle,
  phase: 'before' as const,
  data: (await jpegWithGps({ background })).toString('base64'),
});

describe('photo consent', () => {
  it('is off until recorded; marketing is a separate yes/no, off by default, audited', async () => {
    const list = await t.ok('photos.list', { clientId });
    expect(list.consent).toEqual({ clientId, clinicalAt: null, clinicalBy: null, marketing: false });
    expect(list.angles).toEqual(['front', 'hairline close-up', 'left side', 'right side', 'top/crown', 'back']);

    const c = await t.ok('photos.setConsent', { clientId, clinical: true });
    expect(c.marketing).toBe(false);
    expect(c.clinicalAt).toBe('2026-11-21T09:00:00.000Z');
    const row = t.open.sqlite.prepare('SELECT id FROM photo_consents WHERE client_id = ?').pluck().get(clientId) as number;
    expectAudit(t, {
      entity: 'photo_consent',
      entityId: row,
      action: 'create',
      after: { clientId, marketing: false, clinicalAt: c.clinicalAt },
    });
    await t.ok('photos.setConsent', { clientId, clinical: true, marketing: true });
    expectAudit(t, { entity: 'photo_consent', entityId: row, action: 'update', changed: ['marketing'] });
  });

  it('refuses marketing without clinical consent, writing nothing', async () => {
    const before = t.counts();
    const e = await t.err('photos.setConsent', { clientId, clinical: false, marketing: true });
    expect(e.fields?.marketing).toMatch(/clinical photos first/);
    expect(t.counts()).toEqual(before);
  });

  it('refuses photos before the client agreed', async () => {
    const before = t.counts();
    const e = await t.err('photos.import', { clientId, sessionId, files: [await asFile('a.jpg', 'front')] });
    expect(e.message).toMatch(/not agreed to clinical photos/);
    expect(t.counts()).toEqual(before);
    expect(fs.existsSync(folder)).toBe(false);
  });
});

describe('importing photos', () => {
  beforeEach(async () => {
    await t.ok('photos.setConsent', { clientId, clinical: true });
  });

  it('stores each photo stripped, encrypted under its SHA-256, 600 in a 700 folder, audited with its hash', async () => {
    const r = await t.ok('photos.import', {
      clientId,
      sessionId,
      files: [await asFile('IMG_1.jpg', 'front'), await asFile('IMG_2.jpg', 'left side', '#6a6')],
    });
    expect(r.refused).toEqual([]);
    expect(r.stored.map((p) => p.angle)).toEqual(['front', 'left side']);
    const photo = r.stored[0]!;
    expect(photo).toMatchObject({ clientId, sessionId, phase: 'before', width: 300, height: 400, sessionNumber: 1 });

    const file = photoFile(folder, photo.hash);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    const sealed = fs.readFileSync(file);
    // Sealed: neither the JPEG's start nor anything readable is in the file.
    expect(sealed.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    const plain = readPhoto(folder, photo.hash, photoKey(TEST_KEY))!;
    expect(sha256(plain)).toBe(photo.hash);
    const meta = await metadataOf(plain);
    expect(meta.exif).toBeNull();
    expect(meta.hasGps).toBe(false);

    const image = await t.ok('photos.image', { id: photo.id, size: 'full' });
    expect(sha256(Buffer.from(image.base64, 'base64'))).toBe(photo.hash);
    const thumb = await t.ok('photos.image', { id: photo.id, size: 'thumb' });
    expect((await metadataOf(Buffer.from(thumb.base64, 'base64'))).width).toBe(240);

    expectAudit(t, {
      entity: 'photo',
      entityId: photo.id,
      action: 'create',
      after: { hash: photo.hash, angle: 'front', sessionId, clientId },
    });
    expect((await t.ok('photos.list', { clientId })).photos.map((p) => p.id)).toEqual(r.stored.map((p) => p.id));
  });

  it('refuses a file that is not a picture, naming it, and takes in the others', async () => {
    const before = t.counts().photos ?? 0;
    const r = await t.ok('photos.import', {
      clientId,
      sessionId,
      files: [
        { name: 'notes.txt', angle: 'front', phase: 'before', data: Buffer.from('not a photo').toString('base64') },
        await asFile('IMG_3.jpg', 'back'),
      ],
    });
    expect(r.refused).toEqual([{ name: 'notes.txt', message: expect.stringMatching(/^notes\.txt is not a picture/) }]);
    expect(r.stored.map((p) => p.angle)).toEqual(['back']);
    expect(t.counts().photos).toBe(before + 1);
    expect(fs.readdirSync(folder)).toHaveLength(2); // one photo, one thumbnail
  });

  it('refuses an angle the clinic does not use, as a field error, storing nothing', async () => {
    const before = t.counts();
    const e = await t.err('photos.import', { clientId, sessionId, files: [await asFile('a.jpg', 'sideways')] });
    expect(e.fields?.['files.0.angle']).toMatch(/not one of the clinic’s angles/);
    expect(t.counts()).toEqual(before);
  });

  it('refuses bad input as a field error', async () => {
    const before = t.counts();
    const e = await t.err('photos.import', {
      clientId,
      sessionId,
      files: [{ name: 'a.jpg', angle: 'front', phase: 'during', data: 'AAAA' }],
    });
    expect(e.code).toBe('invalid_input');
    expect(Object.keys(e.fields ?? {})).toContain('files.0.phase');
    expect(t.counts()).toEqual(before);
  });

  it('takes a scar angle once the owner adds it', async () => {
    const angles = (await t.ok('settings.get', {})).photoAngles;
    await t.ok('settings.update', { photoAngles: [...angles, 'scar'] });
    const r = await t.ok('photos.import', { clientId, sessionId, files: [await asFile('scar.jpg', 'scar')] });
    expect(r.stored[0]!.angle).toBe('scar');
  });

  it('removes a photo only with a reason; the row and the trail keep its hash, the files go', async () => {
    const [photo] = (await t.ok('photos.import', { clientId, sessionId, files: [await asFile('IMG_1.jpg', 'front')] })).stored;
    const e = await t.err('photos.remove', { id: photo!.id, reason: '  ' });
    expect(e.fields?.reason).toBeDefined();
    await t.ok('photos.remove', { id: photo!.id, reason: 'Client asked for it to be deleted' });
    expectAudit(t, {
      entity: 'photo',
      entityId: photo!.id,
      action: 'remove',
      reason: 'Client asked for it to be deleted',
      changed: ['removeReason', 'removedAt'], // removedBy: nobody is signed in here
      before: { hash: photo!.hash },
      after: { hash: photo!.hash, removeReason: 'Client asked for it to be deleted' },
    });
    expect(fs.existsSync(photoFile(folder, photo!.hash))).toBe(false);
    expect((await t.ok('photos.list', { clientId })).photos).toEqual([]);
    expect((await t.err('photos.image', { id: photo!.id })).code).toBe('not_found');
    expect(path.basename(folder)).toBe('photos');
  });

  it('gives every kept thumbnail of a client in one answer, a removed one left out', async () => {
    await t.ok('photos.setConsent', { clientId, clinical: true });
    const files = [await asFile('IMG_1.jpg', 'front'), await asFile('IMG_2.jpg', 'back', '#6a6')];
    const stored = (await t.ok('photos.import', { clientId, sessionId, files })).stored;
    const thumbHash = t.open.sqlite.prepare('SELECT thumb_hash FROM photos WHERE id = ?').pluck();
    const all = (await t.ok('photos.thumbs', { clientId })).thumbs;
    expect(all.map((x) => x.id)).toEqual(stored.map((p) => p.id));
    for (const x of all) expect(sha256(Buffer.from(x.base64, 'base64'))).toBe(thumbHash.get(x.id));
    await t.ok('photos.remove', { id: stored[0]!.id, reason: 'Blurred' });
    expect((await t.ok('photos.thumbs', { clientId })).thumbs.map((x) => x.id)).toEqual([stored[1]!.id]);
  });

  it('keeps the files a second copy of the same picture still needs when one copy is removed', async () => {
    const file = await asFile('IMG_1.jpg', 'front');
    const [a, b] = (await t.ok('photos.import', { clientId, sessionId, files: [file, { ...file, angle: 'back' }] })).stored;
    expect(a!.hash).toBe(b!.hash);
    await t.ok('photos.remove', { id: a!.id, reason: 'Duplicate' });
    expect(fs.existsSync(photoFile(folder, b!.hash))).toBe(true);
    const image = await t.ok('photos.image', { id: b!.id, size: 'full' });
    expect(sha256(Buffer.from(image.base64, 'base64'))).toBe(b!.hash);
    expect((await t.ok('photos.thumbs', { clientId })).thumbs.map((x) => x.id)).toEqual([b!.id]);
  });

  it('refuses removing a photo that is not on file or already removed, and writes nothing', async () => {
    const [photo] = (await t.ok('photos.import', { clientId, sessionId, files: [await asFile('IMG_1.jpg', 'front')] })).stored;
    await t.ok('photos.remove', { id: photo!.id, reason: 'Blurred' });
    const before = t.counts();
    expect((await t.err('photos.remove', { id: photo!.id, reason: 'Again' })).message).toBe('This photo was already removed.');
    expect((await t.err('photos.remove', { id: 999, reason: 'Blurred' })).message).toBe('The photo was not found.');
    expect((await t.err('photos.image', { id: photo!.id, size: 'full' })).message).toBe('The photo was not found.');
    expect(t.counts()).toEqual(before);
  });

  it('says so when a photo’s file is missing, and leaves its thumbnail out of the strip', async () => {
    const [photo] = (await t.ok('photos.import', { clientId, sessionId, files: [await asFile('IMG_1.jpg', 'front')] })).stored;
    const thumbHash = t.open.sqlite.prepare('SELECT thumb_hash FROM photos WHERE id = ?').pluck().get(photo!.id) as string;
    fs.rmSync(photoFile(folder, photo!.hash));
    fs.rmSync(photoFile(folder, thumbHash));
    expect((await t.err('photos.image', { id: photo!.id, size: 'full' })).message).toBe(
      'This photo’s file is missing or was changed outside Stipple. Run a check of the data (verify) and restore it from a backup.',
    );
    expect((await t.ok('photos.thumbs', { clientId })).thumbs).toEqual([]);
  });

  it('refuses photos for another client’s session beside the field, storing nothing', async () => {
    const other = (await t.ok('clients.create', { firstName: 'Alex', lastName: 'Moreau' })).id;
    const theirs = (await t.ok('sessions.book', { clientId: other, bookedFor: '2026-11-26T10:00:00.000Z' })).id;
    const before = t.counts();
    const e = await t.err('photos.import', { clientId, sessionId: theirs, files: [await asFile('a.jpg', 'front')] });
    expect(e.fields).toEqual({ sessionId: 'That session is not one of this client’s.' });
    expect(t.counts()).toEqual(before);
  });
});
