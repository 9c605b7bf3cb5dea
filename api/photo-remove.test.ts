// Removing a photo deletes its files only after the removal has committed: a removal that rolls back
// keeps both its row and its files, and a file that cannot be deleted is left as an orphan that
// verify and backups ignore, never a kept row pointing at a missing file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDatabase } from '../db/backup';
import { photoFile, photosFolderFor } from '../db/photo-store';
import { MIGRATIONS_FOLDER, tempDir, TEST_KEY } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import { jpegWithGps } from '../tests/fixtures/photos';
import { testApi } from './testing';

let t: Awaited<ReturnType<typeof testApi>>;
let photo: { id: number; hash: string; thumb: string };
let folder: string;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  const clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  const sessionId = (await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' })).id;
  await t.ok('photos.setConsent', { clientId, clinical: true });
  const data = (await jpegWithGps({ background: '#a66' })).toString('base64');
  const [stored] = (
    await t.ok('photos.import', { clientId, sessionId, files: [{ name: 'IMG_1.jpg', angle: 'front', phase: 'before', data }] })
  ).stored;
  const thumb = t.open.sqlite.prepare('SELECT thumb_hash FROM photos WHERE id = ?').pluck().get(stored!.id) as string;
  photo = { id: stored!.id, hash: stored!.hash, thumb };
  folder = photosFolderFor(t.open.file);
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

const removedAt = () => t.open.sqlite.prepare('SELECT removed_at FROM photos WHERE id = ?').pluck().get(photo.id);

describe('removing a photo', () => {
  it('keeps the files when the removal rolls back after the handler ran', async () => {
    // The change key is recorded after the handler, in the same transaction: failing it rolls back
    // a removal whose handler had already finished.
    t.open.sqlite.exec("CREATE TEMP TRIGGER refuse_keys BEFORE INSERT ON change_keys BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const before = t.counts();
    // (the test API turns an internal error into a thrown one; a transport answers "internal")
    await expect(t.api.call('photos.remove', { id: photo.id, reason: 'Blurred' }, { key: crypto.randomUUID() })).rejects.toThrow(
      /disk full/,
    );
    expect(t.counts()).toEqual(before);
    expect(removedAt()).toBeNull();
    expect(fs.existsSync(photoFile(folder, photo.hash))).toBe(true);
    expect(fs.existsSync(photoFile(folder, photo.thumb))).toBe(true);
    const image = await t.ok('photos.image', { id: photo.id, size: 'full' });
    expect(Buffer.from(image.base64, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8])); // still a JPEG
    expect(verifyDatabaseFile(t.open.file, MIGRATIONS_FOLDER, TEST_KEY).problems).toEqual([]);

    t.open.sqlite.exec('DROP TRIGGER refuse_keys');
    await t.ok('photos.remove', { id: photo.id, reason: 'Blurred' });
    expect(fs.existsSync(photoFile(folder, photo.hash))).toBe(false);
    expect(fs.existsSync(photoFile(folder, photo.thumb))).toBe(false);
  });

  it('still stands when a file cannot be deleted; the orphan is ignored by verify and backups', async () => {
    const rm = vi.spyOn(fs, 'rmSync').mockImplementation(() => {
      throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    });
    const r = await t.ok('photos.remove', { id: photo.id, reason: 'Client asked for it to be deleted' });
    expect(rm).toHaveBeenCalledTimes(2); // the photo and its thumbnail
    rm.mockRestore();
    expect(r.removedAt).toBe('2026-11-21T09:00:00.000Z');
    expect(removedAt()).toBe('2026-11-21T09:00:00.000Z');
    expect(fs.existsSync(photoFile(folder, photo.hash))).toBe(true); // the orphan

    const live = verifyDatabaseFile(t.open.file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(live.problems).toEqual([]);
    expect(live.photos?.checked).toBe(0);
    const backups = tempDir();
    const backup = await backupDatabase(t.open.sqlite, backups, new Date('2026-11-21T10:00:00Z'));
    expect(backup.photos).toEqual({ copied: 0, missing: [] }); // the orphan is not carried on
    expect(fs.existsSync(photoFile(photosFolderFor(backup.file), photo.hash))).toBe(false);
    expect(verifyDatabaseFile(backup.file, MIGRATIONS_FOLDER, TEST_KEY).problems).toEqual([]);
  });
});
