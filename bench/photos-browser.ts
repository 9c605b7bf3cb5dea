// The photos' browser bench: a chart with 60 photos (10 sessions × 6 angles, sharp-made JPEGs taken
// in through photos.import) in the built renderer in Chromium over the browser host. Measures inside
// the page (bench/photos-probe.ts): every thumbnail decoded and on screen, from navigation start; and
// switching the comparison's right-hand photo to another session, from the select's change event to
// the frame showing the full image decoded. Baseline in the same run: the same images from plain
// data: URLs in a bare page (no app, no API), measured the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { buildRenderer, MIGRATIONS_DIR, RENDERER_OUT_DIR, rendererBuildReason, REPO_ROOT } from '../browser-host/build-renderer';
import { startBrowserHost, type BrowserHost } from '../browser-host/server';
import { signInContext } from '../tests/e2e/harness';
import { signInDemoOwner } from './demo';
import { buildDemoDatabase } from './demo-cli';
import { DEMO_PIN } from './demo-setup';
import { installPhotoProbe, type PhotoProbe } from './photos-probe';
import type { Row } from './run';
import { summarise } from './stats';
import { launchBenchChromium } from './bench-chromium';

const ANGLES = ['front', 'hairline close-up', 'left side', 'right side', 'top/crown', 'back'];
const SESSIONS = 10;
/** A 3-megapixel picture: a phone photo scaled for the chart (a 12 MP import is timed in photos.bench.ts). */
const WIDTH = 2048;
const HEIGHT = 1536;
const CLIENT_NAME = 'Photo Bench';
const BARE = 'http://bench.invalid/'; // answered by page.route: never on the network

/** A photo-like JPEG: blurred noise (it compresses like skin and hair, unlike a flat colour), tinted. */
async function photoJpeg(n: number): Promise<Buffer> {
  const noise = await sharp({
    create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  })
    .blur(2.5)
    .toBuffer({ resolveWithObject: true });
  return sharp(noise.data, { raw: noise.info })
    .tint({ r: 120 + ((n * 37) % 120), g: 90 + ((n * 53) % 100), b: 70 + ((n * 29) % 90) })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function ok<T>(host: BrowserHost, channel: string, input: unknown): Promise<T> {
  const r = await host.api.call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`);
  return r.data as T;
}

interface Chart {
  clientId: number;
  /** Front photos, session by session: what the comparison switches among. */
  front: { id: number; hash: string }[];
  thumbs: string[];
  fulls: string[];
  bytes: number;
}

/** One client with 10 sessions of 6 photos each, imported through the API as the chart's form does. */
async function buildChart(host: BrowserHost): Promise<Chart> {
  const { id: clientId } = await ok<{ id: number }>(host, 'clients.create', {
    firstName: CLIENT_NAME.split(' ')[0],
    lastName: CLIENT_NAME.split(' ')[1],
  });
  await ok(host, 'photos.setConsent', { clientId, clinical: true });
  const front: Chart['front'] = [];
  const ids: number[] = [];
  let bytes = 0;
  for (let s = 0; s < SESSIONS; s++) {
    const bookedFor = new Date(Date.now() + (1 + s * 21) * 86_400_000).toISOString(); // sessions 3 weeks apart
    const { id: sessionId } = await ok<{ id: number }>(host, 'sessions.book', { clientId, bookedFor, outsideWindowReason: 'bench' });
    const files = await Promise.all(
      ANGLES.map(async (angle, a) => {
        const data = await photoJpeg(s * ANGLES.length + a);
        bytes += data.length;
        return { name: `IMG_${s}_${a}.jpg`, angle, phase: 'before', data: data.toString('base64') };
      }),
    );
    const r = await ok<{ stored: { id: number; hash: string; angle: string }[]; refused: unknown[] }>(host, 'photos.import', {
      clientId,
      sessionId,
      files,
    });
    if (r.stored.length !== ANGLES.length) throw new Error(`Photo bench: ${r.refused.length} photos were refused.`);
    ids.push(...r.stored.map((p) => p.id));
    const f = r.stored.find((p) => p.angle === 'front')!;
    front.push({ id: f.id, hash: f.hash });
  }
  const image = async (id: number, size: 'thumb' | 'full') => {
    const r = await ok<{ mime: string; base64: string }>(host, 'photos.image', { id, size });
    return `data:${r.mime};base64,${r.base64}`;
  };
  const thumbs = await Promise.all(ids.map((id) => image(id, 'thumb')));
  const fulls = await Promise.all(front.map((p) => image(p.id, 'full')));
  return { clientId, front, thumbs, fulls, bytes };
}

/** The bare page: the probe, then 60 <img> from data: URLs, or one <img> and a select that swaps it. */
function barePage(chart: Chart, kind: 'thumbs' | 'switch'): string {
  const probe = `globalThis.__name ??= (f) => f; (${installPhotoProbe.toString()})();`;
  const body =
    kind === 'thumbs'
      ? chart.thumbs.map((src, i) => `<img src="${src}" alt="" width="160" data-thumb="${i}">`).join('')
      : `<select aria-label="Right">${chart.front.map((p) => `<option value="${p.hash}">${p.hash}</option>`).join('')}</select>
         <img id="full" alt="" style="max-width:600px">
         <script>const srcs = ${JSON.stringify(Object.fromEntries(chart.front.map((p, i) => [p.hash, chart.fulls[i]])))};
         const img = document.getElementById('full'); const sel = document.querySelector('select');
         const show = () => { img.src = srcs[sel.value]; img.dataset.photoHash = sel.value; };
         sel.addEventListener('change', show); show();</script>`;
  return `<!doctype html><html><head><script>${probe}</script></head><body>${body}</body></html>`;
}

const probeOf = (page: Page) => page.evaluateHandle(() => (window as unknown as { __stipplePhotoProbe: PhotoProbe }).__stipplePhotoProbe);

async function thumbsOnScreen(page: Page, address: (run: number) => string, count: number, reloads: number) {
  const fromStart: number[] = [];
  const fromOpen: number[] = [];
  for (let i = 0; i < reloads + 1; i++) {
    await page.goto(address(i), { waitUntil: 'commit' });
    const ms = await page.evaluate(
      ([n, heading]) => (window as unknown as { __stipplePhotoProbe: PhotoProbe }).__stipplePhotoProbe.thumbsOnScreen(n, heading),
      [count, CLIENT_NAME] as const,
    );
    if (i > 0) {
      // the first load also warms Chromium's caches
      fromStart.push(ms.fromStart);
      fromOpen.push(ms.fromOpen);
    }
  }
  return { fromStart, fromOpen };
}

/**
 * Switches the "Right" select through the front photos of sessions 2…9 (neither shown yet: session 1
 * is on the left, session 10 on the right), timing each. `value`: the option's value for a photo.
 */
async function switches(
  page: Page,
  select: Locator,
  front: Chart['front'],
  value: (p: Chart['front'][number]) => string,
): Promise<number[]> {
  const times: number[] = [];
  for (const target of front.slice(1, -1)) {
    const probe = await probeOf(page);
    const done = probe.evaluate((p, hash) => p.imageAfterChange(hash), target.hash);
    await select.selectOption({ value: value(target) });
    times.push(await done);
  }
  return times;
}

export async function runPhotoBrowserBench(reloads = 10): Promise<Row[]> {
  const reason = rendererBuildReason(REPO_ROOT);
  if (reason) buildRenderer(REPO_ROOT);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-bench-photos-'));
  const dbFile = path.join(dir, 'demo.sqlite');
  await buildDemoDatabase(dbFile, { clients: 20, today: '2026-11-20', quiet: true });
  const host = await startBrowserHost({ dbFile, rendererDir: RENDERER_OUT_DIR, migrationsFolder: MIGRATIONS_DIR, log: () => {} });
  const { context, profile } = await launchBenchChromium('bench');
  try {
    await signInDemoOwner(host.api, host.database.sqlite);
    const chart = await buildChart(host);
    await signInContext(context, host, host.api.actorId!, DEMO_PIN);
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await context.addInitScript(installPhotoProbe);
    await context.route(`${BARE}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: barePage(chart, route.request().url().includes('switch') ? 'switch' : 'thumbs') }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    const count = SESSIONS * ANGLES.length;
    const chartUrl = (run: number) => `${host.origin}/?token=${encodeURIComponent(host.token)}&run=${run}#/clients/${chart.clientId}`;

    const appThumbs = await thumbsOnScreen(page, chartUrl, count, reloads);
    await fs.promises.mkdir(path.join(REPO_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench-photo-strips.png'), fullPage: true });
    const bareThumbs = await thumbsOnScreen(page, (run) => `${BARE}thumbs?run=${run}`, count, reloads);

    const appSwitch: number[] = [];
    const bareSwitch: number[] = [];
    for (let i = 0; i < 2; i++) {
      // A fresh load each round, so every switch fetches a full image the window has not shown yet.
      await page.goto(chartUrl(100 + i), { waitUntil: 'commit' });
      const right = page.getByRole('region', { name: 'Photos' }).getByLabel('Right', { exact: true });
      await page.locator(`img[data-photo-hash="${chart.front.at(-1)!.hash}"]`).waitFor();
      appSwitch.push(...(await switches(page, right, chart.front, (p) => String(p.id))));
      await page.goto(`${BARE}switch?run=${i}`, { waitUntil: 'load' });
      bareSwitch.push(...(await switches(page, page.getByLabel('Right'), chart.front, (p) => p.hash)));
    }
    await page.goto(chartUrl(200), { waitUntil: 'commit' });
    await page.locator(`img[data-photo-hash="${chart.front.at(-1)!.hash}"]`).waitFor();
    await page.getByRole('heading', { name: 'Compare' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench-photo-compare.png') });

    const mb = (chart.bytes / 1e6).toFixed(0);
    return [
      {
        clients: 0,
        operation: `browser: chart with ${count} photos, every thumbnail on screen (chart heading drawn → all decoded, next frame)`,
        app: summarise(appThumbs.fromOpen),
        raw: null,
        target: 300,
        note: `${appThumbs.fromOpen.length} reloads; ${WIDTH}×${HEIGHT} JPEGs (${mb} MB in), 320 px thumbnails`,
      },
      {
        clients: 0,
        operation: `browser: chart with ${count} photos, every thumbnail on screen (navigation start → all decoded, next frame)`,
        app: summarise(appThumbs.fromStart),
        raw: summarise(bareThumbs.fromStart),
        maxRatio: null,
        note: `the same reloads, app start included; baseline: the same thumbnails as data: URLs in a bare page`,
      },
      {
        clients: 0,
        operation: 'browser: comparison switched to another session, full image on screen (change → decoded, next frame)',
        app: summarise(appSwitch),
        raw: summarise(bareSwitch),
        target: 150,
        maxRatio: null,
        note: `${appSwitch.length} switches, each to a photo not yet shown; baseline: the same full images swapped from data: URLs held in a bare page`,
      },
    ];
  } finally {
    await context.close();
    await host.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
