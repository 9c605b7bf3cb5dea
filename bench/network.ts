// The clinic network's figures for `npm run bench`: a hub (network/hub.ts) on a copy of a demo
// clinic, its real encrypted file and TLS on 127.0.0.1, and workstations paired with it as a clinic
// pairs them (a code from the owner's workstations.pairingCode), each a workstationWindowApi over
// hubClient. Every figure is timed beside the same work done straight on the hub's API in this
// process (so the ratio is what the link costs), or, for the outbox, beside a bare durable insert of
// the same bytes. The outbox's laptop reaches the hub through network/testing-proxy.ts, cut as a
// pulled cable would be; the other workstations talk to the hub's port directly, as on a LAN.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ServerEvent } from '../api/contract/events';
import type { ApiClient } from '../api/dispatch';
import type { ApiResult } from '../api/result';
import { listBackups } from '../db/backup';
import { openKeyed, type DatabaseKey } from '../db/cipher';
import { backupFolderFor } from '../db/location';
import { MIGRATIONS_FOLDER } from '../db/testing';
import { startHub, type RunningHub } from '../network/hub';
import { hubClient, type HubLink } from '../network/hub-client';
import { pairWithHub } from '../network/pair-client';
import { cuttableProxy, type CuttableProxy } from '../network/testing-proxy';
import { workstationWindowApi, type WorkstationWindowApi } from '../network/workstation-window-api';
import { signInDemoOwner } from './demo';
import { DEMO_PIN } from './demo-setup';
import type { ChartSessionInput } from './raw-sql';
import type { Row } from './run';
import { compare, ms, summarise } from './stats';
import { chartIds, clientsReadyForSession2, typedPrefixes } from './workloads';

const OUTBOX_CHANGES = 100;
const SEND_ROUNDS = 3;
const DURABLE_SAVES = 100;
const BOARD_ROUNDS = 20;

interface Desk {
  /** What pairing gave it (address, pinned certificate, credential). */
  paired: HubLink;
  api: WorkstationWindowApi;
  window: string;
  call(channel: string, input: unknown): Promise<ApiResult<unknown>>;
}

const must = (channel: string, r: ApiResult<unknown>): unknown => {
  if (!r.ok) throw new Error(`${channel} failed in the network bench: ${JSON.stringify(r.error)}`);
  return r.data;
};

/** Resolves on the first event `match` accepts; rejects after `ms`. */
function nextEvent(listen: (l: (e: ServerEvent) => void) => () => void, match: (e: ServerEvent) => boolean, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching event within ${ms} ms`));
    }, ms);
    const stop = listen((e) => {
      if (!match(e)) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

const staleBoard = (e: ServerEvent) => e.type === 'stale' && (e.channels === 'all' || e.channels.includes('reception.board'));

/** The board shows a charted session 2 as its plan's next row (session 3) after a performed one. */
function boardShows(board: unknown, s: ChartSessionInput): boolean {
  const rows = (board as { rows: { key: string; previousPerformed: boolean }[] }).rows;
  return rows.some((r) => r.key === `${s.planId}:3` && r.previousPerformed);
}

async function firstBackup(file: string): Promise<void> {
  // A hub with no backup makes its first one at start, on its worker: let it finish before timing.
  const until = Date.now() + 60_000;
  while (listBackups(backupFolderFor(file)).length === 0) {
    if (Date.now() > until) throw new Error('the hub made no first backup within a minute');
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 300));
}

export async function networkBench(
  demoFile: string,
  key: DatabaseKey,
  clients: number,
  dir: string,
  log: (s: string) => void,
): Promise<Row[]> {
  const home = fs.mkdtempSync(path.join(dir, 'network-'));
  const hubFile = path.join(home, 'hub.sqlite');
  fs.copyFileSync(demoFile, hubFile);
  const closing: { close(): unknown }[] = [];
  const rows: Row[] = [];
  const started = performance.now();
  try {
    log(`network: a hub on a copy of the ${clients}-client clinic, TLS on 127.0.0.1…`);
    const hub: RunningHub = await startHub({
      dbFile: hubFile,
      databaseKey: key,
      migrationsFolder: MIGRATIONS_FOLDER,
      host: '127.0.0.1',
      port: 0,
      log: (m, e) => {
        if (!m.startsWith('paired a new workstation')) log(`hub: ${m}${e instanceof Error ? ` ${e.message}` : ''}`);
      },
    });
    closing.push(hub);
    await firstBackup(hubFile);
    const sqlite = hub.database.sqlite;
    const ownerId = sqlite.prepare("SELECT id FROM staff WHERE role = 'owner' AND active = 1 ORDER BY id LIMIT 1").pluck().get();
    // The baselines: the hub's own API in this process, on sessions of its own, signed in as the owner.
    const local = hub.root.client();
    await signInDemoOwner(local, sqlite);
    const localBoard = hub.root.client();
    await signInDemoOwner(localBoard, sqlite);
    const localCall = (c: ApiClient) => async (channel: string, input: unknown) => must(channel, await c.call(channel, input));

    const proxy: CuttableProxy = await cuttableProxy({ host: '127.0.0.1', port: hub.server.port });
    closing.push(proxy);
    const desk = async (name: string, through: 'lan' | 'proxy'): Promise<Desk> => {
      const { code } = (await localCall(local)('workstations.pairingCode', {})) as { code: string };
      const paired: HubLink = await pairWithHub({ address: through === 'proxy' ? proxy.address : hub.server.address, code, name });
      // Production's timings (a call while offline tries the hub again after 5 s); no background
      // copy or resend timer, so nothing but the bench's own traffic runs while it is timed.
      const api = workstationWindowApi({
        client: hubClient(paired),
        folder: path.join(home, name.replace(/\W+/g, '-')),
        key: crypto.randomBytes(32).toString('hex'),
        intervalMs: 0,
      });
      closing.push(api);
      const window = api.sessions.open();
      must('auth.signIn', await api.call('auth.signIn', { staffId: ownerId, pin: DEMO_PIN }, window));
      must('auth.status', await api.call('auth.status', {}, window));
      return { paired, api, window, call: (channel, input) => api.call(channel, input, window) };
    };
    const chair = await desk('Room 1 PC', 'lan');
    const reception = await desk('Reception PC', 'lan');
    const laptop = await desk('Room 2 laptop', 'proxy');
    const deskCall = (d: Desk) => async (channel: string, input: unknown) => must(channel, await d.call(channel, input));
    const chart = (s: ChartSessionInput) => ({ ...s, prepDone: true });

    // 1. Charted at a workstation, durable on the hub (its reply comes after the hub's commit).
    log('network: charting at a workstation, durable on the hub…');
    const tag = `net-${Date.now()}`;
    const warm = clientsReadyForSession2(sqlite, 20, `${tag}-warm`);
    for (const s of warm.slice(0, 10)) await deskCall(chair)('sessions.chart', chart(s));
    for (const s of warm.slice(10)) await localCall(local)('sessions.chart', chart(s));
    const forDesk = clientsReadyForSession2(sqlite, DURABLE_SAVES, `${tag}-desk`);
    const forHub = clientsReadyForSession2(sqlite, DURABLE_SAVES, `${tag}-hub`);
    rows.push({
      clients,
      operation: 'network: chart a session at a workstation, durable on the hub (sessions.chart over TLS)',
      ...(await compare(
        forDesk.map((d, i) => [d, forHub[i]!] as const),
        ([d]) => deskCall(chair)('sessions.chart', chart(d)),
        ([, h]) => localCall(local)('sessions.chart', chart(h)),
        0,
      )),
      target: 20,
      maxRatio: null,
      note: `baseline: the same call on the hub's API in its own process; ${DURABLE_SAVES} saves each`,
    });

    // 2. Seen on a second workstation's open board: the stale event arrives, the refetch shows it.
    log('network: a second workstation’s board seeing it…');
    const onReception = (l: (e: ServerEvent) => void) => reception.api.sessions.listen((id, e) => id === reception.window && l(e));
    const onLocalBoard = (l: (e: ServerEvent) => void) => hub.root.sessions.listen((id, e) => id === localBoard.sessionId && l(e));
    must('reception.board', await reception.call('reception.board', {}));
    await new Promise((r) => setTimeout(r, 300)); // the board's event stream is open, as in a window
    const seen = async (
      charting: (input: unknown) => Promise<unknown>,
      listen: typeof onReception,
      board: () => Promise<unknown>,
      s: ChartSessionInput,
    ) => {
      const heard = nextEvent(listen, staleBoard, 5000);
      await charting(chart(s));
      await heard;
      if (!boardShows(await board(), s)) throw new Error('the board refetched after the stale event does not show the session');
    };
    const toDesk = (s: ChartSessionInput) =>
      seen(
        (i) => deskCall(chair)('sessions.chart', i),
        onReception,
        () => deskCall(reception)('reception.board', {}),
        s,
      );
    const toHub = (s: ChartSessionInput) =>
      seen(
        (i) => localCall(local)('sessions.chart', i),
        onLocalBoard,
        () => localCall(localBoard)('reception.board', {}),
        s,
      );
    for (const s of clientsReadyForSession2(sqlite, 3, `${tag}-seen-warm-desk`)) await toDesk(s);
    for (const s of clientsReadyForSession2(sqlite, 3, `${tag}-seen-warm-hub`)) await toHub(s);
    const seenDesk = clientsReadyForSession2(sqlite, BOARD_ROUNDS, `${tag}-seen-desk`);
    const seenHub = clientsReadyForSession2(sqlite, BOARD_ROUNDS, `${tag}-seen-hub`);
    rows.push({
      clients,
      operation: 'network: charted at one workstation, on a second workstation’s open board (stale event + reception.board refetch)',
      ...(await compare(
        seenDesk.map((d, i) => [d, seenHub[i]!] as const),
        ([d]) => toDesk(d),
        ([, h]) => toHub(h),
        0,
      )),
      target: 500,
      maxRatio: null,
      note: `from the chart call to the refetched board showing it; baseline: two sessions on the hub's own API; ${BOARD_ROUNDS} sessions each`,
    });

    // 3. Search and chart open from a workstation.
    log('network: search and chart open from a workstation…');
    for (const kind of ['name', 'phone'] as const) {
      const keys = typedPrefixes(sqlite, kind, 40);
      rows.push({
        clients,
        operation: `network: search as you type from a workstation, ${kind === 'name' ? 'surname' : 'phone'} prefix (clients.search over TLS)`,
        ...(await compare(
          keys,
          (k) => deskCall(reception)('clients.search', { query: k.query, limit: 100 }),
          (k) => localCall(local)('clients.search', { query: k.query, limit: 100 }),
        )),
        target: 10,
        maxRatio: null,
        note: `baseline: the same call on the hub's API in its own process; ${keys.length} keystrokes`,
      });
    }
    const ids = chartIds(sqlite, 150);
    rows.push({
      clients,
      operation: 'network: open a whole chart from a workstation (clients.chart over TLS, kept in its copy)',
      ...(await compare(
        ids,
        (id) => deskCall(reception)('clients.chart', { id }),
        (id) => localCall(local)('clients.chart', { id }),
      )),
      target: 10,
      maxRatio: null,
      note: `baseline: the same call on the hub's API in its own process; ${ids.length} charts`,
    });

    // The same charts over the bare TLS client, with no workstation API (no copy kept): the link's own cost.
    const bare = hubClient(reception.paired);
    closing.push(bare);
    const bareSession = await bare.openSession('window');
    must('auth.signIn', await bare.call('auth.signIn', { staffId: ownerId, pin: DEMO_PIN }, bareSession));
    rows.push({
      clients,
      operation: 'network: open a whole chart, the TLS link alone (hubClient.call: no workstation API, nothing copied)',
      ...(await compare(
        ids,
        async (id) => must('clients.chart', await bare.call('clients.chart', { id }, bareSession)),
        (id) => localCall(local)('clients.chart', { id }),
      )),
      maxRatio: null,
      note: 'the row above less its copy of the chart, written with synchronous=FULL on the workstation',
    });

    // 4. The outbox: saves with the link cut, then sending 100 of them when it is back.
    log('network: the outbox, link cut and back…');
    const plainFile = path.join(home, 'plain-insert.sqlite');
    const plain = openKeyed(plainFile, crypto.randomBytes(32).toString('hex'));
    closing.push(plain);
    plain.pragma('journal_mode = WAL');
    plain.pragma('synchronous = FULL');
    plain.exec(
      'CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, channel TEXT NOT NULL, input TEXT NOT NULL, staff_id INTEGER, saved_at TEXT NOT NULL)',
    );
    const insert = plain.prepare('INSERT INTO changes (key, channel, input, staff_id, saved_at) VALUES (?, ?, ?, ?, ?)');
    const plainSave = (s: ChartSessionInput) =>
      insert.run(crypto.randomUUID(), 'sessions.chart', JSON.stringify(chart(s)), ownerId, new Date().toISOString());
    const queued = async (s: ChartSessionInput) => {
      const r = await laptop.call('sessions.chart', chart(s));
      if (r.ok || !r.error.queued) throw new Error(`not kept in the outbox: ${JSON.stringify(r)}`);
    };
    const saves: number[] = [];
    const plainSaves: number[] = [];
    const noticing: number[] = [];
    const sends: number[] = [];
    const hubSends: number[] = [];
    for (let round = -1; round < SEND_ROUNDS; round++) {
      const warmUp = round < 0; // one small round first: TLS sessions, the outbox's hub session
      const n = warmUp ? 5 : OUTBOX_CHANGES;
      const forOutbox = clientsReadyForSession2(sqlite, n, `${tag}-outbox-${round}`);
      const forHubSend = clientsReadyForSession2(sqlite, n, `${tag}-send-${round}`);
      proxy.set('refuse');
      // The first save after the cut finds the hub gone (connection refused at once on loopback).
      let t0 = performance.now();
      await queued(forOutbox[0]!);
      if (!warmUp) noticing.push(performance.now() - t0);
      // Interleaved with the bare insert, in turn first, as compare() does (its samples are kept over the rounds).
      for (const [i, s] of forOutbox.slice(1).entries()) {
        const both = [
          [() => queued(s), saves],
          [() => plainSave(s), plainSaves],
        ] as const;
        for (const [fn, out] of i % 2 === 0 ? both : [both[1], both[0]]) {
          const start = performance.now();
          await fn();
          if (!warmUp) out.push(performance.now() - start);
        }
      }
      // Each save kicks a resend in the background; the last one must have given up, link still cut.
      if ((await laptop.api.workstation.flush()).stopped !== 'unreachable')
        throw new Error('the outbox reached the hub through a cut link');
      const status = laptop.api.workstation.status();
      if (status.link !== 'offline' || status.waiting !== n) throw new Error(`outbox: ${JSON.stringify(status)}`);
      proxy.set('open');
      t0 = performance.now();
      const report = await laptop.api.workstation.flush();
      const sendMs = performance.now() - t0;
      if (report.sent !== n || report.refused !== 0) throw new Error(`sent ${report.sent} of ${n}, ${report.refused} refused`);
      t0 = performance.now();
      for (const s of forHubSend) await localCall(local)('sessions.chart', chart(s));
      const hubMs = performance.now() - t0;
      if (!warmUp) {
        sends.push(sendMs);
        hubSends.push(hubMs);
      }
    }
    const sentOnHub = sqlite
      .prepare(
        "SELECT count(*) FROM sessions s JOIN clients c ON c.id = s.client_id WHERE c.last_name LIKE ? AND s.status = 'performed' AND s.number = 2",
      )
      .pluck()
      .get(`${tag}-outbox-%`) as number;
    if (sentOnHub !== 5 + SEND_ROUNDS * OUTBOX_CHANGES) throw new Error(`the hub has ${sentOnHub} of the outbox's sessions`);
    rows.push({
      clients,
      operation: 'network: save a session chart to the outbox while the hub cannot be reached (encrypted, synchronous=FULL)',
      app: summarise(saves),
      raw: summarise(plainSaves),
      target: 10,
      maxRatio: null,
      note: `baseline: a bare synchronous=FULL insert of the same JSON into an encrypted WAL file; ${saves.length} saves in ${SEND_ROUNDS} rounds; the first save after each cut, which finds the hub gone: ${noticing.map((x) => ms(x)).join(', ')} ms`,
    });
    rows.push({
      clients,
      operation: `network: send a ${OUTBOX_CHANGES}-change outbox when the link is back (flush over TLS)`,
      app: summarise(sends),
      raw: summarise(hubSends),
      target: 2000,
      maxRatio: null,
      note: `${SEND_ROUNDS} rounds, p95 column = the slowest; baseline: the same ${OUTBOX_CHANGES} charts on the hub's API in its own process, one after another`,
    });
    log(`network: done in ${ms((performance.now() - started) / 1000)} s`);
    return rows;
  } finally {
    for (const c of closing.reverse()) await c.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
