// Where the book's week spends its time in Chromium, for whoever makes it faster: reloads the week
// view (full, then empty) under a Chrome performance trace with JS sampling, and prints, for the
// span from the book.range answer arriving to the frame that shows the bookings, the main thread's
// time by trace event (script, style, layout, paint) and the functions with the most self time.
// `npx tsx bench/book-profile.ts --db <demo file> [--runs 3] [--empty]` (the demo file as for
// `npm run bench:browser -- --book --db`). Not part of `npm run bench`: it reports no target.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MIGRATIONS_DIR, RENDERER_OUT_DIR } from '../browser-host/build-renderer';
import { startBrowserHost } from '../browser-host/server';
import { signInContext } from '../tests/e2e/harness';
import { installProbe, type Probe } from './browser-probe';
import { signInDemoOwner } from './demo';
import { DEMO_PIN } from './demo-setup';
import { fillDemoBookWeek, FULL_WEEK_MONDAY } from './demo-book-week';
import { launchBenchChromium } from './bench-chromium';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; cat: string; args?: TraceArgs };
type TraceArgs = {
  name?: string;
  elementCount?: number;
  beginData?: { totalObjects?: number; dirtyObjects?: number };
  data?: { startTime?: number; cpuProfile?: unknown; timeDeltas?: number[] };
};
type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };

async function main() {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, runs: { type: 'string', default: '3' }, empty: { type: 'boolean', default: false } },
  });
  if (!values.db) throw new Error('--db <demo file> is needed');
  const host = await startBrowserHost({
    dbFile: values.db,
    rendererDir: RENDERER_OUT_DIR,
    migrationsFolder: MIGRATIONS_DIR,
    log: () => {},
  });
  const { context, profile } = await launchBenchChromium('profile');
  try {
    await signInDemoOwner(host.api, host.database.sqlite);
    await signInContext(context, host, host.api.actorId!, DEMO_PIN);
    await fillDemoBookWeek(host.api, host.database.sqlite);
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await context.addInitScript(installProbe, []);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const monday = values.empty ? '2027-01-11' : FULL_WEEK_MONDAY;
    const shown = values.empty ? 'Demo Practitioner 6' : null;
    const r = await host.api.call('book.range', {
      from: new Date(`${monday}T00:00:00`).toISOString(),
      to: new Date(Date.parse(`${monday}T00:00:00`) + 7 * 86_400_000).toISOString(),
    });
    if (!r.ok) throw new Error(r.error.message);
    const data = r.data as { practitioners: { name: string }[]; bookings: { clientName: string; startsAt: string }[] };
    const text = shown ?? data.bookings.find((b) => new Date(b.startsAt).getUTCHours() >= 8)!.clientName;
    const byEvent = new Map<string, number>();
    const bySelf = new Map<string, number>();
    const byCaller = new Map<string, number>();
    const byTotal = new Map<string, number>();
    let spans = 0;
    const runs = Number(values.runs);
    for (let i = 0; i <= runs; i++) {
      const address = `${host.origin}/?token=${encodeURIComponent(host.token)}&run=p${i}#/reception/book?date=${monday}&view=week`;
      const events: TraceEvent[] = [];
      const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
      cdp.on('Tracing.dataCollected', collect);
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      if (i > 0)
        await cdp.send('Tracing.start', {
          categories:
            'devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler',
          options: 'sampling-frequency=10000',
          transferMode: 'ReportEvents',
        });
      await page.goto(address, { waitUntil: 'commit' }).catch(() => page.goto(address, { waitUntil: 'commit' }));
      const drawn = await page.evaluate(
        (t) => (window as unknown as { __stippleProbe: Probe }).__stippleProbe.waitFor('book-week', [t], 0),
        text,
      );
      const arrived = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/book.range'));
        performance.mark('profile-anchor');
        return [(entries.at(-1) as PerformanceResourceTiming).responseEnd, performance.getEntriesByName('profile-anchor')[0]!.startTime];
      });
      if (i === 0) continue;
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', collect);
      const anchor = events.find((e) => e.name === 'profile-anchor' && e.cat.includes('user_timing'));
      if (!anchor) throw new Error('no anchor in the trace');
      const toTs = (ms: number) => anchor.ts - (arrived[1]! - ms) * 1000;
      const from = toTs(arrived[0]!);
      const to = toTs(drawn);
      console.log(`run ${i}: ${(drawn - arrived[0]!).toFixed(1)} ms after data`);
      spans += (to - from) / 1000;
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
      // Self time by event name, clipped to the span.
      onMain.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const stack: TraceEvent[] = [];
      const self = new Map<TraceEvent, number>();
      for (const e of onMain) {
        while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
        const clip = Math.max(0, Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from));
        self.set(e, (self.get(e) ?? 0) + clip);
        const parent = stack.at(-1);
        if (parent) self.set(parent, (self.get(parent) ?? 0) - clip);
        stack.push(e);
      }
      const layouts = onMain.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts + e.dur! > from && e.ts < to);
      console.log(
        '  ' +
          layouts
            .map(
              (e) =>
                `${e.name === 'Layout' ? 'L' : 'S'}${(e.dur! / 1000).toFixed(1)}${e.args?.beginData?.totalObjects ? `/${e.args.beginData.dirtyObjects}of${e.args.beginData.totalObjects}` : ''}${e.args?.elementCount ? `/${e.args.elementCount}el` : ''}`,
            )
            .join(' '),
      );
      for (const [e, us] of self) byEvent.set(e.name, (byEvent.get(e.name) ?? 0) + us / 1000);
      // JS samples: the profile's chunks on the main thread.
      const nodes = new Map<number, CallFrame>();
      const parents = new Map<number, number>();
      let t = 0;
      for (const e of events) {
        if (e.name === 'Profile' && main && e.pid === main.pid) t = e.args?.data?.startTime ?? t;
        if (e.name !== 'ProfileChunk' || !main || e.pid !== main.pid) continue;
        const cp = (e.args?.data?.cpuProfile ?? {}) as { nodes?: { id: number; callFrame: CallFrame }[]; samples?: number[] };
        for (const n of (cp.nodes ?? []) as { id: number; callFrame: CallFrame; parent?: number }[]) {
          nodes.set(n.id, n.callFrame);
          if (n.parent !== undefined) parents.set(n.id, n.parent);
        }
        const deltas = e.args?.data?.timeDeltas ?? [];
        (cp.samples ?? []).forEach((id, k) => {
          const prev = t;
          t += deltas[k] ?? 0;
          if (t < from || t > to) return;
          const f = nodes.get(id);
          const name = f ? `${f.functionName || '(anon)'} ${path.basename(f.url ?? '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '?';
          bySelf.set(name, (bySelf.get(name) ?? 0) + (t - prev) / 1000);
          const seen = new Set<string>();
          for (let p: number | undefined = id; p !== undefined; p = parents.get(p)) {
            const c = nodes.get(p);
            if (!c) continue;
            const key = `${c.functionName || '(anon)'} ${path.basename(c.url ?? '')}:${c.lineNumber + 1}:${c.columnNumber + 1}`;
            if (seen.has(key)) continue;
            seen.add(key);
            byTotal.set(key, (byTotal.get(key) ?? 0) + (t - prev) / 1000);
          }
          if (f && !f.url) {
            // A native call (layout read, style read): the chain of callers that asked for it.
            const chain: string[] = [];
            for (let p = parents.get(id); p !== undefined && chain.length < 6; p = parents.get(p)) {
              const c = nodes.get(p);
              if (c) chain.push(`${c.functionName || '(anon)'}:${c.lineNumber + 1}:${c.columnNumber + 1}`);
            }
            const key = `${f.functionName} <- ${chain.join(' <- ')}`;
            byCaller.set(key, (byCaller.get(key) ?? 0) + (t - prev) / 1000);
          }
        });
      }
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${(v / runs).toFixed(1).padStart(7)} ms  ${k}`);
    console.log(`\nmean span ${(spans / runs).toFixed(1)} ms; main thread self time by event (per run):`);
    console.log(top(byEvent, 20).join('\n'));
    console.log('\nJS self time by function (per run):');
    console.log(top(bySelf, 45).join('\n'));
    console.log('\nJS total time by function (per run):');
    console.log(top(byTotal, 60).join('\n'));
    console.log('\nnative calls by caller (per run):');
    console.log(top(byCaller, 15).join('\n'));
  } finally {
    await context.close();
    await host.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
