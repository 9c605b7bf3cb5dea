import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../api/result';
import { STIPPLE_IPC_CHANNEL } from '../shared/ipc-channel';
import { bindApi, trustAppMainFrame, type IpcMainLike, type SenderFrame } from './ipc';

type Handler = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

const APP = 'file:///app/out/renderer/index.html';
const appFrame: SenderFrame = { url: `${APP}#/clients`, parent: null };
const policy = { isAppPage: (url: string) => url.startsWith(APP) };

/** A window's webContents: its id, and 'destroyed' fired when the test closes it. */
function fakeSender(id: number) {
  const onDestroyed: (() => void)[] = [];
  return {
    id,
    once: (_event: 'destroyed', fn: () => void) => void onDestroyed.push(fn),
    destroy: () => onDestroyed.splice(0).forEach((fn) => fn()),
  };
}
const firstWindow = fakeSender(1);

function setup(
  call = vi.fn(async (_w: number, _c: string, _i: unknown): Promise<ApiResult<unknown>> => ({ ok: true, data: { id: 1 } })),
  closed = vi.fn(),
) {
  const { ipcMain, handlers } = fakeIpcMain();
  const onRefused = vi.fn();
  const unbind = bindApi({
    ipcMain,
    api: { call, closed },
    channels: ['clients.create', 'clients.search'],
    isTrustedSender: trustAppMainFrame(policy),
    onRefused,
  });
  const invoke = (frame: SenderFrame | null, ...args: unknown[]) =>
    handlers.get(STIPPLE_IPC_CHANNEL)!({ senderFrame: frame, sender: firstWindow }, ...args) as Promise<ApiResult<unknown>>;
  const invokeFrom = (sender: ReturnType<typeof fakeSender>, ...args: unknown[]) =>
    handlers.get(STIPPLE_IPC_CHANNEL)!({ senderFrame: appFrame, sender }, ...args) as Promise<ApiResult<unknown>>;
  return { call, closed, invoke, invokeFrom, handlers, unbind, onRefused };
}

describe('bindApi', () => {
  it('registers exactly one handler, on the stipple channel', () => {
    const { handlers } = setup();
    expect([...handlers.keys()]).toEqual([STIPPLE_IPC_CHANNEL]);
  });

  it('passes a trusted call on a known channel to the API and returns its envelope', async () => {
    const { invoke, call } = setup();
    await expect(invoke(appFrame, 'clients.create', { firstName: 'Ana' })).resolves.toEqual({ ok: true, data: { id: 1 } });
    expect(call).toHaveBeenCalledWith(1, 'clients.create', { firstName: 'Ana' }, {});
  });

  it('passes a change key to the API, and refuses one that is not a UUID before the API sees it', async () => {
    const { invoke, call } = setup();
    const key = '0b9d6f7e-3c1a-4f2e-9a51-7d2c8e4b6a10';
    await invoke(appFrame, 'clients.create', { firstName: 'Ana' }, { key, staffId: 3 });
    expect(call).toHaveBeenLastCalledWith(1, 'clients.create', { firstName: 'Ana' }, { key }); // nothing else crosses
    const bad = await invoke(appFrame, 'clients.create', { firstName: 'Ana' }, { key: 'again' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('names the sending window with every call, and ends its session once when it is destroyed', async () => {
    const { invokeFrom, call, closed } = setup();
    const second = fakeSender(7);
    await invokeFrom(second, 'clients.search', {});
    await invokeFrom(second, 'clients.search', {});
    expect(call.mock.calls.map((c) => c[0])).toEqual([7, 7]);
    second.destroy();
    expect(closed).toHaveBeenCalledExactlyOnceWith(7);
  });

  it('answers an untrusted sender with forbidden and never reaches the API', async () => {
    const { invoke, call, onRefused } = setup();
    const senders: (SenderFrame | null)[] = [
      null, // frame destroyed or navigated away mid-call
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/other.html', parent: null },
      { url: appFrame.url, parent: { url: APP } }, // a subframe, even of our own page
    ];
    for (const frame of senders) {
      const result = await invoke(frame, 'clients.create', {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden');
    }
    expect(call).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledTimes(senders.length);
  });

  it('refuses channels that are not in the contract, and non-string channels', async () => {
    const { invoke, call } = setup();
    for (const channel of ['db.exec', '__proto__', 'constructor', 42, undefined, { toString: () => 'clients.create' }]) {
      const result = await invoke(appFrame, channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into an internal envelope without details', async () => {
    const { invoke, onRefused } = setup(
      vi.fn(async (): Promise<ApiResult<unknown>> => {
        throw new Error('SQLITE_IOERR at /home/clinic/secret/path');
      }),
    );
    const result = await invoke(appFrame, 'clients.search', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(onRefused).toHaveBeenCalledWith('internal', expect.any(Error));
  });

  it('removes its handler when unbound', () => {
    const { handlers, unbind } = setup();
    unbind();
    expect(handlers.size).toBe(0);
  });

  it('refuses in the language it is given: German for a German clinic or system, English by default', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const call = vi.fn(async (): Promise<ApiResult<unknown>> => ({ ok: true, data: null }));
    bindApi({
      ipcMain,
      api: { call, closed: vi.fn() },
      channels: ['clients.create'],
      isTrustedSender: trustAppMainFrame(policy),
      locale: () => 'de-DE',
    });
    const invoke = (frame: SenderFrame | null, ...args: unknown[]) =>
      handlers.get(STIPPLE_IPC_CHANNEL)!({ senderFrame: frame, sender: fakeSender(7) }, ...args) as Promise<ApiResult<unknown>>;
    expect(await invoke({ url: 'https://evil.example/', parent: null }, 'clients.create', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Dieses Fenster darf die Kartei weder lesen noch ändern.' },
    });
    expect(await invoke(appFrame, 'nope', {})).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'Diese Anfrage kennt Stipple nicht.' },
    });
    expect(await invoke(appFrame, 'clients.create', {}, { key: 'not-a-uuid' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Der Schlüssel der Änderung ist ungültig, daher wurde nichts gespeichert.' },
    });
    expect(call).not.toHaveBeenCalled();
    const english = setup();
    expect(await english.invoke(appFrame, 'nope', {})).toMatchObject({ error: { message: 'Stipple does not know that request.' } });
  });
});
