// Crash test: a child process charts sessions through the real API and is killed with SIGKILL at a
// random moment, many times over. After every kill, each chart the child had acknowledged (printed
// after its commit) must be in the database, intact, with the audit chain unbroken.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, tempDir } from './testing';
import { checkAuditChain } from './verify';

const BUDGET_MS = Number(process.env.STIPPLE_CRASH_BUDGET_MS ?? 35_000);
const MAX_KILLS = Number(process.env.STIPPLE_CRASH_KILLS ?? 200);

function bundleWriter(): string {
  // One bundled file starts in a fraction of the time tsx needs, so more kills fit in the budget.
  // Inside node_modules/.cache, so the bundle resolves better-sqlite3 from the project's node_modules.
  const outfile = path.resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'stipple-crash', `writer-${process.pid}.mjs`);
  buildSync({
    entryPoints: [path.join(import.meta.dirname, 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

interface Round {
  acked: [number, number][];
  stderr: string;
}

function runAndKill(writer: string, dbFile: string, killAfterMs: number): Promise<Round> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, dbFile, MIGRATIONS_FOLDER], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // Count the delay from "ready" so every round kills mid-write, not mid-startup only.
      if (timer === null && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const fallback = setTimeout(() => child.kill('SIGKILL'), killAfterMs + 5000);
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      clearTimeout(fallback);
      const acked = out
        .split('\n')
        .filter((l) => l.startsWith('ack '))
        .map((l) => l.split(' ').slice(1).map(Number) as [number, number]);
      resolve({ acked, stderr });
    });
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged chart through repeated SIGKILLs, with the database intact', async () => {
    const writer = bundleWriter();
    const dbFile = path.join(tempDir('stipple-crash-'), 'chart.sqlite');
    const acked = new Map<number, number>();
    let kills = 0;
    let rowsChecked = 0;
    const started = Date.now();
    while (Date.now() - started < BUDGET_MS && kills < MAX_KILLS) {
      // Random moments: some right after start, most in the middle of a stream of writes.
      const killAfter = Math.floor(Math.random() * (Math.random() < 0.2 ? 15 : 250));
      const round = await runAndKill(writer, dbFile, killAfter);
      expect(round.stderr).not.toMatch(/Error/);
      kills++;
      for (const [clientId, sessionId] of round.acked) acked.set(sessionId, clientId);

      const db = new Database(dbFile); // read-write, so SQLite recovers the WAL as the app would
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const sessions = new Map(
          (db.prepare('SELECT id, client_id AS clientId FROM sessions').all() as { id: number; clientId: number }[]).map((r) => [r.id, r.clientId]),
        );
        for (const [sessionId, clientId] of acked) {
          expect(sessions.get(sessionId), `acknowledged session ${sessionId}`).toBe(clientId);
          rowsChecked++;
        }
        const audit = checkAuditChain(db);
        expect(audit.problem).toBeNull();
        rowsChecked += audit.entries;
      } finally {
        db.close();
      }
    }
    console.log(`[crash] ${kills} SIGKILLs survived, ${acked.size} acknowledged charts, ${rowsChecked} rows checked in ${Date.now() - started} ms`);
    fs.rmSync(writer, { force: true });
    expect(kills).toBeGreaterThanOrEqual(Math.min(MAX_KILLS, 15));
    expect(acked.size).toBeGreaterThan(kills); // most rounds got writes in before the kill
  }, 60_000);
});
