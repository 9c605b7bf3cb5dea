// Photos in the real UI: photos carrying GPS are brought in at three angles for two sessions, front
// is compared across them, and what is stored (sealed beside the database) and what is exported
// carries no metadata and hashes to its name; a backup restored into an empty folder shows the same.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readKeyFile } from '../../db/key-file';
import { photoKey, photosFolderFor, readPhoto, sha256 } from '../../db/photo-store';
import { jpegWithGps, metadataOf } from '../fixtures/photos';
import { E2E_OWNER, signInContext, startApp, type StippleApp } from './harness';
import { ChartPageObject } from './pages/chart-page';

const apps: StippleApp[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop();
  // Only once the hosts are closed: each makes a last backup beside its database on close.
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempFolder = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function ok<T>(app: StippleApp, channel: string, input: unknown): Promise<T> {
  const r = await app.host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

const ANGLES = ['front', 'left side', 'top/crown'] as const;
const COLOURS = ['#a66', '#6a6', '#66a', '#aa6', '#6aa', '#a6a'];

/** Picks three photos for a session on the chart's import form and adds them. */
async function importThree(page: Page, session: string, offset: number): Promise<void> {
  const section = page.getByRole('region', { name: 'Photos' });
  await section.getByLabel('Session', { exact: true }).selectOption({ label: session });
  const files = await Promise.all(
    ANGLES.map(async (_angle, i) => ({
      name: `IMG_${offset + i}.jpg`,
      mimeType: 'image/jpeg',
      buffer: await jpegWithGps({ width: 640, height: 480, background: COLOURS[offset + i]! }),
    })),
  );
  await section.getByLabel(/Choose photos/).setInputFiles(files);
  for (const [i, angle] of ANGLES.entries()) await section.getByLabel(`Angle of IMG_${offset + i}.jpg`).selectOption(angle);
  await section.getByRole('button', { name: 'Add 3 photos' }).click();
  await section.getByRole('status').getByText('3 photos added').waitFor();
}

describe('photos', () => {
  it('imports photos with GPS at three angles for two sessions, compares front, stores and exports them stripped; a restored backup shows them', async () => {
    const app = await startApp();
    apps.push(app);
    const { page } = app;
    const client = await ok<{ id: number }>(app, 'clients.create', { firstName: 'Sam', lastName: 'Okafor' });
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
    await ok(app, 'sessions.book', { clientId: client.id, bookedFor: inDays(1) });
    await ok(app, 'sessions.book', { clientId: client.id, bookedFor: inDays(22), outsideWindowReason: 'e2e' });

    await app.gotoApp(`/clients/${client.id}`);
    const section = page.getByRole('region', { name: 'Photos' });
    await section.getByText('Photos can be taken once the client has agreed').waitFor();
    // Saved as it is ticked; the box shows what the chart holds once the change is in.
    await section.getByLabel(/Agreed to clinical photos/).click();
    await expect.poll(() => section.getByLabel(/Agreed to clinical photos/).isChecked()).toBe(true);
    await expect.poll(() => section.getByLabel('May be used for marketing').isChecked()).toBe(false);
    await importThree(page, 'Session 1', 0);
    await importThree(page, 'Session 2', 3);
    await expect.poll(() => section.locator('.photo-thumb img').count()).toBe(6);
    // Marketing is off, and every photo says so.
    expect(await section.locator('.photo-thumb').getByText('Not for marketing').count()).toBe(6);

    // Front, session 1 against session 2.
    const compare = section.locator('.photo-compare');
    await compare.getByLabel('Angle').selectOption('front');
    await compare.getByLabel('Left').selectOption({ label: 'Session 1 before, front' });
    await compare.getByLabel('Right').selectOption({ label: 'Session 2 before, front' });
    const shown = compare.locator('[data-testid="photo-side-by-side"] img');
    await expect.poll(() => shown.count()).toBe(2);
    const list = await ok<{ photos: { id: number; hash: string; angle: string; sessionNumber: number }[] }>(app, 'photos.list', {
      clientId: client.id,
    });
    const front = (n: number) => list.photos.find((p) => p.angle === 'front' && p.sessionNumber === n)!;
    expect(await shown.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('data-photo-hash')))).toEqual([front(1).hash, front(2).hash]);
    // What the page shows is the stored photo, byte for byte.
    const src = await shown.first().getAttribute('src');
    expect(sha256(Buffer.from(src!.replace(/^data:image\/jpeg;base64,/, ''), 'base64'))).toBe(front(1).hash);
    await compare.getByLabel('Slider').check();
    await compare.getByTestId('photo-slider').waitFor();
    await app.screenshot('photos-compare-slider');
    await compare.getByLabel('Side by side').check();
    await section.scrollIntoViewIfNeeded();
    const shot = await app.screenshot('photos-chart');
    expect(fs.existsSync(shot)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // Stored: sealed beside the database; opened with the key, no metadata, and the hash is the name.
    const key = photoKey(readKeyFile(`${app.host.database.file}.key`));
    const stored = photosFolderFor(app.host.database.file);
    for (const p of list.photos) {
      const plain = readPhoto(stored, p.hash, key)!;
      expect(sha256(plain)).toBe(p.hash);
      const meta = await metadataOf(plain);
      expect([meta.exif, meta.hasGps, meta.namesCamera]).toEqual([null, false, false]);
    }

    // Exported (plain, so it can be read here): photos/ beside the chart, stripped, named by hash.
    const exportFolder = path.join(tempFolder('stipple-photos-e2e-'), 'export');
    await ok(app, 'safety.export', { folder: exportFolder, plain: true });
    const exported = path.join(exportFolder, 'photos', '000001-Okafor-Sam');
    const names = fs.readdirSync(exported);
    expect(names).toHaveLength(12); // six photos and their thumbnails
    for (const name of names) {
      const bytes = fs.readFileSync(path.join(exported, name));
      expect(`${sha256(bytes)}.jpg`).toBe(name);
      const meta = await metadataOf(bytes);
      expect([meta.exif, meta.hasGps, meta.namesCamera]).toEqual([null, false, false]);
    }
    const backup = (await ok<{ made: { file: string }[] }>(app, 'safety.backupNow', {})).made[0]!.file;

    // An empty folder with the same key (as the recovery key would give it), and the backup restored.
    const emptyDir = tempFolder('stipple-photos-restore-');
    const emptyDb = path.join(emptyDir, 'chart.sqlite');
    fs.copyFileSync(`${app.host.database.file}.key`, `${emptyDb}.key`);
    fs.chmodSync(`${emptyDb}.key`, 0o600);
    const restored = await startApp({ dbFile: emptyDb });
    apps.push(restored);
    expect(fs.existsSync(photosFolderFor(emptyDb))).toBe(false);
    await ok(restored, 'safety.restore', { file: backup });
    // The restore signs every window out; the owner from the backup signs in again.
    const owner = (await ok<{ staff: { id: number; role: string }[] }>(restored, 'auth.status', {})).staff.find((s) => s.role === 'owner')!;
    restored.host.api.actAs(owner.id);
    await signInContext(restored.context, restored.host, owner.id, E2E_OWNER.pin);
    await restored.gotoApp(`/clients/${client.id}`);
    const again = restored.page.getByRole('region', { name: 'Photos' });
    await expect.poll(() => again.locator('.photo-thumb img').count(), { timeout: 20_000 }).toBe(6);
    const after = await ok<{ photos: { hash: string }[] }>(restored, 'photos.list', { clientId: client.id });
    expect(after.photos.map((p) => p.hash)).toEqual(list.photos.map((p) => p.hash));
    await restored.screenshot('photos-restored');
    expect(app.nonLocalRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 180_000);

  it('takes photos with a camera (Chromium’s fake one), the previous session’s same angle faint over the picture', async () => {
    const app = await startApp({ chromiumArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
    apps.push(app);
    const { page } = app;
    const client = await ok<{ id: number }>(app, 'clients.create', { firstName: 'Ana', lastName: 'Silva' });
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
    const s1 = await ok<{ id: number }>(app, 'sessions.book', { clientId: client.id, bookedFor: inDays(1) });
    await ok(app, 'sessions.book', { clientId: client.id, bookedFor: inDays(22), outsideWindowReason: 'e2e' });
    await ok(app, 'photos.setConsent', { clientId: client.id, clinical: true });
    const earlier = (await jpegWithGps({ background: '#a66' })).toString('base64');
    await ok(app, 'photos.import', {
      clientId: client.id,
      sessionId: s1.id,
      files: [{ name: 'front.jpg', angle: 'front', phase: 'after', data: earlier }],
    });

    page.setDefaultTimeout(15_000);
    // The owner adds a scar angle for scar cases (Settings → Photo angles).
    await app.gotoApp('/settings');
    const angles = page.getByRole('form', { name: 'Photo angles' });
    const box = angles.getByLabel('Angles, one a line');
    await box.fill(`${await box.inputValue()}\nscar`);
    await angles.getByRole('button', { name: 'Save photo angles' }).click();
    await angles.getByRole('status').getByText('Saved.').waitFor();
    expect((await ok<{ photoAngles: string[] }>(app, 'settings.get', {})).photoAngles.at(-1)).toBe('scar');
    await app.gotoApp(`/clients/${client.id}`);
    const section = page.getByRole('region', { name: 'Photos' });
    await section.getByRole('button', { name: 'Take photos with the camera' }).click();
    const camera = section.getByRole('group', { name: 'Camera' });
    await camera.getByLabel('Session', { exact: true }).selectOption({ label: 'Session 2' });
    expect(await camera.getByLabel('Angle').locator('option').allInnerTexts()).toContain('scar');
    await camera.getByLabel('Angle').selectOption('front');
    // The live picture plays, and session 1's front photo lies faintly over it.
    await expect.poll(() => camera.getByTestId('camera-live').evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
    await camera.getByTestId('camera-overlay').waitFor();
    expect(await camera.getByTestId('camera-overlay').evaluate((i) => getComputedStyle(i).opacity)).toBe('0.35');
    await camera.getByText('Faintly over the picture: Session 1, front').waitFor();
    expect(await camera.getByLabel('Camera', { exact: true }).locator('option').count()).toBeGreaterThan(1);
    await app.screenshot('photos-capture');
    expect(await seriousViolations(page)).toEqual([]);
    await camera.getByRole('button', { name: 'Take photo' }).click();
    await camera.getByRole('status').getByText('Photo taken: front, before.').waitFor();

    const list = await ok<{ photos: { sessionNumber: number; angle: string; phase: string; hash: string }[] }>(app, 'photos.list', {
      clientId: client.id,
    });
    const taken = list.photos.find((p) => p.sessionNumber === 2)!;
    expect(taken).toMatchObject({ angle: 'front', phase: 'before' });
    const plain = readPhoto(photosFolderFor(app.host.database.file), taken.hash, photoKey(readKeyFile(`${app.host.database.file}.key`)))!;
    expect((await metadataOf(plain)).exif).toBeNull();
    await section.getByRole('button', { name: 'Close the camera' }).click();
    await section.getByRole('button', { name: 'Take photos with the camera' }).waitFor();
    expect(app.nonLocalRequests()).toEqual([]);
  });
  it('shows beside the session form the previous session’s photos of the zones being rated', async () => {
    const app = await startApp();
    apps.push(app);
    const client = await ok<{ id: number }>(app, 'clients.create', { firstName: 'Ade', lastName: 'Bello' });
    const first = await ok<{ id: number }>(app, 'sessions.chart', {
      clientId: client.id,
      performedAt: new Date(Date.now() - 21 * 86_400_000).toISOString(),
      pigmentBrand: 'Scalp Ink',
      pigmentShade: 'Medium Grey',
      dilution: '1:3',
      pigmentBatch: 'B-2231',
      pigmentExpiry: '2030-06-30',
      needle: '1RL 0.25',
      zones: ['frontal_hairline'], // shown at front and hairline close-up
    });
    await ok(app, 'photos.setConsent', { clientId: client.id, clinical: true });
    const files = await Promise.all(
      ['front', 'hairline close-up', 'back'].map(async (angle, i) => ({
        name: `IMG_${i}.jpg`,
        angle,
        phase: 'after',
        data: (await jpegWithGps({ width: 640, height: 480, background: COLOURS[i]! })).toString('base64'),
      })),
    );
    await ok(app, 'photos.import', { clientId: client.id, sessionId: first.id, files });

    await app.gotoApp(`/clients/${client.id}`);
    await new ChartPageObject(app.page).startSession(2);
    const panel = app.page.getByRole('complementary', { name: 'Previous session' });
    await panel.getByRole('heading', { name: 'Its photos of these zones' }).waitFor();
    const thumbs = panel.locator('.previous-photos img');
    await expect.poll(() => thumbs.count()).toBe(2);
    // The frontal hairline's two angles, not the back; each a picture that loaded.
    expect(await thumbs.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')))).toEqual([
      'Session 1 after, front',
      'Session 1 after, hairline close-up',
    ]);
    await expect
      .poll(() => thumbs.evaluateAll((imgs) => (imgs as HTMLImageElement[]).every((i) => i.complete && i.naturalWidth > 0)))
      .toBe(true);
    await app.screenshot('photos-session-form-previous');
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
