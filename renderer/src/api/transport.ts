// How the renderer reaches the API: Electron's preload gives `window.stipple`; in the browser host
// the same calls go over loopback HTTP with the per-run token from the page's address.
import type { ApiResult } from '../../../api/result';

export interface StippleBridge {
  call(channel: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    stipple?: StippleBridge;
  }
}

const TOKEN_KEY = 'stipple.token';

function browserToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpBridge(): StippleBridge {
  return {
    async call(channel, input) {
      const token = browserToken();
      try {
        const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Stipple-Token': token ?? '' },
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
