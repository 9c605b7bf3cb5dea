// The faults a clinic network must survive, each with real SQLite files: half a day offline at two
// workstations, a whole outbox sent twice, a workstation killed while it kept changes, the hub
// restarted in the middle of sending.
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../api/dispatch';
import { MIGRATIONS_FOLDER, openTestDatabase, tempDir, TEST_KEY } from '../db/testing';
import { verifyDatabaseFile } from '../db/verify';
import { fakeHub } from './fake-hub';
import { openOutbox } from './outbox';
import { createWorkstationApi } from './workstation-api';
import { chartInput, clinicHub, PINS, workstation, WORKSTATION_KEY, type Clinic, type Desk } from './testing-clinic';

let clinic: Clinic | null = null;
const desks: Desk[] = [];
afterEach(() => {
  for (const d of desks.splice(0)) d.ws.close();
  clinic?.close();
  clinic = null;
});
function desk(c: Clinic, folder?: string): Desk {
  const d = workstation(c, folder);
  desks.push(d);
  return d;
}

interface Charted {
  client: number;
  batch: string;
  staff: number | null;
  at: string;
}
const charted = (c: Clinic) =>
  c.rows<Charted>(
    `SELECT s.client_id AS client, s.pigment_batch AS batch, a.staff_id AS staff, a.at
       FROM sessions s JOIN audit_log a ON a.entity = 'session' AND a.entity_id = CAST(s.id AS TEXT) AND a.action = 'chart'
      WHERE s.status = 'performed' ORDER BY s.pigment_batch`,
  );

describe('half a clinic day with the hub unreachable', () => {
  it('two workstations chart 20 sessions; when the hub is back each arrives once, audited with who charted and when they saved', async () => {
    const c = (clinic = await clinicHub(20));
    const a = desk(c);
    const b = desk(c);
    const jo = await a.window(c.jo, PINS.jo);
    const kim = await b.window(c.kim, PINS.kim);
    a.link.cut('before');
    b.link.cut('before');
    const saved = new Map<string, { staff: number; from: number; to: number }>();
    for (let i = 0; i < 20; i++) {
      const [d, window, staff] = i % 2 ? [b, kim, c.kim] : [a, jo, c.jo];
      const batch = `OFF-${String(i).padStart(2, '0')}`;
      const from = Date.now();
      const r = await d.call('sessions.chart', chartInput(c.clients[i]!, { pigmentBatch: batch }), window);
      expect(r.ok || r.error.queued).toBe(true);
      saved.set(batch, { staff, from, to: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, 2)); // distinct saved-at times
    }
    expect(a.ws.status().waiting).toBe(10);
    expect(b.ws.status().waiting).toBe(10);
    expect(charted(c)).toEqual([]);

    // The hub is back; one workstation's link drops again half way through its burst.
    a.link.cut('none');
    b.link.cut('none');
    b.link.cutAfterCalls(4, 'after');
    await Promise.all([a.ws.flush(), b.ws.flush()]);
    expect(b.ws.status().waiting).toBeGreaterThan(0);
    b.link.cut('none');
    await b.ws.flush();

    const rows = charted(c);
    expect(rows.map((r) => r.batch)).toEqual([...saved.keys()].sort());
    for (const row of rows) {
      const s = saved.get(row.batch)!;
      expect(row.staff).toBe(s.staff);
      expect(Date.parse(row.at)).toBeGreaterThanOrEqual(s.from);
      expect(Date.parse(row.at)).toBeLessThanOrEqual(s.to);
    }
    for (const d of [a, b]) expect(d.ws.status()).toMatchObject({ link: 'connected', waiting: 0, needsAttention: [] });
    c.close();
    clinic = null;
    const report = verifyDatabaseFile(c.file, MIGRATIONS_FOLDER, TEST_KEY);
    expect(report.problems).toEqual([]);
  });

  it('a whole outbox sent again (a copy of the folder from before it was sent) applies nothing', async () => {
    const c = (clinic = await clinicHub(5));
    const a = desk(c);
    const jo = await a.window(c.jo, PINS.jo);
    a.link.cut('before');
    for (const id of c.clients) await a.call('sessions.chart', chartInput(id), jo);
    await a.call('drafts.save', { clientId: c.clients[0]!, form: 'intake', data: { a: 1 } }, jo);
    await a.call('drafts.save', { clientId: c.clients[0]!, form: 'intake', data: { a: 2 } }, jo); // replaces the first
    expect(a.ws.status().waiting).toBe(5); // the header counts the sessions; the draft goes with them
    const copy = tempDir('stipple-ws-copy-');
    for (const f of fs.readdirSync(a.folder)) fs.copyFileSync(path.join(a.folder, f), path.join(copy, f));
    a.link.cut('none');
    expect(await a.ws.flush()).toMatchObject({ sent: 6, refused: 0 });
    const counts = { sessions: c.count('sessions'), audit: c.count('audit_log'), drafts: c.count('drafts') };
    const replay = desk(c, copy);
    expect(replay.ws.status().waiting).toBe(5);
    expect(await replay.ws.flush()).toMatchObject({ sent: 6, refused: 0 });
    expect({ sessions: c.count('sessions'), audit: c.count('audit_log'), drafts: c.count('drafts') }).toEqual(counts);
    expect(c.rows<{ data: string }>('SELECT data FROM drafts')).toEqual([{ data: '{"a":2}' }]);
  });

  it('the hub restarting while the outbox is sent: its sessions end, the device opens a new one, nothing lost or doubled', async () => {
    const c = (clinic = await clinicHub(6));
    const a = desk(c);
    const jo = await a.window(c.jo, PINS.jo);
    a.link.cut('before');
    for (const id of c.clients) await a.call('sessions.chart', chartInput(id), jo);
    a.link.cut('none');
    a.link.cutAfterCalls(3, 'after'); // the hub dies with the third reply unsent
    await a.ws.flush();
    await c.restart();
    a.link.replace(c.api);
    a.link.cut('none');
    expect((await a.ws.flush()).stopped).toBeNull();
    expect(charted(c)).toHaveLength(6);
    expect(a.ws.status().waiting).toBe(0);
  });
});

describe('a workstation killed while it keeps changes', () => {
  it('after SIGKILL every change it acknowledged is in its outbox, in order, and goes to the hub once', async () => {
    // A hub where nobody has a PIN yet (the child charts as nobody), with a client per change.
    const open = await openTestDatabase();
    const hub = createApi(open, { migrationsFolder: MIGRATIONS_FOLDER, tasks: 'inline' });
    const root = hub.client();
    const clients: number[] = [];
    for (let i = 0; i < 300; i++) {
      const r = await root.call('clients.create', { firstName: `Kill${i}`, lastName: 'Test' });
      if (r.ok) clients.push((r.data as { id: number }).id);
    }
    const folder = tempDir('stipple-ws-kill-');
    const outfile = path.resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'stipple-crash', `outbox-kill-${process.pid}.mjs`);
    buildSync({
      entryPoints: [path.join(import.meta.dirname, 'outbox-kill-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3'],
      outfile,
      logLevel: 'silent',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    let acked = 0;
    let total = 0;
    for (let round = 0; round < 3; round++) {
      // Each round charts its own hundred clients (one session each).
      const child = spawn(process.execPath, [outfile, folder, WORKSTATION_KEY, clients.join(','), String(round * 100)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if ((out.match(/^ack /gm)?.length ?? 0) >= 5 + round * 3) child.kill('SIGKILL');
        });
        child.on('close', () => resolve());
      });
      expect(err).toBe('');
      const lines = out.split('\n').filter((l) => l.startsWith('ack '));
      expect(lines.length).toBeLessThan(100);
      const outbox = openOutbox(folder, WORKSTATION_KEY);
      const numbers = outbox.pending().map((e) => Number((e.input as { pigmentBatch: string }).pigmentBatch.slice(5)));
      outbox.close();
      for (const line of lines) expect(numbers).toContain(Number(line.slice(4)));
      expect(numbers).toEqual([...numbers].sort((x, y) => x - y)); // in the order they were saved
      expect(new Set(numbers).size).toBe(numbers.length);
      total = numbers.length;
      acked += lines.length;
    }
    expect(total).toBeGreaterThanOrEqual(acked); // every acknowledged one, and perhaps one kept just before the kill
    const link = fakeHub(hub);
    const ws = createWorkstationApi({ transport: link, folder, key: WORKSTATION_KEY, intervalMs: 0, retryAfterMs: 0 });
    try {
      expect(ws.status().waiting).toBe(total);
      link.cutAfterCalls(Math.floor(total / 2), 'after'); // and the link drops half way
      await ws.flush();
      link.cut('none');
      expect(await ws.flush()).toMatchObject({ refused: 0, stopped: null });
      const performed = open.sqlite.prepare("SELECT pigment_batch FROM sessions WHERE status = 'performed'").pluck().all() as string[];
      expect(performed).toHaveLength(total);
      expect(new Set(performed).size).toBe(total);
      expect(ws.status()).toMatchObject({ waiting: 0, needsAttention: [] });
    } finally {
      ws.close();
      open.close();
    }
  });
});
