// Who is signed in, per caller: one caller session per Electron window or browser context (not to
// be confused with a treatment session). The transport opens one for each caller and passes its id
// with every call; nothing about "who is signed in" lives anywhere else. Ids are random and
// unguessable: the browser host hands one to each browser context as its credential (a cookie).
import crypto from 'node:crypto';
import type { ServerEvent } from './contract/events';

export interface CallerSession {
  readonly id: string;
  /** The signed-in staff member, or null (signed out, locked, or never signed in). */
  actorId: number | null;
  /** When this session last made a call while signed in (ms since epoch), for the idle lock. */
  lastCallAt: number;
}

export type CallerListener = (sessionId: string, event: ServerEvent) => void;

export interface CallerSessions {
  /** A new signed-out session; its id is the caller's credential. */
  open(): string;
  /** The session, or undefined when the id is unknown or closed. */
  get(id: string): CallerSession | undefined;
  /** The caller is gone (window closed): forget its session. */
  close(id: string): void;
  /** Sign every session out (after a restore: the staff list may have changed). */
  signOutAll(reason: Extract<ServerEvent, { type: 'signed_out' }>['reason']): void;
  /** Tell one session something; transports deliver it to that window or browser context. */
  send(sessionId: string, event: ServerEvent): void;
  /** Tell every session but one (the caller who made the change) something. */
  broadcast(event: ServerEvent, except?: string): void;
  /** Transports listen here; returns the function that stops listening. */
  listen(listener: CallerListener): () => void;
  /** Ids of the open sessions (for tests and the transports' own bookkeeping). */
  ids(): string[];
}

export function createCallerSessions(newId: () => string = () => crypto.randomBytes(32).toString('base64url')): CallerSessions {
  const sessions = new Map<string, CallerSession>();
  const listeners = new Set<CallerListener>();
  const emit = (id: string, event: ServerEvent) => {
    for (const listener of listeners) listener(id, event);
  };
  return {
    open() {
      const id = newId();
      sessions.set(id, { id, actorId: null, lastCallAt: 0 });
      return id;
    },
    get: (id) => sessions.get(id),
    close(id) {
      sessions.delete(id);
    },
    signOutAll(reason) {
      for (const session of sessions.values()) {
        if (session.actorId === null) continue;
        session.actorId = null;
        emit(session.id, { type: 'signed_out', reason });
      }
    },
    send: emit,
    broadcast(event, except) {
      for (const id of sessions.keys()) if (id !== except) emit(id, event);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ids: () => [...sessions.keys()],
  };
}
