// The browser bench: the built renderer in Chromium over the browser host, on a demo clinic. Measures
// with the Performance API inside the page (bench/browser-probe.ts): the client list's first render
// from navigation start, and each search keystroke until the frame that shows the new results.
// `npm run bench:browser -- [--clients 50000] [--db <existing demo file>] [--book: the book's week only]
// [--report: the year report only] [--photos: a chart with 60 photos only, bench/photos-browser.ts]`; also part of
// `npm run bench` (the report with `--only money`, the photos with `--only photos`).
// The book's week: from its data arriving to its bookings drawn. The year report: from navigation
// start to its chart's bars drawn, beside the table of the same figures on the same page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildRenderer, MIGRATIONS_DIR, RENDERER_OUT_DIR, rendererBuildReason, REPO_ROOT } from '../browser-host/build-renderer';
import { startBrowserHost, type BrowserHost } from '../browser-host/server';
import { CHROMIUM_ARGS, findChromium, signInContext, VIEWPORT } from '../tests/e2e/harness';
import { installProbe, installReportProbe, REPORT_SELECTORS, type Probe } from './browser-probe';
import { signInDemoOwner } from './demo';
import { DEMO_PIN } from './demo-setup';
import { buildDemoDatabase } from './demo-cli';
import { LAST_NAMES } from './demo-names';
import type { Row } from './run';
import { summarise } from './stats';

type ListRow = { firstName: string; lastName: string };
const names = (r: ListRow) => [`${r.firstName} ${r.lastName}`, `${r.lastName}, ${r.firstName}`];

async function search(host: BrowserHost, query: string, limit: number): Promise<ListRow[]> {
  const r = await host.api.call('clients.search', { query, limit });
  if (!r.ok) throw new Error(r.error.message);
  return (r.data as { rows: ListRow[] }).rows;
}

/**
 * Keystrokes whose result is visibly new: the new first row was not among the previous query's first
 * 100, so seeing its name proves the list now shows the new results.
 */
async function keystrokePlan(host: BrowserHost, surnames: string[]) {
  const plan: { word: string; steps: { key: string; expect: string[] | null }[] }[] = [];
  for (const surname of surnames) {
    const word = surname.replace(/[^A-Za-z]/g, '').slice(0, 5);
    const steps: { key: string; expect: string[] | null }[] = [];
    let previous = await search(host, '', 100);
    for (let n = 1; n <= word.length; n++) {
      const rows = await search(host, word.slice(0, n), 100);
      const first = rows[0];
      const fresh = first && !previous.some((p) => p.firstName === first.firstName && p.lastName === first.lastName);
      steps.push({ key: word[n - 1]!, expect: fresh ? names(first) : null });
      previous = rows;
    }
    plan.push({ word, steps });
  }
  return plan;
}

export type BrowserPart = 'all' | 'book' | 'report';

export async function runBrowserBench(dbFile: string, clients: number, reloads = 10, only: BrowserPart = 'all'): Promise<Row[]> {
  const reason = rendererBuildReason(REPO_ROOT);
  if (reason) buildRenderer(REPO_ROOT);
  const host = await startBrowserHost({ dbFile, rendererDir: RENDERER_OUT_DIR, migrationsFolder: MIGRATIONS_DIR, log: () => {} });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'block',
  });
  try {
    await signInDemoOwner(host.api, host.database.sqlite); // the bench's own caller, for its searches
    // The page's browser context signs in for itself, as the owner, before it opens the list.
    await signInContext(context, host, host.api.actorId!, DEMO_PIN);
    const first = (await search(host, '', 1))[0]!;
    // tsx compiles named functions with esbuild's __name helper; the page needs it defined.
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await context.addInitScript(installProbe, names(first));
    const page = context.pages()[0] ?? (await context.newPage());
    // A new query string each time: the same address with only a #route would not reload the page.
    const url = (run: number) => `${host.origin}/?token=${encodeURIComponent(host.token)}&run=${run}#/clients`;

    const bookRows = async (): Promise<Row[]> => {
      const week = await weekOnScreen(host, page, (run) => `${host.origin}/?token=${encodeURIComponent(host.token)}&run=w${run}`, reloads);
      return [
        {
          clients,
          operation: 'browser: appointment book week on screen (book.range answer arrived → bookings drawn)',
          app: summarise(week.afterData),
          raw: null,
          target: 200,
          note: `${week.afterData.length} reloads; ${week.columns} practitioner columns, ${week.bookings} bookings; from navigation start ${Math.round(summarise(week.fromStart).median)} ms median`,
        },
      ];
    };
    if (only === 'book') return await bookRows(); // awaited: the finally below closes the browser
    if (only === 'report') return await reportRows(host, context, clients, reloads, names(first));

    const renders: number[] = [];
    for (let i = 0; i < reloads + 1; i++) {
      await page.goto(url(i), { waitUntil: 'commit' });
      const ms = await withTimeout(
        page.evaluate(() => (window as unknown as { __stippleFirstRender: Promise<number> }).__stippleFirstRender),
        page,
        `the client list never showed ${names(first)[0]}`,
      );
      if (i > 0) renders.push(ms); // the first load also warms Chromium's disk cache
    }
    await fs.promises.mkdir(path.join(REPO_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench-client-list.png') });

    const surnames = LAST_NAMES.filter((_n, i) => i % 8 === 3);
    const keystrokes = await typeAndMeasure(page, await keystrokePlan(host, surnames));
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench-client-search.png') });
    const week = await bookRows();
    return [
      {
        clients,
        operation: 'browser: client list first render (navigation start → rows on screen)',
        app: summarise(renders),
        raw: null,
        target: 300,
        note: `${renders.length} reloads`,
      },
      {
        clients,
        operation: 'browser: search keystroke → list updated (keydown → frame with new rows)',
        app: summarise(keystrokes),
        raw: null,
        target: 50,
        note: `${keystrokes.length} keystrokes`,
      },
      ...week,
    ];
  } finally {
    await context.close();
    await host.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The owner's year report in Chromium, two ways, each reload or choice measured to the frame that
 * shows it. In the app: on the open Reports page, "This year" chosen (from the select's change
 * event) until the chart beside the payments-per-month table has a bar for every month with
 * payments; the baseline is that table, all its rows, in the same page and choice, so the ratio is
 * what drawing the chart adds. Cold: a reload straight onto `#/reports?period=this_year`, from
 * navigation start, beside the client list's first render in the same run (the app's own start
 * is in both).
 */
async function reportRows(
  host: BrowserHost,
  context: BrowserContext,
  clients: number,
  reloads: number,
  listNames: string[],
): Promise<Row[]> {
  const year = new Date().getFullYear(); // the page's "this year" is the browser's
  const r = await host.api.call('reports.period', { from: `${year}-01-01`, to: `${year}-12-31` });
  if (!r.ok) throw new Error(r.error.message);
  const months = (r.data as { months: { paymentsMinor: number }[] }).months;
  const expect = { rows: months.length, bars: months.filter((m) => m.paymentsMinor > 0).length, selectors: REPORT_SELECTORS };
  if (expect.bars === 0) throw new Error(`Browser bench: the demo clinic took no payments in ${year}.`);
  await context.addInitScript(installReportProbe, expect);
  const page = await context.newPage();
  const base = (run: string) => `${host.origin}/?token=${encodeURIComponent(host.token)}&run=${run}`;
  const goto = (address: string) => page.goto(address, { waitUntil: 'commit' }).catch(() => page.goto(address, { waitUntil: 'commit' }));
  const inApp = { chart: [] as number[], table: [] as number[] };
  const cold = { chart: [] as number[], list: [] as number[], afterData: [] as number[] };
  try {
    for (let i = 0; i < reloads + 1; i++) {
      await goto(`${base(`l${i}`)}#/clients`);
      const listMs = await withTimeout(
        page.evaluate(() => (window as unknown as { __stippleFirstRender: Promise<number> }).__stippleFirstRender),
        page,
        `the client list never showed ${listNames[0]}`,
      );
      await goto(`${base(`r${i}`)}#/reports?period=this_year`);
      const [, chartMs] = await withTimeout(
        page.evaluate(() => (window as unknown as { __stippleReport: Promise<[number, number]> }).__stippleReport),
        page,
        `the year report never drew ${expect.bars} bars`,
      );
      const arrived = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/reports.period'));
        return (entries.at(-1) as PerformanceResourceTiming | undefined)?.responseEnd ?? 0;
      });
      if (i > 0) {
        cold.chart.push(chartMs);
        cold.list.push(listMs);
        cold.afterData.push(chartMs - arrived);
      }
    }
    // In the app: last month, settled, then this year, on the page already open.
    const period = page.getByLabel('Period', { exact: true });
    for (let i = 0; i < reloads * 2 + 1; i++) {
      await period.selectOption('last_month');
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, REPORT_SELECTORS.rows);
      await page.waitForTimeout(200);
      const done = page.evaluate(
        ({ e }) => {
          const p = (window as unknown as { __stippleProbe: Probe }).__stippleProbe;
          return Promise.all([
            p.waitForElements('report-table', e.selectors.rows, e.rows, 'event'),
            p.waitForElements('report-chart', e.selectors.bars, e.bars, 'event'),
          ]);
        },
        { e: expect },
      );
      await period.selectOption('this_year');
      const [tableMs, chartMs] = await withTimeout(done, page, `choosing this year never drew ${expect.bars} bars`);
      if (i > 0) {
        inApp.chart.push(chartMs);
        inApp.table.push(tableMs);
      }
    }
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench-year-report.png'), fullPage: true });
  } finally {
    await page.close();
  }
  return [
    {
      clients,
      operation: `browser: year report ${year} chart on screen, chosen on the open Reports page (change → bars drawn)`,
      app: summarise(inApp.chart),
      raw: summarise(inApp.table),
      target: 300,
      maxRatio: null,
      note: `${inApp.chart.length} choices; "raw SQL" columns = the table of the same figures beside it, same choice`,
    },
    {
      clients,
      operation: `browser: year report ${year}, page loaded cold onto it (navigation start → bars drawn)`,
      app: summarise(cold.chart),
      raw: summarise(cold.list),
      maxRatio: null,
      note: `${cold.chart.length} reloads; "raw SQL" columns = the client list's first render in the same run; from the reports.period answer to the bars ${Math.round(summarise(cold.afterData).median)} ms median`,
    },
  ];
}

/** The demo clinic's "today" (bench/run.ts TODAY): its week is the one the book opens on. */
const DEMO_TODAY = '2026-11-20';

/**
 * The book's week view: each reload waits for a booking's client name to be drawn (the frame that
 * shows it), and takes away when the page's book.range answer finished arriving (Resource Timing).
 */
async function weekOnScreen(host: BrowserHost, page: Page, base: (run: number) => string, reloads: number) {
  const monday = new Date(`${DEMO_TODAY}T12:00:00`);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  monday.setHours(0, 0, 0, 0);
  const sunday = new Date(monday.getTime() + 7 * 86_400_000);
  const r = await host.api.call('book.range', { from: monday.toISOString(), to: sunday.toISOString() });
  if (!r.ok) throw new Error(r.error.message);
  const data = r.data as { practitioners: unknown[]; bookings: { clientName: string; startsAt: string }[] };
  // A booking from 08:00, so it is inside the grid's first screen without scrolling.
  const shown = data.bookings.find((b) => new Date(b.startsAt).getHours() >= 8) ?? data.bookings[0];
  if (!shown) throw new Error('Browser bench: the demo clinic has no bookings in the week of its today.');
  const afterData: number[] = [];
  const fromStart: number[] = [];
  for (let i = 0; i < reloads + 1; i++) {
    const address = `${base(i)}#/reception/book?date=${DEMO_TODAY}&view=week`;
    // A navigation still settling from the sign-in can abort the first one: once more, then fail.
    await page.goto(address, { waitUntil: 'commit' }).catch(() => page.goto(address, { waitUntil: 'commit' }));
    const ms = await withTimeout(
      page.evaluate(
        (texts) => (window as unknown as { __stippleProbe: Probe }).__stippleProbe.waitFor('book-week', texts, 0),
        [shown.clientName],
      ),
      page,
      `the week never showed ${shown.clientName}`,
    );
    const arrived = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/book.range'));
      return (entries.at(-1) as PerformanceResourceTiming | undefined)?.responseEnd ?? 0;
    });
    if (i > 0) {
      afterData.push(ms - arrived);
      fromStart.push(ms);
    }
  }
  await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench-book-week.png') });

  return { afterData, fromStart, columns: data.practitioners.length, bookings: data.bookings.length };
}

/** A measurement that never arrives fails with a screenshot, rather than hanging the bench. */
async function withTimeout<T>(promise: Promise<T>, page: Page, what: string, ms = 15_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const shot = path.join(REPO_ROOT, 'test-results', 'bench-browser-timeout.png');
      void page
        .screenshot({ path: shot })
        .catch(() => undefined)
        .then(() => reject(new Error(`Browser bench: ${what} within ${ms} ms (screenshot: ${shot}).`)));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function typeAndMeasure(page: Page, plan: Awaited<ReturnType<typeof keystrokePlan>>): Promise<number[]> {
  const input = page.getByLabel(/search clients/i).first();
  const times: number[] = [];
  for (const { steps } of plan) {
    await input.fill('');
    await page.waitForTimeout(400); // the list settles back on everyone
    for (const step of steps) {
      if (!step.expect) {
        await input.press(step.key);
        await page.waitForTimeout(300);
        continue;
      }
      const done = page.evaluate(
        (texts) => (window as unknown as { __stippleProbe: Probe }).__stippleProbe.waitFor('keystroke', texts, 'keydown'),
        step.expect,
      );
      await input.press(step.key);
      times.push(await withTimeout(done, page, `typing “${step.key}” never showed ${step.expect[0]}`));
    }
  }
  return times;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '50000' },
      db: { type: 'string' },
      book: { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
      photos: { type: 'boolean', default: false },
    },
  });
  if (values.photos) {
    // Its own small clinic with one chart of 60 photos: no 50,000-client demo needed.
    const [{ formatTable }, { runPhotoBrowserBench }] = await Promise.all([import('./run'), import('./photos-browser')]);
    console.log(formatTable(await runPhotoBrowserBench()));
    return;
  }
  let file = values.db;
  let dir: string | null = null;
  if (!file) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-bench-'));
    file = path.join(dir, 'demo.sqlite');
    await buildDemoDatabase(file, { clients: Number(values.clients), today: '2026-11-20', quiet: true });
  }
  try {
    const { formatTable } = await import('./run');
    const only: BrowserPart = values.book ? 'book' : values.report ? 'report' : 'all';
    console.log(formatTable(await runBrowserBench(file, Number(values.clients), 10, only)));
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
