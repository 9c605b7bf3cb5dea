// Two builds of the renderer side by side on the book's week, for a change to the grid: each served
// by its own browser host on the same demo file, reloaded in turn (A B B A …) so both see the same
// load on a shared machine. Prints, per build, the full week and the empty week from the book.range
// answer to the frame that shows them, as `npm run bench:browser -- --book` measures them.
// `npx tsx bench/book-ab.ts --db <demo file> --a <renderer dir> --b <renderer dir> [--reloads 10]`
// (a renderer dir: a copy of out/renderer). Not part of `npm run bench`: it reports no target.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { MIGRATIONS_DIR } from '../browser-host/build-renderer';
import { startBrowserHost, type BrowserHost } from '../browser-host/server';
import { signInContext } from '../tests/e2e/harness';
import { installProbe, type Probe } from './browser-probe';
import { signInDemoOwner } from './demo';
import { DEMO_PIN } from './demo-setup';
import { fillDemoBookWeek, FULL_WEEK_MONDAY } from './demo-book-week';
import { summarise } from './stats';
import { launchBenchChromium } from './bench-chromium';

const EMPTY_MONDAY = '2027-01-11';

async function shownText(host: BrowserHost, monday: string): Promise<string> {
  const from = new Date(`${monday}T00:00:00`);
  const r = await host.api.call('book.range', { from: from.toISOString(), to: new Date(from.getTime() + 7 * 86_400_000).toISOString() });
  if (!r.ok) throw new Error(r.error.message);
  const data = r.data as { practitioners: { name: string }[]; bookings: { clientName: string; startsAt: string }[] };
  return data.bookings.find((b) => new Date(b.startsAt).getHours() >= 8)?.clientName ?? data.practitioners.at(-1)!.name;
}

async function once(host: BrowserHost, page: Page, run: string, monday: string, text: string): Promise<number> {
  const address = `${host.origin}/?token=${encodeURIComponent(host.token)}&run=${run}#/reception/book?date=${monday}&view=week`;
  await page.goto(address, { waitUntil: 'commit' }).catch(() => page.goto(address, { waitUntil: 'commit' }));
  const drawn = await page.evaluate(
    (t) => (window as unknown as { __stippleProbe: Probe }).__stippleProbe.waitFor('book-week', [t], 0),
    text,
  );
  const arrived = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/book.range'));
    return (entries.at(-1) as PerformanceResourceTiming).responseEnd;
  });
  return drawn - arrived;
}

async function main() {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, reloads: { type: 'string', default: '10' } },
  });
  if (!values.db || !values.a || !values.b) throw new Error('--db, --a and --b are needed');
  const hosts = [
    await startBrowserHost({ dbFile: values.db, rendererDir: values.a, migrationsFolder: MIGRATIONS_DIR, log: () => {} }),
    await startBrowserHost({ dbFile: values.db, rendererDir: values.b, migrationsFolder: MIGRATIONS_DIR, log: () => {} }),
  ];
  const { context, profile } = await launchBenchChromium('ab');
  try {
    for (const host of hosts) {
      await signInDemoOwner(host.api, host.database.sqlite);
      await signInContext(context, host, host.api.actorId!, DEMO_PIN);
    }
    await fillDemoBookWeek(hosts[0]!.api, hosts[0]!.database.sqlite);
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await context.addInitScript(installProbe, []);
    const page = context.pages()[0] ?? (await context.newPage());
    const texts = { full: await shownText(hosts[0]!, FULL_WEEK_MONDAY), empty: await shownText(hosts[0]!, EMPTY_MONDAY) };
    const times = [0, 1].map(() => ({ full: [] as number[], empty: [] as number[] }));
    const reloads = Number(values.reloads);
    for (let i = 0; i <= reloads; i++) {
      for (const which of i % 2 ? [1, 0] : [0, 1]) {
        // The first load after the other host's is cold (another origin): warmed, not timed.
        await once(hosts[which]!, page, `w${i}`, EMPTY_MONDAY, texts.empty);
        const full = await once(hosts[which]!, page, `f${i}`, FULL_WEEK_MONDAY, texts.full);
        const empty = await once(hosts[which]!, page, `e${i}`, EMPTY_MONDAY, texts.empty);
        if (i > 0) {
          times[which]!.full.push(full);
          times[which]!.empty.push(empty);
        }
      }
    }
    for (const [k, name] of ['A', 'B'].entries()) {
      const f = summarise(times[k]!.full);
      const e = summarise(times[k]!.empty);
      console.log(
        `${name}: full ${f.median.toFixed(1)} / ${f.p95.toFixed(1)} ms, empty ${e.median.toFixed(1)} / ${e.p95.toFixed(1)} ms, ratio ${(f.median / e.median).toFixed(2)}× / ${(f.p95 / e.p95).toFixed(2)}×`,
      );
    }
  } finally {
    await context.close();
    for (const host of hosts) await host.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
