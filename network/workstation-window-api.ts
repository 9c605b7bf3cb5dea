// What a workstation window's page server talks to: the same calls and events as a local API, for
// each window (browser context) of this workstation. Underneath: the workstation's API (outbox,
// copy, link status: workstation-api.ts) over the real link to the hub (workstation-link.ts).
import { createCallerSessions, type CallerSessions } from '../api/caller-sessions';
import type { ApiResult } from '../api/result';
import type { DatabaseKey } from '../db/cipher';
import type { HubClient } from './hub-client';
import { createWorkstationApi, type WorkstationApi } from './workstation-api';
import { workstationLink } from './workstation-link';

export interface WorkstationWindowApi {
  call(channel: string, input: unknown, sessionId: string): Promise<ApiResult<unknown>>;
  readonly sessions: CallerSessions;
  readonly workstation: WorkstationApi;
  close(): void;
}

export interface WorkstationWindowOptions {
  client: HubClient;
  /** The workstation's folder (--data) and its own key, for the outbox and the copy. */
  folder: string;
  key: DatabaseKey;
  log?: (message: string, error?: unknown) => void;
  now?: () => Date;
  retryAfterMs?: number;
  intervalMs?: number;
}

export function workstationWindowApi(options: WorkstationWindowOptions): WorkstationWindowApi {
  const log = options.log ?? (() => {});
  const sessions = createCallerSessions();
  // A dropped event stream (the cable pulled while nobody saves) makes the workstation probe the
  // hub at once, so the header says "Offline" before the next save finds out.
  let probe = () => {};
  // The link words the hub's device refusals in the window's reader's language, which the workstation knows.
  let localeOf = (_windowId: string) => 'en-GB';
  const link = workstationLink(
    options.client,
    (windowId, event) => sessions.send(windowId, event),
    () => probe(),
    (windowId) => localeOf(windowId),
  );
  const workstation = createWorkstationApi({
    transport: link,
    folder: options.folder,
    key: options.key,
    ...(options.now ? { now: options.now } : {}),
    ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }),
    ...(options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs }),
  });
  localeOf = (windowId) => {
    try {
      return workstation.readerLocale(windowId);
    } catch {
      return 'en-GB'; // its copy already closed: English, as before the copy was made
    }
  };
  probe = () => void workstation.flush().catch((error: unknown) => log('could not check the link to the hub', error));
  const stopEvents = workstation.onEvent((windowId, event) =>
    windowId === null ? sessions.broadcast(event) : sessions.send(windowId, event),
  );

  async function call(channel: string, input: unknown, windowId: string): Promise<ApiResult<unknown>> {
    if (!sessions.get(windowId)) {
      return {
        ok: false,
        error: { code: 'signed_out', message: 'This window’s sign-in has ended. Reload the page to sign in again; nothing was saved.' },
      };
    }
    try {
      return await workstation.call(channel, input, windowId);
    } catch (error) {
      log(`unexpected error calling ${channel} at the hub`, error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong and nothing was saved. Your entry is still here; try again.' },
      };
    }
  }

  return {
    call,
    sessions,
    workstation,
    close() {
      stopEvents();
      workstation.close();
      link.close();
    },
  };
}
