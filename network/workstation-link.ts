// The real link under a workstation's API (network/workstation-api.ts): its HubTransport over the
// TLS client (hub-client.ts), keyed by the workstation's own window sessions. Each window gets a hub
// session of its own on its first call that reaches the hub (one per window, as on one machine) and
// the hub's events for it; the outbox delivers under a session of the device itself.
import type { ServerEvent } from '../api/contract/events';
import type { ApiResult } from '../api/result';
import { HubRefusedError, HubSessionEndedError, type HubClient } from './hub-client';
import { HubUnreachable, type HubTransport } from './hub-transport';
import { deviceRefusal, sessionUnknown } from './wire';

export interface WorkstationLink extends HubTransport {
  /** The window closed: its hub session and event stream end. */
  forget(windowId: string): void;
  close(): void;
}

const DEVICE = '\0outbox';
const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

/** `onEvent`: a hub event for one window; a `signed_out` when the hub ended its session (restarted, revoked). */
export function workstationLink(
  client: HubClient,
  onEvent: (windowId: string, event: ServerEvent) => void,
  /** A window's event stream dropped without the hub saying why: time to ask whether the hub is still there. */
  onStreamLost: () => void = () => {},
  /** The window's reader's language, for the refusals the link words itself (the hub marks them by header only). */
  localeOf: (windowId: string) => string = () => 'en-GB',
): WorkstationLink {
  const hubSessions = new Map<string, Promise<string>>();
  const stopStreams = new Map<string, () => void>();
  let closed = false;

  function hubSessionFor(windowId: string): Promise<string> {
    let pending = hubSessions.get(windowId);
    if (!pending) {
      const opening = client.openSession(windowId === DEVICE ? 'outbox' : 'window');
      hubSessions.set(windowId, opening);
      opening.then(
        (hubId) => {
          if (windowId !== DEVICE) follow(windowId, opening, hubId, FIRST_RETRY_MS);
        },
        () => {
          if (hubSessions.get(windowId) === opening) hubSessions.delete(windowId); // opened again on the next call
        },
      );
      pending = opening;
    }
    return pending;
  }

  /** Passes the hub's events on; reopens a dropped stream, after which everything is stale (events were missed). */
  function follow(windowId: string, session: Promise<string>, hubId: string, retryMs: number, missed = false): void {
    if (closed || hubSessions.get(windowId) !== session) return;
    let opened = false;
    const stop = client.events(
      hubId,
      (event) => onEvent(windowId, event),
      (error) => {
        if (stopStreams.get(windowId) === stop) stopStreams.delete(windowId);
        if (closed || hubSessions.get(windowId) !== session) return;
        if (error instanceof HubSessionEndedError || error instanceof HubRefusedError) {
          ended(windowId);
          return;
        }
        if (opened) onStreamLost();
        const next = opened ? FIRST_RETRY_MS : Math.min(retryMs * 2, LAST_RETRY_MS);
        setTimeout(() => follow(windowId, session, hubId, next, true), opened ? FIRST_RETRY_MS : retryMs).unref();
      },
      () => {
        opened = true;
        if (missed) onEvent(windowId, { type: 'stale', channels: 'all' }); // what changed meanwhile was not heard
      },
    );
    stopStreams.set(windowId, stop);
  }

  function forget(windowId: string): void {
    hubSessions.delete(windowId);
    stopStreams.get(windowId)?.();
    stopStreams.delete(windowId);
  }

  /** The hub no longer knows the window's session: the window must sign in again. */
  function ended(windowId: string): void {
    forget(windowId);
    if (windowId !== DEVICE) onEvent(windowId, { type: 'signed_out', reason: 'signed_out' });
  }

  return {
    async call(channel, input, windowId, envelope, origin): Promise<ApiResult<unknown>> {
      try {
        // Rejects HubUnreachable (no session could be opened, or no answer): the caller goes offline.
        return await client.call(channel, input, await hubSessionFor(windowId), envelope, origin);
      } catch (error) {
        if (error instanceof HubSessionEndedError) {
          ended(windowId);
          return { ok: false, error: { code: 'signed_out', message: sessionUnknown(localeOf(windowId)) } };
        }
        if (error instanceof HubRefusedError) {
          return { ok: false, error: { code: 'forbidden', message: deviceRefusal(error.reason, localeOf(windowId)) } };
        }
        throw error;
      }
    },
    // Resolves only when the hub answered just now: the outbox marks its changes as sending (and the
    // header says "Back online") after this, so a session opened earlier is asked once more (a
    // pulled cable leaves it in the map). A revoked device cannot deliver: its outbox waits (it is
    // not lost) as if the hub were away, and the windows' own calls say why (forbidden, with the refusal).
    async deviceSession() {
      try {
        const known = hubSessions.has(DEVICE);
        const id = await hubSessionFor(DEVICE);
        if (known) {
          try {
            await client.call('network.status', {}, id);
          } catch (error) {
            if (!(error instanceof HubSessionEndedError)) throw error;
            forget(DEVICE); // the hub restarted: a new session, whose opening answers for the hub
            await hubSessionFor(DEVICE);
          }
        }
        return DEVICE;
      } catch (error) {
        throw error instanceof HubRefusedError ? new HubUnreachable(deviceRefusal(error.reason, localeOf(DEVICE))) : error;
      }
    },
    forget,
    close() {
      closed = true;
      for (const stop of stopStreams.values()) stop();
      stopStreams.clear();
      hubSessions.clear();
      client.close();
    },
  };
}
