// How the renderer reaches the API: Electron's preload gives `window.stipple`; in the browser host
// the same calls go over loopback HTTP, carrying this browser context's session cookie (set when
// it opened the printed address with its token).
import type { ApiResult } from '../../../api/result';

export interface StippleBridge {
  call(channel: string, input: unknown): Promise<ApiResult<unknown>>;
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
  };
}

export const bridge: StippleBridge = window.stipple ?? httpBridge();
