// `npm run bench [-- --sizes 1000,10000,50000 --no-browser --keep --only network --network-clients 10000]`:
// builds demo clinics of each size, times the app's hot paths beside hand-written SQL on raw
// better-sqlite3 in the same run, then the clinic network (bench/network.ts: a hub and workstations
// over TLS on 127.0.0.1 beside the hub's own API), and prints one table (also saved as
// test-results/bench-last-run.{md,json}). Production settings: checkOutputs off, WAL,
// synchronous=FULL, on a file on disk. `--only` runs some parts: sizes, book (the appointment book's rows alone), memory, sheet, browser, network, traceability, photos, money (the year report's query, and its chart in Chromium unless --no-browser), import (moving in: 20,000 rows of another system's export).
import { addDays } from '../core/dates';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openKeyed } from '../db/cipher';
import { resolveDatabaseKey } from '../db/key-file';
import { buildSync } from 'esbuild';
import { createApi, type ApiClient } from '../api/dispatch';
import { openDatabase } from '../db/open';
import { forgetClientListOrder } from '../db/queries/client-list';
import { MIGRATIONS_FOLDER } from '../db/testing';
import { signInDemoOwner } from './demo';
import { buildDemoDatabase } from './demo-cli';
import { makePlainCopy, openPlain, openPlainForApi } from './plain-copy';
import { rawBoard, rawBookWeek, rawChart, rawChartSession, rawDayBookings, rawSearch } from './raw-sql';
import { searchDuringExport } from './search-during-export';
import { compare, ms, summarise, type Timing } from './stats';
import { chartIds, clientsReadyForSession2, typedPrefixes } from './workloads';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-20';

export interface Row {
  clients: number;
  operation: string;
  app: Timing | null;
  raw: Timing | null;
  /** Upper bound for the app's p95 (or single figure), in ms. */
  target?: number;
  /** Upper bound for the median ratio to the baseline; default 1.5, null: the ratio is only shown. */
  maxRatio?: number | null;
  note?: string;
}

async function expectOk(api: ApiClient, channel: string, input: unknown): Promise<unknown> {
  const r = await api.call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed in the bench: ${JSON.stringify(r.error)}`);
  return r.data;
}

/** bench/open-child.ts bundled (into node_modules/.cache, so it finds better-sqlite3), run with plain node. */
let bundled = false;
function runChild(args: string[]): Record<string, number> {
  const bundle = path.join(ROOT, 'node_modules', '.cache', 'stipple-bench', 'open-child.mjs');
  if (!bundled) {
    bundled = true;
    buildSync({
      entryPoints: [path.join(ROOT, 'bench', 'open-child.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Native modules load themselves (sharp's loader requires child_process, which an ESM bundle cannot).
      external: ['better-sqlite3', 'sharp'],
      logLevel: 'error',
    });
  }
  const out = execFileSync(process.execPath, ['--expose-gc', bundle, ...args], { encoding: 'utf8', cwd: ROOT });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
}

const PARTS = ['sizes', 'book', 'memory', 'sheet', 'browser', 'network', 'traceability', 'photos', 'money', 'import'];

/** The demo clinic of this size in `dir`, built the first time it is asked for. */
async function demoFile(clients: number, dir: string, log: (s: string) => void): Promise<string> {
  const file = path.join(dir, `demo-${clients}.sqlite`);
  if (!fs.existsSync(file)) {
    log(`building a ${clients}-client demo clinic…`);
    await buildDemoDatabase(file, { clients, today: TODAY, quiet: true });
  }
  return file;
}

/** The appointment book's reads (also alone: `--only book`): the week's grid and the to-contact list. */
async function bookRows(clients: number, api: ApiClient, raw: Database.Database, runs: number[]): Promise<Row[]> {
  const rows: Row[] = [];
  // The appointment book's week around TODAY, every practitioner's column: the grid's one query.
  const weekFrom = new Date(`${addDays(TODAY, -4)}T00:00:00`).toISOString(); // the Monday
  const weekTo = new Date(`${addDays(TODAY, 3)}T00:00:00`).toISOString();
  rows.push({
    clients,
    operation: 'appointment book week (book.range)',
    ...(await compare(runs, () => expectOk(api, 'book.range', { from: weekFrom, to: weekTo }), rawBookWeek(raw, weekFrom, weekTo))),
    target: 20,
    // Under a millisecond either way: the call's own fixed cost (sign-in check, envelope) is the ratio.
    maxRatio: 2,
  });
  // The day's to-contact list: the board as of that day plus the next day's bookings and the ticks.
  const board = rawBoard(raw, addDays(TODAY, -31));
  const tomorrow = rawDayBookings(raw, addDays(TODAY, 1));
  rows.push({
    clients,
    operation: 'to-contact list for a day (book.toContact)',
    ...(await compare(
      runs,
      () => expectOk(api, 'book.toContact', { day: TODAY }),
      () => [board(), tomorrow()],
    )),
    target: 100,
    note: "baseline: the board's and the next day's bookings' statements by hand",
  });
  return rows;
}

/** `--only book`: the book's rows on the largest demo clinic, built once (or reused with --dir). */
async function benchBookOnly(clients: number, dir: string, log: (s: string) => void): Promise<Row[]> {
  const file = await demoFile(clients, dir, log);
  const { key } = resolveDatabaseKey({ databaseFile: file, env: {}, create: false });
  const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key });
  const api = createApi(open).client();
  await signInDemoOwner(api, open.sqlite);
  const raw = openKeyed(file, key);
  try {
    return await bookRows(
      clients,
      api,
      raw,
      Array.from({ length: 30 }, (_, i) => i),
    );
  } finally {
    raw.close();
    open.close();
  }
}

async function benchSize(clients: number, dir: string, log: (s: string) => void): Promise<Row[]> {
  const file = await demoFile(clients, dir, log);
  const rows: Row[] = [];
  const big = clients >= 50_000;
  // The demo clinic is encrypted, as every Stipple database; its plain twin shows what that costs.
  const { key } = resolveDatabaseKey({ databaseFile: file, env: {}, create: false });
  const plainFile = path.join(dir, `demo-${clients}.plain.sqlite`);
  makePlainCopy(file, key, plainFile);

  // Cold open first, before this process has touched the file.
  const child = (mode: string) => runChild([mode, file, MIGRATIONS_FOLDER]);
  const appOpen: number[] = [];
  const rawOpen: number[] = [];
  const quick: number[] = [];
  const rawPlainOpen: number[] = [];
  const firstUse: number[] = [];
  const appOpenOnly: number[] = [];
  const deferredCheck: number[] = [];
  for (let i = 0; i < 7; i++) {
    const a = child('app');
    appOpen.push(a.readyMs!);
    firstUse.push(a.firstListAndChartMs!);
    appOpenOnly.push(a.openMs!);
    deferredCheck.push(a.checkMs!);
    const r = child('raw');
    rawOpen.push(r.readyMs!);
    quick.push(r.quickCheckMs!);
    rawPlainOpen.push(runChild(['raw-plain', plainFile, MIGRATIONS_FOLDER]).readyMs!);
  }
  const quickCheck = summarise(quick);
  rows.push({
    clients,
    operation: 'start a process, open the database, API answers (cold)',
    app: summarise(appOpen),
    raw: summarise(rawOpen),
    target: 300,
    note: `of which opening + API start ${ms(summarise(appOpenOnly).median)} ms; quick_check alone ${ms(quickCheck.median)} ms, in the app after the API is ready ${ms(summarise(deferredCheck).median)} ms; then first list + chart ${ms(summarise(firstUse).median)} ms`,
  });
  rows.push({
    clients,
    operation: 'encryption: cold start, raw open + first query, encrypted vs plain',
    app: summarise(rawOpen),
    raw: summarise(rawPlainOpen),
    target: 300,
    maxRatio: 1.3,
    note: '"app" columns = encrypted, "raw SQL" = its plain copy',
  });

  log(`${clients}: searching, opening charts, saving…`);
  const open = await openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, key });
  const api = createApi(open).client(); // production: checkOutputs off
  await signInDemoOwner(api, open.sqlite);
  const raw = openKeyed(file, key);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  // The same app on the plain twin: each hot path gets a row "encrypted vs plain" (target ≤ 1.3×).
  const plainOpen = openPlainForApi(plainFile, key);
  const plainApi = createApi(plainOpen).client();
  await signInDemoOwner(plainApi, plainOpen.sqlite);
  const rawPlain = openPlain(plainFile);
  const encryption = (operation: string, t: { app: Timing; raw: Timing }, note?: string): Row => ({
    clients,
    operation: `encryption: ${operation}, encrypted vs plain`,
    ...t,
    target: 50,
    maxRatio: 1.3,
    note: `the app on both; "app" columns = encrypted, "raw SQL" = the plain copy${note ? `; ${note}` : ''}`,
  });

  const search = rawSearch(raw);
  for (const kind of ['name', 'phone'] as const) {
    const keys = typedPrefixes(raw, kind, big ? 60 : 40);
    const t = await compare(
      keys,
      (k) => expectOk(api, 'clients.search', { query: k.query, limit: 100 }),
      (k) => search(k),
    );
    rows.push({
      clients,
      operation: `search as you type: ${kind === 'name' ? 'surname' : 'phone'} prefix (clients.search)`,
      ...t,
      target: 5,
      note: `${keys.length} keystrokes`,
    });
    const searchBoth = (a: ApiClient) => (k: (typeof keys)[number]) => expectOk(a, 'clients.search', { query: k.query, limit: 100 });
    rows.push(
      encryption(
        `search as you type, ${kind === 'name' ? 'surname' : 'phone'} prefix`,
        await compare(keys, searchBoth(api), searchBoth(plainApi)),
      ),
    );
    if (kind === 'name') {
      // What the client list page calls: the same search, with the list's own summary columns.
      const l = await compare(
        keys,
        (k) => expectOk(api, 'clients.list', { query: k.query, limit: 100 }),
        (k) => search(k),
      );
      rows.push({
        clients,
        operation: 'client list page as you type a surname (clients.list, name order)',
        ...l,
        target: 5,
        note: 'baseline: the hand-written search',
      });
    }
  }

  if (clients === 10_000) {
    log(`${clients}: searching while the whole clinic is exported on the task worker…`);
    const keys = typedPrefixes(raw, 'name', 40);
    const r = await searchDuringExport(api, keys, dir);
    rows.push({
      clients,
      operation: 'search as you type while a whole-clinic export runs (clients.search beside safety.export on its worker)',
      app: r.during,
      raw: r.baseline,
      target: 50,
      maxRatio: null,
      note: `baseline: the same keystrokes with no export running; ${r.during.runs} keystrokes during an export of ${r.charts} charts that took ${ms(r.exportMs)} ms`,
    });
  }

  const chart = rawChart(raw);
  const ids = chartIds(raw, 400);
  rows.push({
    clients,
    operation: 'open a whole chart (clients.chart)',
    ...(await compare(ids, (id) => expectOk(api, 'clients.chart', { id }), chart)),
    target: 5,
  });
  rows.push(
    encryption(
      'open a whole chart',
      await compare(
        ids,
        (id) => expectOk(api, 'clients.chart', { id }),
        (id) => expectOk(plainApi, 'clients.chart', { id }),
      ),
    ),
  );

  // The client list: a re-sort computes the whole order once; scrolling then fetches pages by id.
  for (const sort of ['lastSession', 'nextDue'] as const) {
    const resort: number[] = [];
    const scroll: number[] = [];
    for (let i = 0; i < 5; i++) {
      forgetClientListOrder(open.sqlite);
      let t0 = performance.now();
      await expectOk(api, 'clients.list', { sort, limit: 100 });
      resort.push(performance.now() - t0);
      for (let p = 1; p <= 5; p++) {
        t0 = performance.now();
        await expectOk(api, 'clients.list', { sort, limit: 100, offset: Math.floor((p * clients) / 6) });
        scroll.push(performance.now() - t0);
      }
    }
    rows.push({
      clients,
      operation: `client list sorted by ${sort}: re-sort (clients.list)`,
      app: summarise(resort),
      raw: null,
      target: 1000,
    });
    rows.push({
      clients,
      operation: `client list sorted by ${sort}: next page while scrolling`,
      app: summarise(scroll),
      raw: null,
      target: 50,
    });
    const resortBoth = (a: ApiClient, sqlite: Database.Database) => async () => {
      forgetClientListOrder(sqlite);
      await expectOk(a, 'clients.list', { sort, limit: 100 });
    };
    const rounds = Array.from({ length: 6 }, (_, i) => i);
    rows.push(
      encryption(
        `client list re-sort by ${sort}`,
        await compare(rounds, resortBoth(api, open.sqlite), resortBoth(plainApi, plainOpen.sqlite), 1),
        'the list order computed afresh each run',
      ),
    );
  }

  const board = rawBoard(raw, addDays(TODAY, -31)); // the board's own keep period, a day early
  const runs = Array.from({ length: big ? 30 : 60 }, (_, i) => i);
  rows.push({
    clients,
    operation: 'reception board (reception.board)',
    ...(await compare(runs, () => expectOk(api, 'reception.board', { today: TODAY }), board)),
    target: 50,
  });
  rows.push(
    encryption(
      'reception board',
      await compare(
        runs,
        () => expectOk(api, 'reception.board', { today: TODAY }),
        () => expectOk(plainApi, 'reception.board', { today: TODAY }),
      ),
    ),
  );

  rows.push(...(await bookRows(clients, api, raw, runs)));

  const saves = 150;
  const forApi = clientsReadyForSession2(raw, saves, `api-${Date.now()}`);
  const forRaw = clientsReadyForSession2(raw, saves, `raw-${Date.now()}`);
  const chartSession = rawChartSession(raw);
  const pairs = forApi.map((a, i) => [a, forRaw[i]!] as const);
  const t = await compare(
    pairs,
    ([a]) => expectOk(api, 'sessions.chart', { ...a, prepDone: true }),
    ([, r]) => chartSession(r),
    0,
  );
  rows.push({
    clients,
    operation: 'chart a session durably (sessions.chart, synchronous=FULL)',
    ...t,
    target: 10,
    note: `${saves} saves each`,
  });
  const forEncrypted = clientsReadyForSession2(raw, saves, `enc-${Date.now()}`);
  const forPlain = clientsReadyForSession2(rawPlain, saves, `plain-${Date.now()}`);
  const both = forEncrypted.map((a, i) => [a, forPlain[i]!] as const);
  rows.push(
    encryption(
      'chart a session durably',
      await compare(
        both,
        ([a]) => expectOk(api, 'sessions.chart', { ...a, prepDone: true }),
        ([, p]) => expectOk(plainApi, 'sessions.chart', { ...p, prepDone: true }),
        0,
      ),
      `${saves} saves each`,
    ),
  );

  rawPlain.close();
  plainOpen.close();
  raw.close();
  open.close();
  return rows;
}

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return db.prepare('SELECT sqlite_version()').pluck().get() as string;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      'no-browser': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      dir: { type: 'string' },
      only: { type: 'string' },
      'network-clients': { type: 'string', default: '10000' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const parts = new Set((values.only ?? PARTS.join(',')).split(','));
  const unknown = [...parts].filter((p) => !PARTS.includes(p));
  if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
  if (values['no-browser']) parts.delete('browser');
  const networkClients = Number(values['network-clients']);
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stipple-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
  const rows: Row[] = [];
  try {
    if (parts.has('sizes')) for (const n of sizes) rows.push(...(await benchSize(n, dir, log)));
    else if (parts.has('book')) rows.push(...(await benchBookOnly(Math.max(...sizes), dir, log)));

    const largest = Math.max(...sizes);
    const file = parts.has('memory') || parts.has('browser') ? await demoFile(largest, dir, log) : '';
    if (parts.has('memory')) {
      log(`memory of an API process after the whole bench's traffic on ${largest} clients…`);
      const mem = runChild(['app', file, MIGRATIONS_FOLDER, '--workload']);
      rows.push({
        clients: largest,
        operation: 'API process memory after the bench traffic (RSS, MB)',
        app: { median: mem.rssMb!, p95: mem.maxRssMb!, runs: 1 },
        raw: null,
        target: 150,
        note: `p95 column = peak RSS; heap ${ms(mem.heapUsedMb)} MB; plain node, bundled like the app's main process`,
      });
    }

    if (parts.has('sheet')) {
      log('aftercare sheet, cold and warm…');
      // Loaded only now, so the PDF code is not in this process while the database work is timed.
      const { aftercareSheetBench } = await import('./aftercare-sheet.bench');
      const sheet = await aftercareSheetBench.run();
      const { name } = aftercareSheetBench;
      rows.push({
        clients: 0,
        operation: `${name}: cold (first in a fresh process)`,
        app: { median: sheet.coldMs, p95: sheet.coldMs, runs: 1 },
        raw: null,
        target: aftercareSheetBench.targets.coldMs,
        note: `module load ${ms(sheet.importMs)} ms apart`,
      });
      rows.push({
        clients: 0,
        operation: `${name}: warm (median)`,
        app: { median: sheet.warmMs, p95: sheet.warmMs, runs: 20 },
        raw: null,
        target: aftercareSheetBench.targets.warmMs,
      });
    }

    if (parts.has('photos')) {
      log('photo import, 12 MP…');
      const { photoImportBench } = await import('./photos.bench');
      const { app, raw } = await photoImportBench.run();
      rows.push({
        clients: 0,
        operation: photoImportBench.name,
        app,
        raw,
        target: photoImportBench.targetMs,
        maxRatio: null,
        note: 'baseline: the same file re-encoded by sharp, nothing else',
      });
      if (!values['no-browser']) {
        log('a chart with 60 photos in Chromium…');
        const { runPhotoBrowserBench } = await import('./photos-browser');
        rows.push(...(await runPhotoBrowserBench()));
      }
    }

    if (parts.has('browser')) {
      log(`client list in Chromium on ${largest} clients…`);
      const { runBrowserBench } = await import('./browser');
      rows.push(...(await runBrowserBench(file, largest)));
    }

    if (parts.has('traceability')) {
      const demo = await demoFile(largest, dir, log);
      const { key } = resolveDatabaseKey({ databaseFile: demo, env: {}, create: false });
      const { traceabilityBench } = await import('./traceability');
      rows.push(...(await traceabilityBench(demo, key, largest, TODAY, log)));
    }

    if (parts.has('money')) {
      // The owner's year report on the largest demo clinic (bench/money.bench.ts).
      const demo = await demoFile(largest, dir, log);
      const { key } = resolveDatabaseKey({ databaseFile: demo, env: {}, create: false });
      const { moneyBench } = await import('./money.bench');
      rows.push(...(await moneyBench(demo, key, largest, Number(TODAY.slice(0, 4)))));
      if (!values['no-browser']) {
        log(`the year report's chart in Chromium on ${largest} clients…`);
        const { runBrowserBench } = await import('./browser');
        rows.push(...(await runBrowserBench(demo, largest, 10, 'report')));
      }
    }

    if (parts.has('import')) {
      // Moving in: 20,000 rows of another system's export, read to imported (bench/import.bench.ts).
      const { importBench } = await import('./import.bench');
      rows.push(...(await importBench(20_000, log)));
    }

    if (parts.has('network')) {
      const demo = await demoFile(networkClients, dir, log);
      const { key } = resolveDatabaseKey({ databaseFile: demo, env: {}, create: false });
      const { networkBench } = await import('./network');
      rows.push(...(await networkBench(demo, key, networkClients, dir, log)));
    }
  } finally {
    if (!values.keep && !values.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
  const table = formatTable(rows);
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}, SQLite ${sqliteVersion()}; load average at the end ${load} (1/5/15 min)`;
  const text = `${table}\n\nMachine: ${machine}.`;
  console.log(text);
  const out = path.join(ROOT, 'test-results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'bench-last-run.md'), `${text}\n`);
  fs.writeFileSync(path.join(out, 'bench-last-run.json'), JSON.stringify({ at: new Date().toISOString(), machine, rows }, null, 2));
}

export function formatTable(rows: Row[]): string {
  const head =
    '| clients | operation | app median | app p95 | raw SQL median | raw SQL p95 | ratio (median) | ratio (p95) | CPU/op app · raw | target | met |';
  const rule = '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | :---: |';
  const lines = rows.map((r) => {
    const cold = r.operation.startsWith('start a process');
    const ratio = r.app && r.raw ? r.app.median / r.raw.median : null;
    const ratio95 = r.app && r.raw ? r.app.p95 / r.raw.p95 : null;
    // Met: the app's p95 under the target and, where there is a baseline, the median ratio ≤ 1.5
    // (p95 on a shared two-core machine is mostly scheduling noise; both ratios are shown).
    const maxRatio = cold ? null : r.maxRatio === undefined ? 1.5 : r.maxRatio;
    const within =
      r.target === undefined || !r.app ? null : r.app.p95 < r.target && (ratio === null || maxRatio === null || ratio <= maxRatio);
    const target =
      r.target === undefined
        ? ''
        : `< ${r.target}${r.operation.includes('MB') ? ' MB' : ' ms'}${r.raw && maxRatio !== null ? `, ≤ ${maxRatio}×` : ''}`;
    const op = r.note ? `${r.operation} (${r.note})` : r.operation;
    const x = (n: number | null) => (n === null ? '—' : `${n.toFixed(2)}×`);
    return `| ${r.clients || '—'} | ${op} | ${ms(r.app?.median)} | ${ms(r.app?.p95)} | ${ms(r.raw?.median)} | ${ms(r.raw?.p95)} | ${x(ratio)} | ${x(ratio95)} | ${r.app?.cpu === undefined ? '—' : `${ms(r.app.cpu)} · ${ms(r.raw?.cpu)}`} | ${target} | ${within === null ? '—' : within ? 'yes' : '**no**'} |`;
  });
  return [head, rule, ...lines].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
