// The preload: exposes exactly one object, window.stipple, and nothing else from Electron.
// It imports only the channel list (the build replaces the contract with its names), never the
// handlers or the database.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../api/contract';
import type { ApiResult } from '../../api/result';
import { STIPPLE_CAPTURE_CHANNEL, STIPPLE_EVENT_CHANNEL, STIPPLE_IPC_CHANNEL } from '../shared/ipc-channel';
import { createBridge } from './bridge';

const bridge = createBridge(
  CHANNELS,
  (channel, input, envelope) => ipcRenderer.invoke(STIPPLE_IPC_CHANNEL, channel, input, envelope) as Promise<ApiResult<unknown>>,
  (listener) => {
    const onEvent = (_event: unknown, data: unknown) => listener(data);
    ipcRenderer.on(STIPPLE_EVENT_CHANNEL, onEvent);
    return () => void ipcRenderer.removeListener(STIPPLE_EVENT_CHANNEL, onEvent);
  },
  (open) => ipcRenderer.invoke(STIPPLE_CAPTURE_CHANNEL, open) as Promise<boolean>,
);

contextBridge.exposeInMainWorld('stipple', bridge);
