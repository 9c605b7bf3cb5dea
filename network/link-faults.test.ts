// A workstation window's API on the real link: a hub on a real encrypted file, TLS with the pinned
// certificate, through a proxy on 127.0.0.1 the test cuts as a pulled cable would. Changes made
// while the link is down wait in the outbox and arrive once, audited as who saved them and when.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../api/contract/events';
import { MIGRATIONS_FOLDER, TEST_KEY, tempDir } from '../db/testing';
import { startHub, type RunningHub } from './hub';
import { hubClient } from './hub-client';
import { pairWithHub } from './pair-client';
import { chartInput, WORKSTATION_KEY } from './testing-clinic';
import { cuttableProxy, type CuttableProxy } from './testing-proxy';
import { workstationWindowApi, type WorkstationWindowApi } from './workstation-window-api';

const running: { close(): unknown }[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.close();
});

interface Setup {
  hub: RunningHub;
  proxy: CuttableProxy;
  practitioner: number;
  clientId: number;
  desk(name: string, timers?: { intervalMs: number; waitingIntervalMs: number }): Promise<WorkstationWindowApi>;
  rows<T>(sql: string, ...params: unknown[]): T[];
  /** A call as the owner at the hub's own window. */
  owner(channel: string, input: unknown): Promise<Record<string, unknown>>;
}

async function setUp(): Promise<Setup> {
  const hub = await startHub({
    dbFile: path.join(tempDir('stipple-hub-'), 'chart.sqlite'),
    databaseKey: TEST_KEY,
    migrationsFolder: MIGRATIONS_FOLDER,
    host: '127.0.0.1',
    port: 0,
    checkOutputs: true,
    log: () => {},
  });
  running.push(hub);
  const proxy = await cuttableProxy({ host: '127.0.0.1', port: hub.server.port });
  running.push(proxy);
  const root = hub.root.client();
  const ok = async (channel: string, input: unknown) => {
    const r = await root.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data as Record<string, unknown>;
  };
  await ok('auth.setupOwner', { name: 'Jo Owner', pin: '1111', confirmPin: '1111' });
  const practitioner = (await ok('staff.create', { name: 'Pat Chair', role: 'practitioner' })).id as number;
  await ok('auth.setPin', { staffId: practitioner, pin: '2222' });
  const clientId = (await ok('clients.create', { firstName: 'Sam', lastName: 'Okafor' })).id as number;
  await ok('sessions.book', { clientId, bookedFor: new Date().toISOString(), outsideWindowReason: 'first visit' });
  return {
    hub,
    proxy,
    practitioner,
    clientId,
    async desk(name, timers = { intervalMs: 0, waitingIntervalMs: 0 }) {
      const { code } = (await ok('workstations.pairingCode', {})) as { code: string };
      const link = await pairWithHub({ address: proxy.address, code, name });
      const api = workstationWindowApi({
        client: hubClient(link, { timeoutMs: 1500 }),
        folder: tempDir('stipple-ws-'),
        key: WORKSTATION_KEY,
        retryAfterMs: 0,
        ...timers,
      });
      running.push(api);
      return api;
    },
    rows: <T>(sql: string, ...params: unknown[]) => hub.database.sqlite.prepare(sql).all(...params) as T[],
    owner: ok,
  };
}

async function signedInWindow(api: WorkstationWindowApi, staffId: number, pin: string): Promise<string> {
  const w = api.sessions.open();
  expect(await api.call('auth.signIn', { staffId, pin }, w)).toMatchObject({ ok: true });
  expect(await api.call('auth.status', {}, w)).toMatchObject({ ok: true });
  return w;
}

const performed = (s: Setup) =>
  s.rows<{ id: number; batch: string }>(
    "SELECT id, pigment_batch AS batch FROM sessions WHERE client_id = ? AND status = 'performed' ORDER BY id",
    s.clientId,
  );

describe('a workstation window on a link that is cut', () => {
  it('charts through the hub, keeps a session charted with the cable out, and sends it once when the link is back', async () => {
    const s = await setUp();
    const api = await s.desk('Room 1 laptop');
    const w = await signedInWindow(api, s.practitioner, '2222');
    const heard: ServerEvent[] = [];
    api.sessions.listen((id, e) => id === w && heard.push(e));
    expect(await api.call('clients.chart', { id: s.clientId }, w)).toMatchObject({ ok: true }); // copied for offline

    s.proxy.set('refuse');
    const before = Date.now();
    const queued = await api.call('sessions.chart', chartInput(s.clientId, { pigmentBatch: 'OFF-1' }), w);
    expect(queued).toMatchObject({ ok: false, error: { code: 'unavailable', queued: true } });
    expect(api.workstation.status()).toMatchObject({ link: 'offline', waiting: 1 });
    expect(performed(s)).toEqual([]);
    // Reads come from the copy; what cannot be done offline says why, and nothing is written.
    expect(await api.call('clients.chart', { id: s.clientId }, w)).toMatchObject({ ok: true, data: { client: { id: s.clientId } } });
    expect(await api.call('deposits.add', { planId: 1, amountMinor: 5000 }, w)).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(/Payments and deposits need the hub/) },
    });
    // Bad input is refused by the same contract, with the field named, and nothing is queued.
    const bad = await api.call('sessions.chart', chartInput(s.clientId, { zones: [] }), w);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { zones: expect.any(String) } } });
    expect(api.workstation.status().waiting).toBe(1);
    await new Promise((r) => setTimeout(r, 20));

    s.proxy.set('open');
    expect(await api.workstation.flush()).toMatchObject({ sent: 1, refused: 0, stopped: null });
    expect(performed(s).map((r) => r.batch)).toEqual(['OFF-1']);
    const [audit] = s.rows<{ staffId: number; at: string }>(
      "SELECT staff_id AS staffId, at FROM audit_log WHERE entity = 'session' AND action = 'chart'",
    );
    expect(audit!.staffId).toBe(s.practitioner); // who charted, not the device
    expect(Date.parse(audit!.at)).toBeGreaterThanOrEqual(before - 5);
    expect(Date.parse(audit!.at)).toBeLessThan(Date.now() - 10); // when it was saved, not when it arrived
    expect(api.workstation.status()).toMatchObject({ link: 'connected', waiting: 0, needsAttention: [] });
    // The window hears that the chart and the board are stale, and is still signed in at the hub.
    await expect.poll(() => heard.some((e) => e.type === 'stale')).toBe(true);
    expect(await api.call('clients.chart', { id: s.clientId }, w)).toMatchObject({
      ok: true,
      data: { sessions: expect.arrayContaining([expect.objectContaining({ pigmentBatch: 'OFF-1', status: 'performed' })]) },
    });
    expect(await api.workstation.flush()).toMatchObject({ sent: 0 });
    expect(performed(s)).toHaveLength(1);
  });

  it('with the cable out, the header stays "Offline": the outbox shows "Sending" only once the hub answers', async () => {
    const s = await setUp();
    const api = await s.desk('Room 3 laptop');
    const w = await signedInWindow(api, s.practitioner, '2222');
    expect(await api.workstation.flush()).toMatchObject({ sent: 0, stopped: null }); // the outbox's hub session is open
    const links: string[] = [];
    api.workstation.onEvent(() => links.push(api.workstation.status().link));
    s.proxy.set('refuse');
    const queued = await api.call('sessions.chart', chartInput(s.clientId, { pigmentBatch: 'OFF-1' }), w);
    expect(queued).toMatchObject({ error: { queued: true } });
    expect(await api.workstation.flush()).toMatchObject({ sent: 0, stopped: 'unreachable' }); // as every later save kicks one
    expect(links).toContain('offline');
    expect(links).not.toContain('sending');
    s.proxy.set('open');
    expect(await api.workstation.flush()).toMatchObject({ sent: 1, stopped: null });
    expect(links).toContain('sending');
    expect(api.workstation.status()).toMatchObject({ link: 'connected', waiting: 0 });
  });

  it('resends with the cable out ask the hub each time: the header stays offline, and a draft saved twice goes once', async () => {
    const s = await setUp();
    const api = await s.desk('Room 3 laptop');
    const w = await signedInWindow(api, s.practitioner, '2222');
    expect(await api.workstation.flush()).toMatchObject({ stopped: null }); // the device's own session is open at the hub
    s.proxy.set('refuse');
    const links: string[] = [];
    api.workstation.onEvent(() => links.push(api.workstation.status().link));
    expect(await api.call('sessions.chart', chartInput(s.clientId), w)).toMatchObject({ ok: false, error: { queued: true } });
    await api.call('drafts.save', { clientId: s.clientId, form: 'intake', data: { a: 1 } }, w);
    // The interval's resends: the session opened before the cable went is no proof the hub is there.
    expect(await api.workstation.flush()).toMatchObject({ sent: 0, stopped: 'unreachable' });
    expect(await api.workstation.flush()).toMatchObject({ sent: 0, stopped: 'unreachable' });
    await api.call('drafts.save', { clientId: s.clientId, form: 'intake', data: { a: 2 } }, w); // replaces the one not sent
    expect(links).not.toContain('sending');
    expect(links).not.toContain('connected');
    expect(api.workstation.status()).toMatchObject({ link: 'offline', waiting: 1 }); // the session; drafts are not counted

    s.proxy.set('open');
    expect(await api.workstation.flush()).toMatchObject({ sent: 2, refused: 0, stopped: null });
    expect(api.workstation.status()).toMatchObject({ link: 'connected', waiting: 0 });
    expect(performed(s)).toHaveLength(1);
    expect(s.rows<{ data: string }>('SELECT data FROM drafts')).toEqual([{ data: '{"a":2}' }]);
  });

  it('the reply lost after the hub committed: kept with its key, and the resend applies nothing new', async () => {
    const s = await setUp();
    const api = await s.desk('Room 2 laptop');
    const w = await signedInWindow(api, s.practitioner, '2222');
    s.proxy.set('drop-replies');
    const r = await api.call('sessions.chart', chartInput(s.clientId, { pigmentBatch: 'LOST-1' }), w);
    expect(r).toMatchObject({ ok: false, error: { queued: true } });
    expect(performed(s).map((x) => x.batch)).toEqual(['LOST-1']); // the hub has it; the workstation cannot know
    const audit = s.rows('SELECT id FROM audit_log').length;
    s.proxy.set('open');
    expect(await api.workstation.flush()).toMatchObject({ sent: 1, refused: 0 });
    expect(performed(s)).toHaveLength(1);
    expect(s.rows('SELECT id FROM audit_log')).toHaveLength(audit);
    expect(s.rows("SELECT key FROM change_keys WHERE channel = 'sessions.chart'")).toHaveLength(1);
  });

  it('a second workstation sees the first one’s offline session on its open board once it arrives', async () => {
    const s = await setUp();
    const chair = await s.desk('Room 1 laptop');
    const desk = await s.desk('Reception PC');
    const cw = await signedInWindow(chair, s.practitioner, '2222');
    const rw = await signedInWindow(desk, 1, '1111');
    const heard: ServerEvent[] = [];
    desk.sessions.listen((id, e) => id === rw && heard.push(e));
    expect(await desk.call('reception.board', {}, rw)).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 200)); // the board's event stream is open

    s.proxy.set('refuse');
    expect(await chair.call('sessions.chart', chartInput(s.clientId), cw)).toMatchObject({ ok: false, error: { queued: true } });
    s.proxy.set('open');
    await chair.workstation.flush();
    await expect
      .poll(() => heard.some((e) => e.type === 'stale' && (e.channels === 'all' || e.channels.includes('reception.board'))), {
        timeout: 8000,
      })
      .toBe(true);
    expect(await desk.call('clients.chart', { id: s.clientId }, rw)).toMatchObject({
      ok: true,
      data: { sessions: expect.arrayContaining([expect.objectContaining({ status: 'performed', pigmentBatch: 'B-2231' })]) },
    });
  });
});

describe('noticing the link by itself', () => {
  it('an idle window’s event stream dropping makes the header say "Offline" without anyone saving', async () => {
    const s = await setUp();
    const api = await s.desk('Room 1 laptop');
    await signedInWindow(api, s.practitioner, '2222'); // its hub session and event stream
    await api.workstation.flush(); // the outbox's session too
    await new Promise((r) => setTimeout(r, 200)); // the window's event stream is open
    expect(api.workstation.status().link).toBe('connected');
    s.proxy.set('refuse');
    await expect.poll(() => api.workstation.status().link, { timeout: 5000 }).toBe('offline');
  });

  it('while a change waits, the workstation tries every few seconds: back on the hub soon after the cable is, with no click', async () => {
    const s = await setUp();
    const api = await s.desk('Room 2 laptop', { intervalMs: 60_000, waitingIntervalMs: 200 });
    const w = await signedInWindow(api, s.practitioner, '2222');
    s.proxy.set('refuse');
    expect(await api.call('sessions.chart', chartInput(s.clientId, { pigmentBatch: 'SOON-1' }), w)).toMatchObject({
      error: { queued: true },
    });
    s.proxy.set('open');
    await expect.poll(() => api.workstation.status(), { timeout: 5000 }).toMatchObject({ link: 'connected', waiting: 0 });
    expect(performed(s).map((r) => r.batch)).toEqual(['SOON-1']);
  });
});

describe('the offline origin is the outbox’s alone', () => {
  it('a window’s call that claims to be a change saved offline is refused, and nothing is written', async () => {
    const s = await setUp();
    const { code } = (await s.owner('workstations.pairingCode', {})) as { code: string };
    const client = hubClient(await pairWithHub({ address: s.proxy.address, code, name: 'Laptop' }), { timeoutMs: 1500 });
    running.push(client);
    const windowSession = await client.openSession('window');
    const before = s.rows('SELECT id FROM audit_log').length;
    const forged = await client.call(
      'sessions.chart',
      chartInput(s.clientId),
      windowSession,
      { key: crypto.randomUUID() },
      {
        savedAt: new Date().toISOString(),
        by: s.practitioner,
      },
    );
    expect(forged).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Only a workstation’s outbox/) },
    });
    expect(performed(s)).toEqual([]);
    expect(s.rows('SELECT id FROM audit_log')).toHaveLength(before);
  });
});
