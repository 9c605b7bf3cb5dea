// Binds the API to IPC: one handler on one channel, which checks who is asking and what for before
// the API sees the call. Each window (webContents) is its own caller with its own sign-in: its
// calls go to the API named by its id, and when it is destroyed its session ends. Electron is
// passed in, so this runs under Node in unit tests.
import { parseCallEnvelope, type CallEnvelope } from '../../api/contract/call-envelope';
import type { ApiResult } from '../../api/result';
import { translate } from '../../core/i18n/translate';
import { STIPPLE_IPC_CHANNEL } from '../shared/ipc-channel';
import type { AppUrlPolicy } from './app-url';

/** The parts of Electron's WebFrameMain the trust check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** The parts of Electron's WebContents the binding reads: which window, and when it goes away. */
export interface SenderContents {
  id: number;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: SenderFrame | null; sender: SenderContents }, ...args: unknown[]) => unknown,
  ): void;
  removeHandler(channel: string): void;
}

/** The API as the windows see it: every call names its window; a closed window's session ends. */
export interface WindowApi {
  call(window: number, channel: string, input: unknown, envelope?: CallEnvelope): Promise<ApiResult<unknown>>;
  closed(window: number): void;
}

export interface BindApiDeps {
  ipcMain: IpcMainLike;
  api: WindowApi;
  /** The API's channel names (CHANNELS from the contract). */
  channels: readonly string[];
  isTrustedSender: (frame: SenderFrame | null) => boolean;
  /** Told about refused calls and unexpected failures, for the log; the renderer gets a plain message. */
  onRefused?: (reason: 'untrusted_sender' | 'unknown_channel' | 'internal', detail: unknown) => void;
  /** The language of the binding's own refusals (the clinic's as last reported, else the system's); default English. */
  locale?: () => string;
}

/** Trust only the top frame of the app's own page; a destroyed or foreign frame gets nothing. */
export function trustAppMainFrame(policy: Pick<AppUrlPolicy, 'isAppPage'>) {
  return (frame: SenderFrame | null): boolean => frame !== null && frame.parent === null && policy.isAppPage(frame.url);
}

/** Registers the handler; returns a function that removes it (used on quit and in tests). */
export function bindApi(deps: BindApiDeps): () => void {
  const allowed = new Set(deps.channels);
  const known = new Set<number>();
  const locale = deps.locale ?? (() => 'en-GB');
  deps.ipcMain.handle(STIPPLE_IPC_CHANNEL, async (event, channel, input, rawEnvelope): Promise<ApiResult<unknown>> => {
    if (!deps.isTrustedSender(event.senderFrame)) {
      deps.onRefused?.('untrusted_sender', event.senderFrame?.url ?? null);
      return { ok: false, error: { code: 'forbidden', message: translate(locale(), 'shell.ipc.untrusted') } };
    }
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      deps.onRefused?.('unknown_channel', channel);
      return { ok: false, error: { code: 'unknown_channel', message: translate(locale(), 'shell.ipc.unknownRequest') } };
    }
    const envelope = parseCallEnvelope(rawEnvelope, locale());
    if (!envelope.ok) return { ok: false, error: { code: 'invalid_input', message: envelope.message } };
    const window = event.sender.id;
    if (!known.has(window)) {
      known.add(window);
      event.sender.once('destroyed', () => {
        known.delete(window);
        deps.api.closed(window);
      });
    }
    try {
      return await deps.api.call(window, channel, input, envelope.envelope);
    } catch (error) {
      // api.call promises never to throw; if it ever does, the renderer still gets an envelope.
      deps.onRefused?.('internal', error);
      return { ok: false, error: { code: 'internal', message: translate(locale(), 'shell.ipc.internal') } };
    }
  });
  return () => deps.ipcMain.removeHandler(STIPPLE_IPC_CHANNEL);
}
