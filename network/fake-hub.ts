// A link to a real hub API in the same process that a test can cut: before the hub runs a call
// (nothing applied) or after it committed (the reply lost). For the outbox's and the workstation
// API's tests until the TLS link is there; it keeps to the HubTransport interface exactly.
import type { StippleApi } from '../api/dispatch';
import { HubUnreachable, type HubTransport } from './hub-transport';

export type Cut = 'none' | 'before' | 'after';

export interface FakeHub extends HubTransport {
  /** 'before': calls fail before the hub sees them; 'after': they run, then the reply is lost. */
  cut(how: Cut): void;
  /** Let `n` more calls through, then cut as `how` (a link that drops mid-burst). */
  cutAfterCalls(n: number, how: Exclude<Cut, 'none'>): void;
  /** The hub restarted (a new API on the same file): its sessions are gone. */
  replace(api: StippleApi): void;
  readonly calls: number;
}

export function fakeHub(initial: StippleApi): FakeHub {
  let api = initial;
  let how: Cut = 'none';
  let countdown: { n: number; how: Exclude<Cut, 'none'> } | null = null;
  let device: string | null = null;
  let calls = 0;
  const current = (): Cut => {
    if (countdown && countdown.n <= 0) return countdown.how;
    return how;
  };
  return {
    async call(channel, input, sessionId, envelope, origin) {
      const cut = current();
      if (countdown && countdown.n > 0) countdown.n--;
      if (cut === 'before') throw new HubUnreachable();
      calls++;
      const result = await api.call(channel, input, sessionId, envelope, origin);
      if (cut === 'after') throw new HubUnreachable('The hub’s reply was lost.');
      return result;
    },
    deviceSession() {
      if (current() !== 'none') return Promise.reject(new HubUnreachable());
      if (device === null || !api.sessions.get(device)) device = api.sessions.open();
      return Promise.resolve(device);
    },
    cut(next) {
      how = next;
      countdown = null;
    },
    cutAfterCalls(n, next) {
      countdown = { n, how: next };
    },
    replace(next) {
      api = next;
    },
    get calls() {
      return calls;
    },
  };
}
