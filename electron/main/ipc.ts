// Binds the API to IPC: one handler on one channel, which checks who is asking and what for before
// the API sees the call. Electron is passed in, so this runs under Node in unit tests.
import type { ApiResult } from '../../api/result';
import { STIPPLE_IPC_CHANNEL } from '../shared/ipc-channel';
import type { AppUrlPolicy } from './app-url';

/** The parts of Electron's WebFrameMain the trust check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface BindApiDeps {
  ipcMain: IpcMainLike;
  api: { call(channel: string, input: unknown): Promise<ApiResult<unknown>> };
  /** The API's channel names (CHANNELS from the contract). */
  channels: readonly string[];
  isTrustedSender: (frame: SenderFrame | null) => boolean;
  /** Told about refused calls and unexpected failures, for the log; the renderer gets a plain message. */
  onRefused?: (reason: 'untrusted_sender' | 'unknown_channel' | 'internal', detail: unknown) => void;
}

/** Trust only the top frame of the app's own page; a destroyed or foreign frame gets nothing. */
export function trustAppMainFrame(policy: Pick<AppUrlPolicy, 'isAppPage'>) {
  return (frame: SenderFrame | null): boolean => frame !== null && frame.parent === null && policy.isAppPage(frame.url);
}

/** Registers the handler; returns a function that removes it (used on quit and in tests). */
export function bindApi(deps: BindApiDeps): () => void {
  const allowed = new Set(deps.channels);
  deps.ipcMain.handle(STIPPLE_IPC_CHANNEL, async (event, channel, input): Promise<ApiResult<unknown>> => {
    if (!deps.isTrustedSender(event.senderFrame)) {
      deps.onRefused?.('untrusted_sender', event.senderFrame?.url ?? null);
      return { ok: false, error: { code: 'forbidden', message: 'This window is not allowed to read or change the chart.' } };
    }
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      deps.onRefused?.('unknown_channel', channel);
      return { ok: false, error: { code: 'unknown_channel', message: 'Stipple does not know that request.' } };
    }
    try {
      return await deps.api.call(channel, input);
    } catch (error) {
      // api.call promises never to throw; if it ever does, the renderer still gets an envelope.
      deps.onRefused?.('internal', error);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong. Your last change may not have been saved.' } };
    }
  });
  return () => deps.ipcMain.removeHandler(STIPPLE_IPC_CHANNEL);
}
