// The API process's side of the protocol: each window gets a caller session of its own on first
// call, its calls run as that session, and the session's events go back addressed to the window.
import type { StippleApi } from '../../api/dispatch';
import type { ApiResult } from '../../api/result';
import type { FromApiProcess, PortLike, ToApiProcess } from './protocol';

const CLOSING: ApiResult<unknown> = { ok: false, error: { code: 'unavailable', message: 'Stipple is closing, so nothing was saved.' } };
const FAILED: ApiResult<unknown> = {
  ok: false,
  error: { code: 'internal', message: 'Something went wrong and nothing was saved. Your entry is still here; try again.' },
};

/** Any API that answers calls for caller sessions: the local one, or a workstation's (network/join-hub.ts). */
export type ServedApi = Pick<StippleApi, 'call' | 'sessions'>;

export function serveApi(port: PortLike<ToApiProcess, FromApiProcess>, api: ServedApi, onQuit: () => Promise<void>): void {
  let quitting = false;
  const sessionOf = new Map<number, string>();
  const windowOf = new Map<string, number>();
  const session = (window: number) => {
    let id = sessionOf.get(window);
    if (id === undefined) {
      id = api.sessions.open();
      sessionOf.set(window, id);
      windowOf.set(id, window);
    }
    return id;
  };
  api.sessions.listen((sessionId, event) => {
    const window = windowOf.get(sessionId);
    if (window !== undefined) port.postMessage({ kind: 'event', window, event });
  });
  port.onMessage((message) => {
    switch (message.kind) {
      case 'start':
        return; // taken by index.ts before the database was opened
      case 'call': {
        if (quitting) return port.postMessage({ kind: 'result', id: message.id, result: CLOSING });
        // api.call answers with an envelope; a throw is a bug, and still gets one.
        const answer = api.call(message.channel, message.input, session(message.window), message.envelope).catch(() => FAILED);
        void answer.then((result) => port.postMessage({ kind: 'result', id: message.id, result }));
        return;
      }
      case 'closed': {
        const id = sessionOf.get(message.window);
        if (id === undefined) return;
        api.sessions.close(id);
        sessionOf.delete(message.window);
        windowOf.delete(id);
        return;
      }
      case 'quit':
        if (quitting) return;
        quitting = true;
        void onQuit().finally(() => port.postMessage({ kind: 'closed' }));
        return;
    }
  });
}
