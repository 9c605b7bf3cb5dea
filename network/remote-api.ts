// A workstation window's API: the same calls and events as a local one, answered by the hub. The
// page server (browser-host/page-server.ts) gives each browser context a local session; the first
// call opens a hub session for it (one per window, as on one machine) and its event stream, whose
// events are passed on to that window. When the hub cannot be reached the window gets a plain
// `unavailable` answer; the offline outbox will sit between this and the transport.
import { createCallerSessions, type CallerSessions } from '../api/caller-sessions';
import type { ApiResult } from '../api/result';
import { HubRefusedError, HubSessionEndedError, HubUnreachableError, type HubTransport } from './hub-client';
import { SESSION_UNKNOWN_MESSAGE } from './wire';

export interface RemoteApi {
  call(channel: string, input: unknown, sessionId: string): Promise<ApiResult<unknown>>;
  readonly sessions: CallerSessions;
  close(): void;
}

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

export function remoteApi(transport: HubTransport, log: (message: string, error?: unknown) => void = () => {}): RemoteApi {
  const sessions = createCallerSessions();
  const hubSessions = new Map<string, Promise<string>>();
  const stopStreams = new Map<string, () => void>();
  let closed = false;

  function hubSessionFor(localId: string): Promise<string> {
    let pending = hubSessions.get(localId);
    if (!pending) {
      pending = transport.openSession();
      hubSessions.set(localId, pending);
      pending.then(
        (hubId) => follow(localId, hubId, FIRST_RETRY_MS),
        () => hubSessions.delete(localId),
      );
    }
    return pending;
  }

  /** Passes the hub's events for this window on; reopens a dropped stream, and then everything is stale. */
  function follow(localId: string, hubId: string, retryMs: number, missed = false): void {
    if (closed || hubSessions.get(localId) === undefined) return;
    let opened = false;
    const stop = transport.events(
      hubId,
      (event) => {
        if (!opened) {
          opened = true;
          if (missed) sessions.send(localId, { type: 'stale', channels: 'all' });
        }
        sessions.send(localId, event);
      },
      (error) => {
        stopStreams.delete(localId);
        if (closed) return;
        if (error instanceof HubSessionEndedError || error instanceof HubRefusedError) {
          forget(localId);
          sessions.send(localId, { type: 'signed_out', reason: 'signed_out' });
          return;
        }
        const next = opened ? FIRST_RETRY_MS : Math.min(retryMs * 2, LAST_RETRY_MS);
        setTimeout(() => follow(localId, hubId, next, true), opened ? FIRST_RETRY_MS : retryMs).unref();
      },
    );
    stopStreams.set(localId, stop);
  }

  function forget(localId: string) {
    hubSessions.delete(localId);
    stopStreams.get(localId)?.();
    stopStreams.delete(localId);
  }

  async function call(channel: string, input: unknown, localId: string): Promise<ApiResult<unknown>> {
    if (!sessions.get(localId)) {
      return {
        ok: false,
        error: { code: 'signed_out', message: 'This window’s sign-in has ended. Reload the page to sign in again; nothing was saved.' },
      };
    }
    try {
      return await transport.call(channel, input, await hubSessionFor(localId));
    } catch (error) {
      if (error instanceof HubSessionEndedError) {
        forget(localId);
        return { ok: false, error: { code: 'signed_out', message: SESSION_UNKNOWN_MESSAGE } };
      }
      if (error instanceof HubRefusedError) return { ok: false, error: { code: 'forbidden', message: error.message } };
      if (error instanceof HubUnreachableError)
        return { ok: false, error: { code: 'unavailable', message: `${error.message} Nothing was saved; your entry is still here.` } };
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
    close() {
      closed = true;
      for (const stop of stopStreams.values()) stop();
      stopStreams.clear();
      transport.close();
    },
  };
}
