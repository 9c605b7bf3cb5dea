// A workstation's link to the clinic's hub: the same API calls over HTTPS, the hub's certificate
// pinned (only the certificate seen at pairing is trusted, and its SHA-256 must match), the device
// credential on every request.
//
// What `call` means to the caller (the window's proxy now, the offline outbox later):
//   resolves with an ApiResult   the hub's API answered (a refusal such as invalid_input included);
//   rejects HubUnreachableError  no answer from the paired hub: network down, timeout, or a computer
//                                with another certificate at its address (nothing was sent to it).
//                                The change may or may not have been applied: replay it with its key;
//   rejects HubRefusedError      the hub answered that this device is not paired or was revoked;
//   rejects HubSessionEndedError the hub does not know the session (it restarted): open a new one.
import https from 'node:https';
import type http from 'node:http';
import type { PeerCertificate } from 'node:tls';
import { CHANGE_KEY_HEADER, type CallEnvelope } from '../api/contract/call-envelope';
import { serverEvent, type ServerEvent } from '../api/contract/events';
import type { OfflineOrigin } from '../api/offline-origin';
import type { ApiResult } from '../api/result';
import { HUB_UNREACHABLE } from './hub-transport';
import {
  apiPath,
  bearer,
  DEVICE_HEADER,
  deviceRefusal,
  EVENTS_PATH,
  ORIGIN_HEADER,
  SESSION_HEADER,
  SESSION_PATH,
  SESSION_UNKNOWN_HEADER,
  type DeviceRefusal,
} from './wire';

/** What a workstation keeps from pairing (network/workstation-store.ts). */
export interface HubLink {
  /** host:port */
  address: string;
  fingerprint: string;
  /** The hub's certificate as seen at pairing: the only one trusted. */
  certPem: string;
  credential: string;
}

export class HubUnreachableError extends Error {
  readonly kind = 'hub_unreachable';
  /** As network/hub-transport.ts's isHubUnreachable reads it. */
  readonly code = HUB_UNREACHABLE;
  constructor(
    readonly reason: 'network' | 'timeout' | 'certificate',
    message: string,
  ) {
    super(message);
  }
}
/** `message` is English, for logs; a window is told `deviceRefusal(reason, locale)` in its reader's language. */
export class HubRefusedError extends Error {
  readonly kind = 'device_refused';
  constructor(readonly reason: DeviceRefusal) {
    super(deviceRefusal(reason));
  }
}
export class HubSessionEndedError extends Error {
  readonly kind = 'session_ended';
}

export interface HubClient {
  readonly address: string;
  /** A caller session of its own on the hub, for one window; 'outbox': the device's own, to deliver changes saved offline. */
  openSession(purpose?: 'window' | 'outbox'): Promise<string>;
  /** `envelope.key`: the change's unique key; `origin`: only on the outbox's session (the hub refuses it elsewhere). */
  call(channel: string, input: unknown, sessionId: string, envelope?: CallEnvelope, origin?: OfflineOrigin): Promise<ApiResult<unknown>>;
  /**
   * The hub's events for the session; `onOpen` once the hub accepted the stream, `onEnd` when it
   * stops (then open it again). Returns a stop function.
   */
  events(sessionId: string, onEvent: (event: ServerEvent) => void, onEnd: (error: Error | null) => void, onOpen?: () => void): () => void;
  close(): void;
}

const REQUEST_TIMEOUT_MS = 10_000;
const CERTIFICATE_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|STIPPLE_PIN/;

export function parseHubAddress(address: string): { host: string; port: number } {
  const match = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(address.trim());
  const port = match ? Number(match[2]) : NaN;
  if (!match || !(port >= 1 && port <= 65535)) {
    throw new Error(`“${address}” is not a hub address: give it as the hub shows it, such as 192.168.1.10:8443.`);
  }
  return { host: match[1]!, port };
}

/** An agent that trusts exactly the pinned certificate, checked by its SHA-256 (not by name: a hub's LAN address may change). */
export function pinnedAgent(certPem: string, fingerprint: string, keepAlive = true): https.Agent {
  return new https.Agent({
    keepAlive,
    ca: [certPem],
    minVersion: 'TLSv1.3',
    checkServerIdentity: (_host: string, cert: PeerCertificate) => {
      if (cert.fingerprint256 === fingerprint) return undefined;
      return Object.assign(new Error('The hub’s certificate is not the one pinned at pairing.'), { code: 'STIPPLE_PIN_MISMATCH' });
    },
  });
}

export function unreachable(address: string, error: unknown): HubUnreachableError {
  const code = String((error as { code?: string } | null)?.code ?? '');
  if (CERTIFICATE_ERRORS.test(code))
    return new HubUnreachableError(
      'certificate',
      `The computer at ${address} is not the clinic’s hub this workstation was paired with: its certificate is different. Nothing was sent to it. If the hub was replaced, pair this workstation again.`,
    );
  if (code === 'ETIMEDOUT' || code === 'STIPPLE_TIMEOUT')
    return new HubUnreachableError(
      'timeout',
      `The clinic’s hub at ${address} did not answer in time. Check the network; nothing was lost.`,
    );
  return new HubUnreachableError('network', `The clinic’s hub at ${address} cannot be reached. Check that it is on and on the network.`);
}

export function hubClient(link: HubLink, options: { timeoutMs?: number } = {}): HubClient {
  const { host, port } = parseHubAddress(link.address);
  const agent = pinnedAgent(link.certPem, link.fingerprint);
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;

  function request(
    method: string,
    path: string,
    sessionId: string | null,
    body: unknown,
    extra: Record<string, string> = {},
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; json: unknown }> {
    const bytes = body === undefined ? null : Buffer.from(JSON.stringify(body), 'utf8');
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host,
          port,
          method,
          path,
          agent,
          headers: {
            Authorization: bearer(link.credential),
            ...(sessionId ? { [SESSION_HEADER]: sessionId } : {}),
            ...(bytes ? { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) } : {}),
            ...extra,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            } catch (error) {
              reject(unreachable(link.address, error));
            }
          });
          res.on('error', (error) => reject(unreachable(link.address, error)));
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error('timeout'), { code: 'STIPPLE_TIMEOUT' })));
      req.on('error', (error) => reject(unreachable(link.address, error)));
      req.end(bytes ?? undefined);
    });
  }

  function refusals(status: number, headers: http.IncomingHttpHeaders): void {
    if (status !== 401) return;
    const device = headers[DEVICE_HEADER];
    if (device === 'unpaired' || device === 'revoked') throw new HubRefusedError(device);
    if (headers[SESSION_UNKNOWN_HEADER]) throw new HubSessionEndedError('The hub does not know this session.');
  }

  return {
    address: link.address,
    async openSession(purpose = 'window') {
      const r = await request('POST', SESSION_PATH, null, { outbox: purpose === 'outbox' });
      refusals(r.status, r.headers);
      const data = (r.json as { ok?: boolean; data?: { sessionId?: unknown } }).data;
      if (typeof data?.sessionId !== 'string') throw unreachable(link.address, new Error('no session'));
      return data.sessionId;
    },
    async call(channel, input, sessionId, envelope, origin) {
      const extra: Record<string, string> = {};
      if (envelope?.key) extra[CHANGE_KEY_HEADER] = envelope.key;
      if (origin) extra[ORIGIN_HEADER] = JSON.stringify(origin);
      const r = await request('POST', apiPath(channel), sessionId, input ?? {}, extra);
      refusals(r.status, r.headers);
      return r.json as ApiResult<unknown>;
    },
    events(sessionId, onEvent, onEnd, onOpen) {
      let ended = false;
      const end = (error: Error | null) => {
        if (ended) return;
        ended = true;
        onEnd(error);
      };
      const req = https.request(
        {
          host,
          port,
          method: 'GET',
          path: EVENTS_PATH,
          agent,
          headers: { Authorization: bearer(link.credential), [SESSION_HEADER]: sessionId },
        },
        (res) => {
          try {
            refusals(res.statusCode ?? 0, res.headers);
          } catch (error) {
            res.resume();
            end(error as Error);
            return;
          }
          onOpen?.();
          res.setEncoding('utf8');
          let buffered = '';
          res.on('data', (chunk: string) => {
            buffered += chunk;
            let cut: number;
            while ((cut = buffered.indexOf('\n\n')) >= 0) {
              const message = buffered.slice(0, cut);
              buffered = buffered.slice(cut + 2);
              const data = message
                .split('\n')
                .filter((line) => line.startsWith('data: '))
                .map((line) => line.slice(6))
                .join('\n');
              if (!data) continue;
              try {
                const parsed = serverEvent.safeParse(JSON.parse(data));
                if (parsed.success) onEvent(parsed.data);
              } catch {
                // not an event: ignored, as the renderer ignores one
              }
            }
          });
          res.on('end', () => end(null));
          res.on('error', (error) => end(unreachable(link.address, error)));
        },
      );
      req.on('error', (error) => end(unreachable(link.address, error)));
      req.end();
      return () => {
        ended = true;
        req.destroy();
      };
    },
    close() {
      agent.destroy();
    },
  };
}
