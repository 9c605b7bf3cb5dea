// The hub: the same API as the browser host, over HTTPS with the hub's own certificate, for the
// clinic's workstations. Each request carries a device credential (Authorization: Bearer …, see
// api/pairing-code.ts); a workstation window opens a caller session of its own (POST /session) and
// names it on every call and on its event stream, as a browser context's cookie does on one
// machine. The only request without a credential is the pairing itself (POST /pair).
import https from 'node:https';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { answerApiCall, DEFAULT_MAX_BODY_BYTES, failure, readBody, sendEnvelope } from '../api/http/api-call';
import { eventStreams } from '../api/http/event-streams';
import type { StippleApi } from '../api/dispatch';
import { offlineOrigin, type OfflineOrigin } from '../api/offline-origin';
import { pairRequest, pairWorkstation } from '../api/pair-workstation';
import { hashCredential } from '../api/pairing-code';
import { markWorkstationSeen, workstationByCredential, workstationById, type WorkstationRow } from '../db/queries/workstations';
import type { OpenDatabase } from '../db/open';
import type { HubCertificate } from './certificate';
import {
  DEVICE_HEADER,
  deviceRefusal,
  EVENTS_PATH,
  ORIGIN_HEADER,
  PAIR_PATH,
  SESSION_HEADER,
  SESSION_PATH,
  SESSION_UNKNOWN_HEADER,
  sessionUnknown,
  type DeviceRefusal,
} from './wire';

export interface HubServerOptions {
  api: StippleApi;
  database: Pick<OpenDatabase, 'sqlite'>;
  certificate: HubCertificate;
  /** The address to listen on: a LAN address, or 0.0.0.0 for every one. */
  host: string;
  /** 0: a free port (tests). */
  port: number;
  now?: () => Date;
  maxBodyBytes?: number;
  log: (message: string, error?: unknown) => void;
}

export interface HubServer {
  /** host:port as a workstation types it. */
  address: string;
  port: number;
  fingerprint: string;
  close(): Promise<void>;
}

const SEEN_EVERY_MS = 60_000;
const PAIR_BODY_LIMIT = 4096;
const SESSION_BODY_LIMIT = 1024;
// Wrong pairing attempts from anyone: past this many in the window, pairing waits. Kept in memory:
// a refused attempt writes nothing.
const PAIR_FAILURES_ALLOWED = 20;
const PAIR_FAILURE_WINDOW_MS = 10 * 60_000;
const TOO_MANY = 'Too many wrong pairing codes were tried at this hub. Wait ten minutes, then try again with a new code.';

export async function startHubServer(options: HubServerOptions): Promise<HubServer> {
  const { api, log } = options;
  const sqlite = options.database.sqlite;
  const now = options.now ?? (() => new Date());
  const streams = eventStreams(api.sessions);
  /** Which workstation opened each session: a session is its device's alone. */
  const sessionDevice = new Map<string, number>();
  /** The sessions a device opened to deliver its outbox: the only ones whose calls may carry an offline origin. */
  const outboxSessions = new Set<string>();
  const deviceStreams = new Map<number, Set<http.ServerResponse>>();
  const lastSeenWritten = new Map<number, number>();
  let pairFailures: number[] = [];

  const server = https.createServer(
    { key: options.certificate.keyPem, cert: options.certificate.certPem, minVersion: 'TLSv1.3' },
    (req, res) => {
      route(req, res).catch((error: unknown) => {
        log(`unexpected error answering ${req.method} ${req.url}`, error);
        sendEnvelope(res, 500, failure('internal', 'Something went wrong at the hub. Nothing was saved; try again.'));
      });
    },
  );
  server.on('clientError', (_error, socket) => socket.destroy());
  // A revoke (by the owner, in any window) is told to every session as a stale workstation list:
  // then this device's open streams and sessions end at once, not at its next call.
  const stopListening = api.sessions.listen((_id, event) => {
    if (event.type === 'stale' && (event.channels === 'all' || event.channels.includes('workstations.list'))) scheduleRevokeCheck();
  });
  let revokeCheck: NodeJS.Immediate | null = null;
  function scheduleRevokeCheck() {
    revokeCheck ??= setImmediate(() => {
      revokeCheck = null;
      for (const deviceId of new Set(sessionDevice.values())) {
        const row = workstationById(sqlite, deviceId);
        if (!row || row.revokedAt !== null) endDevice(deviceId);
      }
    });
  }
  function endDevice(deviceId: number) {
    for (const res of deviceStreams.get(deviceId) ?? []) res.end();
    deviceStreams.delete(deviceId);
    for (const [sessionId, owner] of sessionDevice) {
      if (owner !== deviceId) continue;
      sessionDevice.delete(sessionId);
      outboxSessions.delete(sessionId);
      api.sessions.close(sessionId);
    }
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', 'https://hub').pathname;
    if (pathname === PAIR_PATH && req.method === 'POST') return pair(req, res);

    const device = deviceOf(req);
    if (typeof device === 'string') {
      sendEnvelope(res, 401, failure('forbidden', deviceRefusal(device)), { [DEVICE_HEADER]: device });
      req.resume();
      return;
    }
    seen(device);
    if (pathname === SESSION_PATH && req.method === 'POST') {
      const body = await readBody(req, SESSION_BODY_LIMIT);
      if (body.kind === 'aborted') return;
      const outbox = body.kind === 'ok' && wantsOutboxSession(body.bytes);
      const sessionId = api.sessions.open();
      sessionDevice.set(sessionId, device.id);
      if (outbox) outboxSessions.add(sessionId);
      sendEnvelope(res, 200, { ok: true, data: { sessionId } });
      return;
    }
    const sessionId = req.headers[SESSION_HEADER];
    if (typeof sessionId !== 'string' || sessionDevice.get(sessionId) !== device.id || !api.sessions.get(sessionId)) {
      sendEnvelope(res, 401, failure('signed_out', sessionUnknown()), { [SESSION_UNKNOWN_HEADER]: '1' });
      req.resume();
      return;
    }
    if (pathname === SESSION_PATH && req.method === 'DELETE') {
      sessionDevice.delete(sessionId);
      outboxSessions.delete(sessionId);
      api.sessions.close(sessionId);
      sendEnvelope(res, 200, { ok: true, data: null });
      return;
    }
    if (pathname === EVENTS_PATH && req.method === 'GET') {
      let set = deviceStreams.get(device.id);
      if (!set) deviceStreams.set(device.id, (set = new Set()));
      set.add(res);
      req.on('close', () => set.delete(res));
      streams.open(sessionId, req, res);
      return;
    }
    if (pathname.startsWith('/api/')) {
      const origin = originOf(req, outboxSessions.has(sessionId));
      if (typeof origin === 'string') {
        sendEnvelope(res, 200, failure('invalid_input', origin));
        req.resume();
        return;
      }
      await answerApiCall(
        { api, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, refuse: refusedFromWorkstation },
        req,
        res,
        pathname.slice('/api/'.length),
        sessionId,
        origin ?? undefined,
      );
      return;
    }
    sendEnvelope(res, 404, failure('unknown_channel', 'The hub has nothing at that address.'));
  }

  /** The paired, unrevoked workstation the request's credential names, or why not. */
  function deviceOf(req: http.IncomingMessage): WorkstationRow | DeviceRefusal {
    const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(req.headers.authorization ?? '');
    if (!match) return 'unpaired';
    const row = workstationByCredential(sqlite, hashCredential(match[1]!));
    if (!row) return 'unpaired';
    return row.revokedAt === null ? row : 'revoked';
  }

  /** Who saved a change offline and when: read only on an outbox session; elsewhere the header is refused. */
  function originOf(req: http.IncomingMessage, outbox: boolean): OfflineOrigin | null | string {
    const raw = req.headers[ORIGIN_HEADER];
    if (raw === undefined) return null;
    if (!outbox) return 'Only a workstation’s outbox may deliver a change saved offline. Nothing was saved.';
    let json: unknown = null;
    try {
      json = typeof raw === 'string' ? JSON.parse(raw) : null;
    } catch {
      // refused below
    }
    const parsed = offlineOrigin.safeParse(json);
    return parsed.success ? parsed.data : 'The offline change’s time or author is not valid. Nothing was saved.';
  }

  /** Last seen, written at most once a minute per workstation. */
  function seen(device: WorkstationRow) {
    const at = now().getTime();
    if (at - (lastSeenWritten.get(device.id) ?? 0) < SEEN_EVERY_MS) return;
    lastSeenWritten.set(device.id, at);
    try {
      markWorkstationSeen(sqlite, device.id, new Date(at).toISOString());
    } catch (error) {
      log('could not record when a workstation was last seen', error);
    }
  }

  async function pair(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = now().getTime();
    pairFailures = pairFailures.filter((t) => at - t < PAIR_FAILURE_WINDOW_MS);
    const body = await readBody(req, PAIR_BODY_LIMIT);
    if (body.kind === 'aborted') return;
    if (pairFailures.length >= PAIR_FAILURES_ALLOWED) {
      sendEnvelope(res, 429, failure('forbidden', TOO_MANY));
      return;
    }
    let json: unknown;
    try {
      json = body.kind === 'ok' ? JSON.parse(body.bytes.toString('utf8')) : null;
    } catch {
      json = null;
    }
    const parsed = pairRequest.safeParse(json);
    if (!parsed.success) {
      sendEnvelope(res, 400, failure('invalid_input', parsed.error.issues[0]?.message ?? 'That is not a pairing request.'));
      return;
    }
    const outcome = pairWorkstation(sqlite, now, parsed.data);
    if (!outcome.ok) {
      pairFailures.push(at);
      sendEnvelope(res, 403, failure('forbidden', outcome.message));
      return;
    }
    log(`paired a new workstation: ${outcome.name}`);
    api.sessions.broadcast({ type: 'stale', channels: ['workstations.list'] });
    sendEnvelope(res, 200, {
      ok: true,
      data: { workstationId: outcome.workstationId, name: outcome.name, credential: outcome.credential },
    });
  }

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host: options.host, exclusive: true }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
  let closing: Promise<void> | null = null;
  return {
    address: `${advertisedHost(options.host)}:${port}`,
    port,
    fingerprint: options.certificate.fingerprint,
    close() {
      closing ??= new Promise<void>((resolve) => {
        stopListening();
        if (revokeCheck) clearImmediate(revokeCheck);
        streams.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

const HUB_SETTINGS = ['hubEnabled', 'hubHost', 'hubPort'];

/** Turning the hub off or moving it from a workstation would cut that workstation off, and every other. */
function refusedFromWorkstation(channel: string, input: unknown): string | null {
  if (channel !== 'settings.update' || typeof input !== 'object' || input === null) return null;
  return HUB_SETTINGS.some((k) => k in input)
    ? 'Whether this computer serves as the clinic’s hub, and where, is changed at the hub itself. Nothing was saved.'
    : null;
}

/** POST /session's body: `{ "outbox": true }` for the device's own delivery session; anything else a window's. */
function wantsOutboxSession(bytes: Buffer): boolean {
  try {
    return (JSON.parse(bytes.toString('utf8')) as { outbox?: unknown } | null)?.outbox === true;
  } catch {
    return false;
  }
}

/** What to tell workstations: the address listened on, or this computer's LAN address for 0.0.0.0. */
export function advertisedHost(host: string, interfaces = os.networkInterfaces()): string {
  if (host !== '0.0.0.0' && host !== '::') return host.includes(':') ? `[${host}]` : host;
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) if (i.family === 'IPv4' && !i.internal) return i.address;
  }
  return '127.0.0.1';
}
