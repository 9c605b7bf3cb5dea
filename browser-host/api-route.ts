// POST /api/<channel>: the caller's session (from its cookie, checked by the server) and the page's
// origin, then the shared body reading and dispatch of api/http/api-call.ts. Only a missing or
// unknown session is 401, so the renderer can tell "not allowed" from "the answer was no".
import type http from 'node:http';
import type { StippleApi } from '../api/dispatch';
import { answerApiCall, failure, sendEnvelope } from '../api/http/api-call';
import { isOwnOrigin } from './security';

export { DEFAULT_MAX_BODY_BYTES, sendEnvelope } from '../api/http/api-call';

export interface ApiRouteOptions {
  api: Pick<StippleApi, 'call'>;
  port: number;
  maxBodyBytes: number;
}

export const NO_SESSION_MESSAGE = 'This page is not signed in to the chart: open the address Stipple printed, with its token.';

export async function handleApi(
  options: ApiRouteOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  channelPart: string,
  sessionId: string | null,
): Promise<void> {
  if (sessionId === null) {
    sendEnvelope(res, 401, failure('forbidden', NO_SESSION_MESSAGE));
    return;
  }
  if (!isOwnOrigin(req.headers.origin, options.port)) {
    sendEnvelope(res, 403, failure('forbidden', 'Requests from other sites are not allowed.'));
    return;
  }
  await answerApiCall(options, req, res, channelPart, sessionId);
}
