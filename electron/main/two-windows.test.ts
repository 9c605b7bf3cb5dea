// Two windows, two people: the real API (as the API process serves it) behind the real IPC
// binding and the main process's API-process client, with Electron's pieces passed in as fakes.
// Each window acts as the person signed in there, and hears the other's changes.
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../api/contract';
import type { ServerEvent } from '../../api/contract/events';
import type { ApiResult } from '../../api/result';
import { testApi } from '../../api/testing';
import type { FromApiProcess, ToApiProcess } from '../api-process/protocol';
import { serveApi } from '../api-process/serve';
import { connectApiProcess } from './api-process-client';
import { bindApi, type IpcMainLike } from './ipc';

const APP = 'file:///app/out/renderer/index.html';
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

async function clinic() {
  const t = await testApi();
  closers.push(t.close);
  // The API process's end and the main process's end of the port, joined in memory (messages are
  // cloned as the real port would, and delivered asynchronously).
  const toApi: ((m: ToApiProcess) => void)[] = [];
  const toMain: ((m: FromApiProcess) => void)[] = [];
  const deliver = <M>(listeners: ((m: M) => void)[], m: M) => setImmediate(() => listeners.forEach((l) => l(structuredClone(m))));
  serveApi({ postMessage: (m) => deliver(toMain, m), onMessage: (l) => void toApi.push(l) }, t.root, async () => undefined);
  const client = connectApiProcess({
    postMessage: (m) => deliver(toApi, m),
    on: (event: 'message' | 'exit', listener: (value: never) => void) => {
      if (event === 'message') toMain.push(listener as (m: FromApiProcess) => void);
    },
    kill: () => true,
  });
  const heard = new Map<number, ServerEvent[]>();
  client.onEvent((window, event) => heard.set(window, [...(heard.get(window) ?? []), event]));

  let handler!: (...args: unknown[]) => unknown;
  const ipcMain: IpcMainLike = { handle: (_c, l) => void (handler = l as never), removeHandler: () => undefined };
  bindApi({ ipcMain, api: client, channels: CHANNELS, isTrustedSender: (f) => f?.url === APP });
  expect(handler).toBeDefined();

  const destroyers = new Map<number, () => void>();
  const windowCall = (id: number) => async (channel: string, input: unknown) =>
    (await handler(
      { senderFrame: { url: APP, parent: null }, sender: { id, once: (_e: string, fn: () => void) => destroyers.set(id, fn) } },
      channel,
      input,
    )) as ApiResult<unknown>;
  const ok = (call: ReturnType<typeof windowCall>) => async (channel: string, input: unknown) => {
    const r = await call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data as Record<string, unknown>;
  };
  return { t, windowCall, ok, heard, destroy: (id: number) => destroyers.get(id)?.() };
}

describe('two windows, two people (Electron IPC with the API process)', () => {
  it('each window acts as its own signed-in person, and hears what the other changed', async () => {
    const c = await clinic();
    const owner = c.windowCall(1);
    const desk = c.windowCall(2);
    const ownerOk = c.ok(owner);
    const deskOk = c.ok(desk);

    const me = await ownerOk('auth.setupOwner', { name: 'Olu Owner', pin: '1111', confirmPin: '1111' });
    const reception = await ownerOk('staff.create', { name: 'Rae Desk', role: 'reception' });
    await ownerOk('auth.setPin', { staffId: reception.id, pin: '2222' });

    // The second window is signed out until someone signs in there; the owner's window is not.
    expect((await desk('clients.search', {})).ok).toBe(false);
    await deskOk('auth.signIn', { staffId: reception.id, pin: '2222' });
    expect(((await ownerOk('auth.status', {})).actor as { name: string }).name).toBe('Olu Owner');
    expect(((await deskOk('auth.status', {})).actor as { name: string }).name).toBe('Rae Desk');

    // Each window's role is its own: reception may not add staff; the owner may.
    expect(await desk('staff.create', { name: 'X', role: 'practitioner' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await ownerOk('staff.create', { name: 'Pat Chair', role: 'practitioner' });

    // A client added at the desk is audited as the desk's person, and the owner's window hears it.
    c.heard.clear();
    const client = await deskOk('clients.create', { firstName: 'Ömer', lastName: 'Çelik' });
    const audit = c.t.open.sqlite
      .prepare("SELECT staff_id FROM audit_log WHERE entity = 'client' AND entity_id = ? AND action = 'create'")
      .pluck()
      .get(String(client.id));
    expect(audit).toBe(reception.id);
    await expect.poll(() => c.heard.get(1)?.some((e) => e.type === 'stale')).toBe(true);
    expect(c.heard.get(2)).toBeUndefined(); // the window that made the change refreshes itself

    // Locking one window leaves the other signed in.
    await ownerOk('auth.signOut', { reason: 'lock' });
    expect((await ownerOk('auth.status', {})).actor).toBeNull();
    expect(((await deskOk('auth.status', {})).actor as { id: number }).id).toBe(reception.id);
    expect(me.role).toBe('owner');

    // A closed window's session ends: the same id later is a new, signed-out caller.
    c.destroy(2);
    expect((await desk('auth.status', {})).ok && ((await deskOk('auth.status', {})).actor ?? null)).toBeNull();
  });
});
