// Timing and summary statistics for the benchmarks. Runs of the app path and of the raw-SQL
// baseline are interleaved, so both see the same noise on a shared machine.

export interface Timing {
  median: number;
  p95: number;
  runs: number;
  /** Mean CPU time (user + system) per run: what one idle core would take, whatever the load. */
  cpu?: number;
}

export function summarise(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), runs: s.length };
}

/** Times `app` and `raw` on each input in turn (app first on even runs, raw first on odd). */
export async function compare<T>(
  inputs: readonly T[],
  app: (input: T) => unknown,
  raw: (input: T) => unknown,
  warmup = Math.min(20, inputs.length),
): Promise<{ app: Timing; raw: Timing }> {
  for (let i = 0; i < warmup; i++) {
    await app(inputs[i]!);
    await raw(inputs[i]!);
  }
  const a: number[] = [];
  const r: number[] = [];
  const cpu = new Map<unknown, number>([
    [a, 0],
    [r, 0],
  ]);
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const order =
      i % 2 === 0
        ? ([
            [app, a],
            [raw, r],
          ] as const)
        : ([
            [raw, r],
            [app, a],
          ] as const);
    for (const [fn, out] of order) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await fn(input);
      out.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.set(out, cpu.get(out)! + (used.user + used.system) / 1000);
    }
  }
  return { app: { ...summarise(a), cpu: cpu.get(a)! / a.length }, raw: { ...summarise(r), cpu: cpu.get(r)! / r.length } };
}

export const ms = (n: number | null | undefined): string => (n == null ? '—' : n < 10 ? n.toFixed(2) : n.toFixed(1));
