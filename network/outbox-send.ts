// Sends the outbox to the hub, in the order the changes were saved, each with its key: a reply lost
// on the way back is sent again and the hub answers with the first result (api/change-keys.ts).
// Stops at the first change the hub gives no answer to, and tries again later from there.
import type { ApiResult } from '../api/result';
import { isHubUnreachable, type HubTransport } from './hub-transport';
import type { Outbox, OutboxEntry } from './outbox';

export interface SendReport {
  sent: number;
  refused: number;
  /** Why sending stopped before the end ('unreachable', 'unavailable': the hub could not write), or null. */
  stopped: 'unreachable' | 'unavailable' | null;
  /** The hub's answers of the changes sent, for the windows to refetch what they made stale. */
  applied: { entry: OutboxEntry; result: ApiResult<unknown> }[];
}

export async function sendOutbox(
  outbox: Outbox,
  transport: HubTransport,
  now: () => Date = () => new Date(),
  on: { onStart?: () => void; onSent?: () => void } = {},
): Promise<SendReport> {
  const report: SendReport = { sent: 0, refused: 0, stopped: null, applied: [] };
  let session: string;
  try {
    session = await transport.deviceSession();
  } catch (error) {
    if (!isHubUnreachable(error)) throw error;
    return { ...report, stopped: 'unreachable' };
  }
  const pending = outbox.pending();
  // onStart once the hub answered a change: the link's outbox session is kept from an earlier send,
  // so having one proves nothing, and "Sending" must not show while the cable is out.
  let started = false;
  outbox.markSending(pending.map((e) => e.key)); // from here on the hub may have them: resent only with their keys
  for (const entry of pending) {
    const send = (id: string) =>
      transport.call(entry.channel, entry.input, id, { key: entry.key }, { savedAt: entry.savedAt, by: entry.staffId });
    let result: ApiResult<unknown>;
    try {
      result = await send(session);
      if (!result.ok && result.error.code === 'signed_out') {
        session = await transport.deviceSession(); // the hub restarted: its sessions ended
        result = await send(session);
      }
    } catch (error) {
      if (!isHubUnreachable(error)) throw error;
      return { ...report, stopped: 'unreachable' };
    }
    if (!started) {
      started = true;
      on.onStart?.();
    }
    if (result.ok) {
      outbox.markSent(entry.key, result.data, now());
      report.sent++;
      report.applied.push({ entry, result });
    } else if (result.error.code === 'unavailable') {
      return { ...report, stopped: 'unavailable' }; // disk full or busy at the hub: nothing applied, later
    } else {
      outbox.markAttention(entry.key, result.error, now());
      report.refused++;
      report.applied.push({ entry, result });
    }
    on.onSent?.();
  }
  return report;
}
