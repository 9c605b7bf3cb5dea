// What the renderer gets as window.stipple: one call() that only forwards channels the API has,
// and subscribe() for this window's server events. Refusing here is the first line; main checks
// sender and channel again. Pure, so unit-tested.
import type { CallEnvelope } from '../../api/contract/call-envelope';
import type { ApiResult } from '../../api/result';

export interface StippleBridge {
  /** `envelope`: a change's unique key (api/contract/call-envelope.ts); main checks it. */
  call(channel: string, input?: unknown, envelope?: CallEnvelope): Promise<ApiResult<unknown>>;
  /** Calls the listener with each of this window's server events; returns the unsubscribe. */
  subscribe(listener: (event: unknown) => void): () => void;
  /** The capture view opened (true) or closed (false): main grants the camera only in between. */
  capture(open: boolean): Promise<boolean>;
}

export type Invoke = (channel: string, input: unknown, envelope?: CallEnvelope) => Promise<ApiResult<unknown>>;
/** Listens to main's event messages for this window; returns the function that stops. */
export type Listen = (listener: (event: unknown) => void) => () => void;

/** Tells main the capture view opened or closed; resolves with whether it was heard. */
export type SetCapture = (open: boolean) => Promise<boolean>;

export function createBridge(
  channels: readonly string[],
  invoke: Invoke,
  listen: Listen,
  setCapture: SetCapture = () => Promise.resolve(false),
): StippleBridge {
  const allowed = new Set(channels);
  // Frozen, and call() takes plain arguments: nothing from Electron (ipcRenderer, events) leaks out.
  return Object.freeze({
    call(channel: string, input?: unknown, envelope?: CallEnvelope): Promise<ApiResult<unknown>> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown_channel', message: 'Stipple does not know that request.' },
        });
      }
      // The renderer is promised an envelope, never a rejection: a lost IPC round trip (main not
      // ready, an input that cannot be cloned) becomes an error it can show.
      // Only a plain key crosses: whatever else the object holds stays in the renderer.
      const key = envelope && typeof envelope === 'object' ? (envelope as { key?: unknown }).key : undefined;
      const sent = typeof key === 'string' ? invoke(channel, input, { key }) : invoke(channel, input);
      return sent.catch(() => ({
        ok: false as const,
        error: { code: 'internal' as const, message: 'Stipple could not complete that request. Try again.' },
      }));
    },
    subscribe(listener: (event: unknown) => void): () => void {
      if (typeof listener !== 'function') return () => undefined;
      // Only the event's data crosses: never Electron's IpcRendererEvent (it carries the sender).
      return listen((event) => listener(event));
    },
    capture(open: boolean): Promise<boolean> {
      // Only a boolean crosses; anything else closes the view.
      return setCapture(open === true).catch(() => false);
    },
  });
}
