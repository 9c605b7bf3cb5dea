// What the workstation's offline half needs from the link to the hub (built in network/ beside
// this: TLS, pairing, device credential). Kept to one small interface so the outbox, the copy and
// the workstation's API can be tested against a real createApi() behind a fake link that can be cut.
import type { CallEnvelope } from '../api/contract/call-envelope';
import type { OfflineOrigin } from '../api/offline-origin';
import type { ApiResult } from '../api/result';

export interface HubTransport {
  /**
   * One call at the hub, as `StippleApi.call` there. Resolves with the hub's envelope (refusals
   * included); REJECTS with a HubUnreachable error when no answer came back (no route, refused,
   * timed out, the reply lost), in which case the change may or may not have been applied: send it
   * again with the same key. `origin` is passed only on the device's own delivery of the outbox.
   */
  call(channel: string, input: unknown, sessionId: string, envelope?: CallEnvelope, origin?: OfflineOrigin): Promise<ApiResult<unknown>>;
  /**
   * A hub session of the device itself, to deliver the outbox under (the staff member each change
   * acts as travels in its origin). Opened again after the hub restarted (its sessions end).
   */
  deviceSession(): Promise<string>;
}

export const HUB_UNREACHABLE = 'hub_unreachable';

/** Thrown (rejected) by a transport when the hub gave no answer. */
export class HubUnreachable extends Error {
  readonly code = HUB_UNREACHABLE;
  constructor(message = 'The clinic’s hub cannot be reached.') {
    super(message);
    this.name = 'HubUnreachable';
  }
}

/** Any error that says the hub gave no answer (by its code, so another module's class works too). */
export function isHubUnreachable(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === HUB_UNREACHABLE;
}
