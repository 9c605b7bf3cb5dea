// Time to make an aftercare sheet PDF. Cold: the first sheet in a fresh process, fonts included
// (module loading reported apart). Warm: the median of repeated sheets in this process.
// Targets: under 300 ms cold, under 50 ms warm.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderSheetToBuffer } from '../renderer/src/pdf/renderOnNode';
import { sampleSheet } from './aftercare-sheet-data';

export interface SheetTiming {
  coldMs: number;
  warmMs: number;
  importMs: number;
  /** CPU time of the same work: close to the wall time on an idle machine, steady on a busy one. */
  coldCpuMs: number;
  warmCpuMs: number;
}

const COLD_SCRIPT = fileURLToPath(new URL('./aftercare-sheet-cold.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url)); // where `--import tsx` resolves

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const aftercareSheetBench = {
  name: 'aftercare sheet PDF',
  targets: { coldMs: 300, warmMs: 50 },
  async run(repeats = 20): Promise<SheetTiming> {
    const cold = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', COLD_SCRIPT], { encoding: 'utf8', cwd: ROOT })) as {
      importMs: number;
      coldMs: number;
      coldCpuMs: number;
    };
    const data = sampleSheet();
    await renderSheetToBuffer(data); // warm-up: fonts and layout engine loaded in this process
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      await renderSheetToBuffer({ ...data, session: { ...data.session, date: `2026-11-${String(1 + i).padStart(2, '0')}` } });
      const used = process.cpuUsage(startCpu);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    return { coldMs: cold.coldMs, importMs: cold.importMs, warmMs: median(times), coldCpuMs: cold.coldCpuMs, warmCpuMs: median(cpu) };
  },
};

// `npx tsx bench/aftercare-sheet.bench.ts` runs it alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await aftercareSheetBench.run();
  const verdict = (ms: number, target: number) => `${ms.toFixed(1)} ms (target < ${target} ms: ${ms < target ? 'met' : 'MISSED'})`;
  console.log(`aftercare sheet: cold ${verdict(r.coldMs, 300)}, warm ${verdict(r.warmMs, 50)}; module load ${r.importMs.toFixed(0)} ms`);
  console.log(
    `  CPU time: cold ${r.coldCpuMs.toFixed(1)} ms, warm ${r.warmCpuMs.toFixed(1)} ms (load average now ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
  );
}
