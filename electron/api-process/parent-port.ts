// How the API process talks to the main process: Electron's `process.parentPort` in a
// utilityProcess; Node's child-process IPC (`process.send`) when the lifecycle test forks it under
// Node, where the Electron binary cannot be run.
import type { FromApiProcess, PortLike, ToApiProcess } from './protocol';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

type ProcessLike = Pick<NodeJS.Process, 'on'> & { parentPort?: ParentPort; send?: (message: unknown) => boolean };

export function parentPortOf(proc: ProcessLike): PortLike<ToApiProcess, FromApiProcess> {
  const parent = proc.parentPort;
  if (parent) {
    return {
      postMessage: (message) => parent.postMessage(message),
      onMessage: (listener) => parent.on('message', (event) => listener(event.data as ToApiProcess)),
    };
  }
  const send = proc.send?.bind(proc);
  if (send) {
    return {
      postMessage: (message) => void send(message),
      onMessage: (listener) => void proc.on('message', (message) => listener(message as ToApiProcess)),
    };
  }
  throw new Error('The API process must be started by Stipple’s main process.');
}
