import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppUrlPolicy } from './app-url';
import { captureGate, grantsPermission } from './camera-permission';
import type { IpcMainLike } from './ipc';

const policy = createAppUrlPolicy({ rendererIndexFile: path.resolve('/app/out/renderer/index.html') });
const appPage = `${pathToFileURL(path.resolve('/app/out/renderer/index.html')).href}#/clients/3`;

describe('the camera permission', () => {
  it('is granted to the app’s own page only while the capture view is open, for video only', () => {
    const gate = captureGate();
    const deps = { policy, gate };
    expect(grantsPermission(deps, 'media', appPage, { mediaTypes: ['video'] })).toBe(false);
    gate.setOpen(true);
    expect(grantsPermission(deps, 'media', appPage, { mediaTypes: ['video'] })).toBe(true);
    expect(grantsPermission(deps, 'media', appPage, { mediaType: 'video' })).toBe(true);
    gate.setOpen(false);
    expect(grantsPermission(deps, 'media', appPage, { mediaTypes: ['video'] })).toBe(false);
  });

  it('is never granted to another page, for the microphone, or for anything else', () => {
    const gate = captureGate();
    gate.setOpen(true);
    const deps = { policy, gate };
    expect(grantsPermission(deps, 'media', 'https://example.com/', { mediaTypes: ['video'] })).toBe(false);
    expect(grantsPermission(deps, 'media', 'file:///tmp/evil.html', { mediaTypes: ['video'] })).toBe(false);
    expect(grantsPermission(deps, 'media', undefined, { mediaTypes: ['video'] })).toBe(false);
    expect(grantsPermission(deps, 'media', appPage, { mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(grantsPermission(deps, 'media', appPage, { mediaTypes: [] })).toBe(false);
    for (const other of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'display-capture'])
      expect(grantsPermission(deps, other, appPage, { mediaTypes: ['video'] }), other).toBe(false);
  });
});

describe('the capture view’s IPC', () => {
  it('opens the gate for the app’s own frame only, and closes it when the window goes away', async () => {
    const { bindCaptureGate } = await import('./camera-permission');
    const { trustAppMainFrame } = await import('./ipc');
    type Handler = Parameters<IpcMainLike['handle']>[1];
    let handler: Handler | null = null;
    let destroyed: (() => void) | null = null;
    const ipcMain = {
      handle: (_c: string, h: Handler) => {
        handler = h;
      },
      removeHandler: () => {
        handler = null;
      },
    };
    const gate = captureGate();
    const unbind = bindCaptureGate({ ipcMain, gate, isTrustedSender: trustAppMainFrame(policy) });
    const sender = { id: 1, once: (_e: string, l: () => void) => (destroyed = l) };
    const from = (url: string) => ({ senderFrame: { url, parent: null }, sender });
    expect(handler!(from('https://example.com/'), true)).toBe(false);
    expect(gate.open).toBe(false);
    expect(handler!(from(appPage), true)).toBe(true);
    expect(gate.open).toBe(true);
    expect(handler!(from(appPage), 'yes')).toBe(true);
    expect(gate.open).toBe(false);
    handler!(from(appPage), true);
    destroyed!();
    expect(gate.open).toBe(false);
    unbind();
    expect(handler).toBeNull();
  });
});
