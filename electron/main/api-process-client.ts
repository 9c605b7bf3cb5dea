// The main process's handle on the API process: forwards each window's calls and hands back the
// answers and the events addressed to a window. If the API process dies, every waiting call gets a
// plain error (never a hang) and the owner is told once.
import type { CallEnvelope } from '../../api/contract/call-envelope';
import type { ServerEvent } from '../../api/contract/events';
import type { ApiResult } from '../../api/result';
import type { FromApiProcess, ToApiProcess } from '../api-process/protocol';

/** The parts of Electron's UtilityProcess used here (a fake in tests). */
export interface UtilityProcessLike {
  postMessage(message: ToApiProcess): void;
  on(event: 'message', listener: (message: FromApiProcess) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export type Started = { ok: true; locale?: string } | { ok: false; message: string };

export interface ApiProcessClient {
  /** Resolves once the database is open (or could not be). */
  started: Promise<Started>;
  call(window: number, channel: string, input: unknown, envelope?: CallEnvelope): Promise<ApiResult<unknown>>;
  closed(window: number): void;
  onEvent(listener: (window: number, event: ServerEvent) => void): void;
  onDamaged(listener: (message: string) => void): void;
  onExit(listener: (code: number) => void): void;
  /** Back up and close the database; resolves when the process has finished (or after `patienceMs`). */
  quit(patienceMs?: number): Promise<void>;
}

const STOPPED: ApiResult<unknown> = {
  ok: false,
  error: {
    code: 'unavailable',
    message: 'Stipple’s data service has stopped, so nothing was saved. Restart Stipple; your entry is still on screen.',
  },
};

export function connectApiProcess(child: UtilityProcessLike): ApiProcessClient {
  let nextId = 1;
  let alive = true;
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const eventListeners: ((window: number, event: ServerEvent) => void)[] = [];
  const damagedListeners: ((message: string) => void)[] = [];
  const exitListeners: ((code: number) => void)[] = [];
  let onClosed: (() => void) | null = null;
  let settleStart!: (s: Started) => void;
  const started = new Promise<Started>((resolve) => (settleStart = resolve));

  child.on('message', (message) => {
    switch (message.kind) {
      case 'ready':
        return settleStart(message.locale ? { ok: true, locale: message.locale } : { ok: true });
      case 'failed':
        return settleStart({ ok: false, message: message.message });
      case 'damaged':
        settleStart({ ok: false, message: message.message });
        for (const l of damagedListeners) l(message.message);
        return;
      case 'result':
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
        return;
      case 'event':
        for (const l of eventListeners) l(message.window, message.event);
        return;
      case 'closed':
        onClosed?.();
        return;
    }
  });
  child.on('exit', (code) => {
    alive = false;
    settleStart({ ok: false, message: 'Stipple’s data service stopped while starting.' });
    for (const resolve of pending.values()) resolve(STOPPED);
    pending.clear();
    onClosed?.();
    for (const l of exitListeners) l(code);
  });

  return {
    started,
    call(window, channel, input, envelope) {
      if (!alive) return Promise.resolve(STOPPED);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        child.postMessage({ kind: 'call', id, window, channel, input, ...(envelope ? { envelope } : {}) });
      });
    },
    closed(window) {
      if (alive) child.postMessage({ kind: 'closed', window });
    },
    onEvent: (l) => void eventListeners.push(l),
    onDamaged: (l) => void damagedListeners.push(l),
    onExit: (l) => void exitListeners.push(l),
    quit(patienceMs = 30_000) {
      if (!alive) return Promise.resolve();
      return new Promise<void>((resolve) => {
        // A slow or stuck backup drive must not keep Stipple from quitting.
        const timer = setTimeout(() => {
          child.kill();
          resolve();
        }, patienceMs);
        onClosed = () => {
          clearTimeout(timer);
          if (alive) child.kill(); // the database is closed: nothing is left to finish
          resolve();
        };
        child.postMessage({ kind: 'quit' });
      });
    },
  };
}
