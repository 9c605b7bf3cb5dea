// Crash test: a child process charts sessions through the real API and is killed with SIGKILL at a
// random moment, many times over. After every kill, each chart the child had acknowledged (printed
// after its commit) must be in the database, intact, with the audit chain unbroken.
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, TEST_KEY, tempDir, openRaw } from '../../db/testing';
import { rowCounts } from '../../db/backup';
import { BUILT_FOREIGN_WORKER } from '../../db/foreign-file';
import { checkAuditChain } from '../../db/verify';

const BUDGET_MS = Number(process.env.STIPPLE_CRASH_BUDGET_MS ?? 30_000);
const MAX_KILLS = Number(process.env.STIPPLE_CRASH_KILLS ?? 200);

const CACHE = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'stipple-crash');

function bundleWriter(entry = 'crash-writer'): string {
  // One bundled file starts in a fraction of the time tsx needs, so more kills fit in the budget.
  // Inside node_modules/.cache, so the bundle resolves better-sqlite3 from the project's node_modules.
  const outfile = path.join(CACHE, `${entry}-${process.pid}.mjs`);
  bundle(path.join(import.meta.dirname, `${entry}.ts`), outfile);
  // Restore checks the file on a worker, whose script sits beside the built code as in the app.
  if (entry === 'crash-restorer')
    bundle(path.join(import.meta.dirname, '..', '..', 'db', 'foreign-worker.ts'), path.join(CACHE, BUILT_FOREIGN_WORKER));
  return outfile;
}

function bundle(entry: string, outfile: string): void {
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

interface Round {
  acked: [number, number][];
  stderr: string;
}

function runAndKill(writer: string, dbFile: string, killAfterMs: number, extra: string[] = []): Promise<Round & { lines: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, dbFile, MIGRATIONS_FOLDER, ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STIPPLE_DB_KEY: TEST_KEY },
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
      resolve({ acked, stderr, lines: out.split('\n').slice(0, -1) });
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

      const db = openRaw(dbFile); // read-write, so SQLite recovers the WAL as the app would
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const sessions = new Map(
          (db.prepare('SELECT id, client_id AS clientId FROM sessions').all() as { id: number; clientId: number }[]).map((r) => [
            r.id,
            r.clientId,
          ]),
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
    console.log(
      `[crash] ${kills} SIGKILLs survived, ${acked.size} acknowledged charts, ${rowsChecked} rows checked in ${Date.now() - started} ms`,
    );
    fs.rmSync(writer, { force: true });
    expect(kills).toBeGreaterThanOrEqual(Math.min(MAX_KILLS, 15));
    expect(acked.size).toBeGreaterThan(kills); // most rounds got writes in before the kill
  }, 60_000);

  it('leaves exactly one whole backup in place when a restore is killed half way', async () => {
    const restorer = bundleWriter('crash-restorer');
    const dir = tempDir('stipple-crash-restore-');
    const dbFile = path.join(dir, 'chart.sqlite');
    // Two different clinics' worth of charts, A and B, written by the crash writer.
    const writer = bundleWriter();
    const snapshot = async (name: string, ms: number) => {
      await runAndKill(writer, dbFile, ms);
      const db = openRaw(dbFile);
      const file = path.join(dir, `${name}.sqlite`);
      db.prepare('VACUUM INTO ?').run(file);
      const counts = rowCounts(db);
      db.close();
      return { file, counts };
    };
    const a = await snapshot('A', 150);
    const b = await snapshot('B', 400);
    fs.rmSync(writer, { force: true });
    expect(b.counts.sessions).toBeGreaterThan(a.counts.sessions!);

    let kills = 0;
    let restoresSeen = 0;
    for (let round = 0; round < Number(process.env.STIPPLE_RESTORE_KILLS ?? 12); round++) {
      const r = await runAndKill(restorer, dbFile, 20 + Math.floor(Math.random() * 400), [a.file, b.file, path.join(dir, 'safety')]);
      expect(r.stderr).not.toMatch(/Error/);
      kills++;
      restoresSeen += r.lines.filter((l) => l.startsWith('restored ')).length;
      const db = openRaw(dbFile);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const counts = JSON.stringify(rowCounts(db));
        const match = [a, b].find((backup) => JSON.stringify(backup.counts) === counts);
        expect(match, `after kill ${kills} the database is neither A nor B: ${JSON.stringify(counts)}`).toBeDefined();
        expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().get()).toBe(2);
        expect(checkAuditChain(db).problem).toBeNull();
      } finally {
        db.close();
      }
    }
    if (restoresSeen === 0) {
      // On a loaded machine every kill can land before the first restore ends: one run is then let
      // finish, so the test still shows the restores it interrupted do complete.
      const r = await runAndKill(restorer, dbFile, 8_000, [a.file, b.file, path.join(dir, 'safety')]);
      restoresSeen += r.lines.filter((l) => l.startsWith('restored ')).length;
    }
    fs.rmSync(restorer, { force: true });
    console.log(`[crash] restore: ${kills} SIGKILLs during ${restoresSeen} completed restores; each time exactly one backup in place`);
    expect(restoresSeen).toBeGreaterThan(0);
  }, 60_000);
});
