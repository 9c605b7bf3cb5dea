// How the renderer reaches the API: Electron's preload gives `window.stipple`; in the browser host
// the same calls go over loopback HTTP, carrying this browser context's session cookie (set when
// it opened the printed address with its token).
import type { ServerEvent } from '../../../api/contract/events';
import type { ApiResult } from '../../../api/result';
import { subscribeToEventStream } from './event-stream';

export interface StippleBridge {
  call(channel: string, input: unknown): Promise<ApiResult<unknown>>;
  /** What the server tells this session unasked (stale queries, task progress, signed out). */
  subscribe(listener: (event: ServerEvent) => void): () => void;
  /** The desktop app's camera permission follows the capture view (electron/main/camera-permission.ts). */
  capture?(open: boolean): Promise<boolean>;
}

declare global {
  interface Window {
    stipple?: StippleBridge;
  }
}

function httpBridge(): StippleBridge {
  return {
    async call(channel, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'unavailable', message: 'Stipple’s data service is not answering. Your entry is still here; try again.' },
        };
      }
    },
    subscribe: (listener) => subscribeToEventStream(listener),
  };
}

export const bridge: StippleBridge = window.stipple ?? httpBridge();
