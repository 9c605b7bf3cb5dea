// Photos go with the chart: backups copy the sealed files (only new ones), verify re-hashes them and
// names a missing or altered one, and a restore into an empty folder brings them back.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from './testing';
import { jpegWithGps, metadataOf } from '../tests/fixtures/photos';
import { exportClinic } from '../db/export';
import { importClinic } from '../db/import';
import { backupDatabase } from '../db/backup';
import { photoFile, photoKey, photosFolderFor, readPhoto, resealPhotos, sha256 } from '../db/photo-store';
import { restoreDatabase } from '../db/restore';
import { MIGRATIONS_FOLDER, openTestDatabase, tempDir, TEST_KEY } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';

let t: Awaited<ReturnType<typeof testApi>>;
let hashes: string[];
beforeEach(async () => {
  t = await testApi(() => new Date('2026-11-21T09:00:00Z'));
  const clientId = (await t.ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id;
  const sessionId = (await t.ok('sessions.book', { clientId, bookedFor: '2026-11-25T10:00:00.000Z' })).id;
  await t.ok('photos.setConsent', { clientId, clinical: true });
  const files = await Promise.all(
    ['front', 'left side'].map(async (angle, i) => ({
      name: `IMG_${i}.jpg`,
      angle,
      phase: 'before' as const,
      data: (await jpegWithGps({ background: i ? '#6a6' : '#a66' })).toString('base64'),
    })),
  );
  const r = await t.ok('photos.import', { clientId, sessionId, files });
  hashes = r.stored.map((p) => p.hash);
});
afterEach(() => t.close());

describe('photos in backups', () => {
  it('copies only the photos not yet in the backup folder, still sealed', async () => {
    const folder = tempDir();
    const first = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T10:00:00Z'));
    expect(first.photos).toEqual({ copied: 4, missing: [] }); // two photos, two thumbnails
    const inBackup = photosFolderFor(first.file);
    expect(inBackup).toBe(path.join(folder, 'photos'));
    expect(fs.readFileSync(photoFile(inBackup, hashes[0]!))).toEqual(fs.readFileSync(photoFile(photosFolderFor(t.open.file), hashes[0]!)));
    expect(fs.statSync(inBackup).mode & 0o777).toBe(0o700);
    expect(fs.statSync(photoFile(inBackup, hashes[0]!)).mode & 0o777).toBe(0o600);
    const second = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T11:00:00Z'));
    expect(second.photos).toEqual({ copied: 0, missing: [] });
  });

  it('verify re-hashes them and names a missing or an altered photo', async () => {
    const folder = tempDir();
    const { file } = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T10:00:00Z'));
    const good = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(good.problems).toEqual([]);
    expect(good.photos?.checked).toBe(4);

    const photos = photosFolderFor(file);
    fs.rmSync(photoFile(photos, hashes[0]!));
    const altered = photoFile(photos, hashes[1]!);
    const bytes = fs.readFileSync(altered);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 0xff, bytes.length - 20);
    fs.writeFileSync(altered, bytes);
    const bad = verifyDatabaseFile(file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([
      expect.stringMatching(/^The photo of photo 1 of client 1 \(front, before, session 1\) is missing: .*\.enc does not exist\.$/),
      expect.stringMatching(/^The photo of photo 2 of client 1 \(left side, before, session 1\) was altered: /),
    ]);
  });

  it('a backup restored into an empty folder brings its photos back', async () => {
    const folder = tempDir();
    const { file } = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T10:00:00Z'));
    const empty = await openTestDatabase(path.join(tempDir(), 'chart.sqlite'));
    try {
      expect(fs.existsSync(photosFolderFor(empty.file))).toBe(false);
      const result = await restoreDatabase(empty.sqlite, file, { migrationsFolder: MIGRATIONS_FOLDER, backupFolder: tempDir() });
      expect(result.photos).toEqual({ copied: 4, missing: 0, problems: [] });
      for (const hash of hashes) expect(readPhoto(photosFolderFor(empty.file), hash, photoKey(TEST_KEY))).not.toBeNull();
      expect(empty.sqlite.prepare('SELECT hash FROM photos ORDER BY id').pluck().all()).toEqual(hashes);
    } finally {
      empty.close();
    }
  });
});

describe('photos in exports', () => {
  for (const protection of [{ plain: true as const }, { passphrase: 'correct horse battery staple' }]) {
    const kind = 'plain' in protection ? 'a plain' : 'an encrypted';
    it(`${kind} export puts them in photos/ beside the charts, and import brings them back`, async () => {
      const folder = path.join(tempDir(), 'export');
      exportClinic(t.open.sqlite, folder, protection, new Date('2026-11-21T10:00:00Z'));
      const chartDir = fs.readdirSync(path.join(folder, 'photos'));
      expect(chartDir).toHaveLength(1);
      const files = fs.readdirSync(path.join(folder, 'photos', chartDir[0]!));
      expect(files).toHaveLength(4);
      // Its README says what photos/ holds and how the names tie to the rows.
      const readme = fs.readFileSync(path.join(folder, 'README.md'), 'utf8');
      expect(readme).toMatch(/`photos\/<chart>\/<sha256>\.jpg(\.enc)?`: each chart's photos and their thumbnails/);
      expect(readme).toMatch(/\| thumb_hash \| \w+ \| yes \| SHA-256 of its 320-pixel thumbnail/);
      if ('plain' in protection) {
        expect(chartDir[0]).toBe('000001-Okafor-Sam');
        for (const name of files) {
          const bytes = fs.readFileSync(path.join(folder, 'photos', chartDir[0]!, name));
          expect(`${sha256(bytes)}.jpg`).toBe(name);
          const meta = await metadataOf(bytes);
          expect(meta.exif).toBeNull();
          expect(meta.hasGps).toBe(false);
        }
      } else {
        expect(chartDir[0]).toBe('000001');
        expect(files.every((f) => f.endsWith('.jpg.enc'))).toBe(true);
      }

      const empty = await openTestDatabase(path.join(tempDir(), 'chart.sqlite'));
      try {
        importClinic(empty.sqlite, folder, {
          ...('passphrase' in protection ? { passphrase: protection.passphrase } : {}),
          overrideReason: 'plain export test',
        });
        for (const hash of hashes) expect(readPhoto(photosFolderFor(empty.file), hash, photoKey(TEST_KEY))).not.toBeNull();
      } finally {
        empty.close();
      }
    });
  }

  it('import refuses a photo changed in the export, naming it, and imports nothing', async () => {
    const folder = path.join(tempDir(), 'export');
    exportClinic(t.open.sqlite, folder, { plain: true }, new Date('2026-11-21T10:00:00Z'));
    const photo = path.join(folder, 'photos', '000001-Okafor-Sam', `${hashes[0]}.jpg`);
    fs.writeFileSync(photo, await jpegWithGps({ background: '#00f' }));
    const empty = await openTestDatabase(path.join(tempDir(), 'chart.sqlite'));
    try {
      expect(() => importClinic(empty.sqlite, folder, { overrideReason: 'test' })).toThrow(/does not match its SHA-256/);
      expect(empty.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    } finally {
      empty.close();
    }
  });
});

describe('photos of a backup from another computer', () => {
  it('are sealed again with this computer’s key when the backup is rewritten with it', async () => {
    const folder = tempDir();
    const { file } = await backupDatabase(t.open.sqlite, folder, new Date('2026-11-21T10:00:00Z'));
    const otherKey = 'a1'.repeat(32);
    const target = path.join(tempDir(), 'from-another-computer.sqlite');
    const r = resealPhotos(photosFolderFor(file), TEST_KEY, photosFolderFor(target), otherKey);
    expect(r).toEqual({ resealed: 4, unreadable: 0 });
    for (const hash of hashes) {
      expect(readPhoto(photosFolderFor(target), hash, photoKey(otherKey))).not.toBeNull();
      expect(readPhoto(photosFolderFor(target), hash, photoKey(TEST_KEY))).toBeNull();
    }
  });
});
