// POST /api/<channel> once the transport knows the caller's session: a size-limited JSON body, then
// the dispatcher every transport uses, answered with its envelope. Envelope answers are HTTP 200
// (validation errors included). Shared by the browser host (browser-host/api-route.ts) and the hub
// (network/hub-server.ts), which each check who is calling first.
import type http from 'node:http';
import type { StippleApi } from '../dispatch';
import { CHANGE_KEY_HEADER, parseCallEnvelope } from '../contract/call-envelope';
import type { OfflineOrigin } from '../offline-origin';
import type { ApiResult } from '../result';
import { COMMON_HEADERS } from './headers';

// A photo (core/photos.ts MAX_PHOTO_BYTES, 25 MB) travels as base64 in one call: 4/3 of it, plus the envelope.
export const DEFAULT_MAX_BODY_BYTES = 40 * 1024 * 1024;

type Failure = Extract<ApiResult<unknown>, { ok: false }>;
export const failure = (code: Failure['error']['code'], message: string): Failure => ({ ok: false, error: { code, message } });

export interface ApiCallOptions {
  api: Pick<StippleApi, 'call'>;
  maxBodyBytes: number;
  /** A transport's own refusal of a call it must not pass on (a sentence), before the API sees it. */
  refuse?: (channel: string, input: unknown) => string | null;
}

/** Answers one call for a caller whose session the transport has checked. */
export async function answerApiCall(
  options: ApiCallOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  channelPart: string,
  sessionId: string,
  /** Only the hub passes one: a change from a workstation's outbox (api/offline-origin.ts). */
  origin?: OfflineOrigin,
): Promise<void> {
  if (req.method !== 'POST') {
    sendEnvelope(res, 405, failure('invalid_input', 'API calls must be POST requests.'), { Allow: 'POST' });
    return;
  }

  let channel: string;
  try {
    channel = decodeURIComponent(channelPart);
  } catch {
    sendEnvelope(res, 200, failure('unknown_channel', 'That API channel name is not valid.'));
    return;
  }

  const body = await readBody(req, options.maxBodyBytes);
  if (body.kind === 'too_large') {
    const mb = Math.round(options.maxBodyBytes / (1024 * 1024));
    sendEnvelope(res, 200, failure('invalid_input', `The request is too large (the limit is ${mb} MB). Nothing was saved.`));
    return;
  }
  if (body.kind === 'aborted') return;

  let input: unknown = undefined;
  if (body.bytes.length > 0) {
    try {
      input = JSON.parse(body.bytes.toString('utf8'));
    } catch {
      sendEnvelope(res, 200, failure('invalid_input', 'The request body is not valid JSON. Nothing was saved.'));
      return;
    }
  }

  const refused = options.refuse?.(channel, input) ?? null;
  if (refused !== null) {
    sendEnvelope(res, 200, failure('forbidden', refused));
    return;
  }

  // A change's unique key (a workstation's outbox sends one with each): a replay is applied once.
  const keyHeader = req.headers[CHANGE_KEY_HEADER];
  const envelope = parseCallEnvelope(typeof keyHeader === 'string' ? { key: keyHeader } : undefined);
  if (!envelope.ok) {
    sendEnvelope(res, 200, failure('invalid_input', envelope.message));
    return;
  }
  const result = await options.api.call(channel, input, sessionId, envelope.envelope, origin);
  sendEnvelope(res, 200, result);
}

export type Body = { kind: 'ok'; bytes: Buffer } | { kind: 'too_large' } | { kind: 'aborted' };

/** Reads at most `limit` bytes; stops collecting (and answers) as soon as the limit is passed. */
export function readBody(req: http.IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (body: Body) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        // Keep draining and discarding so the client can finish sending and read the answer.
        req.resume();
        settle({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => settle({ kind: 'ok', bytes: Buffer.concat(chunks, size) }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => {
      if (!req.complete) settle({ kind: 'aborted' });
    });
  });
}

export function sendEnvelope(
  res: http.ServerResponse,
  status: number,
  envelope: ApiResult<unknown>,
  extra: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = Buffer.from(JSON.stringify(envelope), 'utf8');
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
