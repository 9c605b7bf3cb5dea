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
import type { BrowserContext, Page } from 'playwright-core';
import { buildRenderer, MIGRATIONS_DIR, RENDERER_OUT_DIR, rendererBuildReason, REPO_ROOT } from '../browser-host/build-renderer';
import { startBrowserHost, type BrowserHost } from '../browser-host/server';
import { signInContext } from '../tests/e2e/harness';
import { installProbe, installReportProbe, REPORT_SELECTORS, type Probe } from './browser-probe';
import { signInDemoOwner } from './demo';
import { DEMO_PIN } from './demo-setup';
import { buildDemoDatabase } from './demo-cli';
import { fillDemoBookWeek, FULL_WEEK_MONDAY } from './demo-book-week';
import { LAST_NAMES } from './demo-names';
import type { Row } from './run';
import { summarise } from './stats';
import { launchBenchChromium } from './bench-chromium';

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
  const { context, profile } = await launchBenchChromium('bench');
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
      // The issue's full book: six practitioner columns, no clashes (bench/demo-book-week.ts).
      await fillDemoBookWeek(host.api, host.database.sqlite);
      const base = (run: number) => `${host.origin}/?token=${encodeURIComponent(host.token)}&run=w${run}`;
      const week = await weekOnScreen(host, page, base, reloads, FULL_WEEK_MONDAY);
      // Baseline in the same run: the same grid and columns for the week after, which has no bookings.
      const empty = await weekOnScreen(host, page, (run) => `${base(run)}e`, reloads, nextMonday(FULL_WEEK_MONDAY));
      const drag = await dragOnScreen(host, page, base, Math.min(reloads, 5));
      return [
        {
          clients,
          operation: 'browser: appointment book, drag a booking → drawn at its new time (mouseup → frame)',
          app: summarise(drag),
          raw: null,
          target: 50,
          note: `${drag.length} drags an hour later in the day view of the full week's Monday, each then saved with its reason and read back from the file`,
        },
        {
          clients,
          operation: 'browser: appointment book week on screen (book.range answer arrived → bookings drawn)',
          app: summarise(week.afterData),
          raw: summarise(empty.afterData),
          target: 200,
          note: `${week.afterData.length} reloads; ${week.columns} practitioner columns, ${week.bookings} bookings and ${week.blocked} blocked times, none overlapping; baseline: the same grid for an empty week; from navigation start ${Math.round(summarise(week.fromStart).median)} ms median`,
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

const nextMonday = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

/**
 * The book's week view from `monday`: each reload waits for a booking's client name to be drawn (or,
 * for a week without bookings, the last column's name), on the frame that shows it, and takes away
 * when the page's book.range answer finished arriving (Resource Timing).
 */
async function weekOnScreen(host: BrowserHost, page: Page, base: (run: number) => string, reloads: number, monday: string) {
  const from = new Date(`${monday}T00:00:00`);
  const to = new Date(from.getTime() + 7 * 86_400_000);
  const r = await host.api.call('book.range', { from: from.toISOString(), to: to.toISOString() });
  if (!r.ok) throw new Error(r.error.message);
  const data = r.data as { practitioners: { name: string }[]; bookings: { clientName: string; startsAt: string }[]; blocked: unknown[] };
  // A booking from 08:00, so it is inside the grid's first screen without scrolling.
  const shown = data.bookings.find((b) => new Date(b.startsAt).getHours() >= 8)?.clientName ?? data.practitioners.at(-1)?.name;
  if (!shown) throw new Error('Browser bench: the demo clinic has no practitioners.');
  const afterData: number[] = [];
  const fromStart: number[] = [];
  for (let i = 0; i < reloads + 1; i++) {
    const address = `${base(i)}#/reception/book?date=${monday}&view=week`;
    // A navigation still settling from the sign-in can abort the first one: once more, then fail.
    await page.goto(address, { waitUntil: 'commit' }).catch(() => page.goto(address, { waitUntil: 'commit' }));
    const ms = await withTimeout(
      page.evaluate((texts) => (window as unknown as { __stippleProbe: Probe }).__stippleProbe.waitFor('book-week', texts, 0), [shown]),
      page,
      `the week never showed ${shown}`,
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
  if (data.bookings.length) await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench-book-week.png') });

  return { afterData, fromStart, columns: data.practitioners.length, bookings: data.bookings.length, blocked: data.blocked.length };
}

/**
 * Drag a booking an hour later in the day view (as tests/e2e/book.e2e.ts drags): from the mouseup to
 * the frame that draws it at its new time. The full book has no free hour in another column, so the
 * third column's last booking (15:00–19:00) goes to 16:00–20:00, its closing time. Then the move is
 * saved with its reason through the form, read back from the file, and put back for the next drag.
 */
async function dragOnScreen(host: BrowserHost, page: Page, base: (run: number) => string, drags: number): Promise<number[]> {
  const monday = {
    from: new Date(`${FULL_WEEK_MONDAY}T00:00:00`).toISOString(),
    to: new Date(`${FULL_WEEK_MONDAY}T23:59:00`).toISOString(),
  };
  type Booking = { sessionId: number; version: number; clientName: string; startsAt: string; practitionerId: number };
  const read = async () => {
    const r = await host.api.call('book.range', monday);
    if (!r.ok) throw new Error(r.error.message);
    return r.data as { practitioners: { staffId: number }[]; bookings: Booking[] };
  };
  const first = await read();
  const staffId = first.practitioners[2]!.staffId;
  const original = first.bookings.filter((b) => b.practitionerId === staffId).sort((x, y) => y.startsAt.localeCompare(x.startsAt))[0]!;
  const was = new Date(original.startsAt);
  const label = `${String(was.getHours()).padStart(2, '0')}:${String(was.getMinutes()).padStart(2, '0')}`;
  const times: number[] = [];
  for (let i = 0; i < drags; i++) {
    await page.goto(`${base(100 + i)}#/reception/book?date=${FULL_WEEK_MONDAY}&view=day`, { waitUntil: 'commit' });
    const column = page.locator('.rbc-time-content .rbc-day-slot').nth(2);
    const event = column.locator('.rbc-event', { hasText: original.clientName });
    await event.waitFor();
    await page.locator('.rbc-time-content').evaluate((el) => (el.scrollTop = el.scrollHeight)); // the evening on screen
    const from = (await event.boundingBox())!;
    const hour = (await column.boundingBox())!.height / 14; // the grid runs 07:00–21:00
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + 30, { steps: 4 });
    await page.mouse.move(from.x + from.width / 2, from.y + 12 + hour, { steps: 12 });
    const drawn = page.evaluate(
      ([client, time]) =>
        new Promise<number>((resolve) => {
          document.addEventListener(
            'mouseup',
            (e) => {
              const check = () => {
                const col = document.querySelectorAll('.rbc-time-content .rbc-day-slot')[2];
                const events = [...(col?.querySelectorAll('.rbc-event:not(.rbc-addons-dnd-drag-preview)') ?? [])];
                if (events.some((el) => el.textContent?.includes(client!) && !el.textContent.startsWith(time!)))
                  resolve(performance.now() - e.timeStamp);
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            },
            { once: true, capture: true },
          );
        }),
      [original.clientName, label],
    );
    await page.waitForTimeout(50); // the listener above is in place before the drop
    await page.mouse.up();
    times.push(await withTimeout(drawn, page, `the dragged booking of ${original.clientName} never left ${label}`));
    const move = page.getByRole('form', { name: 'Move the booking' });
    await move.getByLabel('Why it is moved').fill('Bench: moved by drag');
    await move.getByRole('button', { name: 'Save the change' }).click();
    // The demo's bookings were made outside their windows, and a drop past closing time is outside
    // the hours: the form asks for each reason, as it should, and is saved once they are given.
    for (let attempt = 0; attempt < 3 && (await move.count()); attempt++) {
      const reasons = move.getByLabel(/^Reason for booking outside/);
      await Promise.race([move.waitFor({ state: 'detached' }), reasons.first().waitFor()]).catch(() => undefined);
      if (!(await move.count())) break;
      for (const field of await reasons.all()) if (!(await field.inputValue())) await field.fill('Bench: moved by drag');
      await move.getByRole('button', { name: 'Save the change' }).click();
      await page.waitForTimeout(300);
    }
    await move.waitFor({ state: 'detached' });
    // Saved durably: the file has it later the same day; then it goes back for the next drag.
    const saved = (await read()).bookings.find((b) => b.sessionId === original.sessionId)!;
    if (!(Date.parse(saved.startsAt) > was.getTime())) throw new Error(`Browser bench: the drag of ${original.clientName} was not saved.`);
    const back = await host.api.call('sessions.reschedule', {
      id: saved.sessionId,
      expectedVersion: saved.version,
      bookedFor: original.startsAt,
      lengthMinutes: null,
      reason: 'Bench: put back',
      outsideWindowReason: 'Bench: put back',
      outsideHoursReason: 'Bench: put back',
      confirmInPast: true,
    });
    if (!back.ok) throw new Error(back.error.message);
  }
  return times;
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
