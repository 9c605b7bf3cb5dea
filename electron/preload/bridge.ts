// What the renderer gets as window.stipple: one call() that only forwards channels the API has.
// Refusing here is the first line; main checks sender and channel again. Pure, so unit-tested.
import type { ApiResult } from '../../api/result';

export interface StippleBridge {
  call(channel: string, input?: unknown): Promise<ApiResult<unknown>>;
}

export type Invoke = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;

export function createBridge(channels: readonly string[], invoke: Invoke): StippleBridge {
  const allowed = new Set(channels);
  // Frozen, and call() takes plain arguments: nothing from Electron (ipcRenderer, events) leaks out.
  return Object.freeze({
    call(channel: string, input?: unknown): Promise<ApiResult<unknown>> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown_channel', message: 'Stipple does not know that request.' },
        });
      }
      // The renderer is promised an envelope, never a rejection: a lost IPC round trip (main not
      // ready, an input that cannot be cloned) becomes an error it can show.
      return invoke(channel, input).catch(() => ({
        ok: false as const,
        error: { code: 'internal' as const, message: 'Stipple could not complete that request. Try again.' },
      }));
    },
  });
}
