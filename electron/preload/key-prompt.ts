// The start-up key prompt's preload (electron/main/key-prompt-page.ts): one object with two calls,
// which send what was typed (or that the prompt was closed) to the main process, and nothing else.
import { contextBridge, ipcRenderer } from 'electron';

const CHANNEL = 'stipple:key-prompt'; // KEY_PROMPT_CHANNEL; the preload imports nothing from main

contextBridge.exposeInMainWorld(
  'stippleKeyPrompt',
  Object.freeze({
    submit: (text: unknown) => ipcRenderer.send(CHANNEL, typeof text === 'string' ? text : ''),
    cancel: () => ipcRenderer.send(CHANNEL, null),
  }),
);
