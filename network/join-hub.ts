// A Stipple becomes a workstation of the clinic's hub from its first-run screen. The app that hosts
// the API (the desktop app's API process, the browser host) serves it through `startStipple`: on
// start, a computer already paired (a `workstation/` folder beside the database) serves the
// workstation's API and never opens a database; otherwise the local API. `network.join` is taken
// here, in front of the API: the API's own answer says first whether this Stipple may join (it
// holds no data); then this pairs, keeps the link sealed in the folder, closes and removes the empty
// database, and serves the hub from then on. Every window keeps its session across the switch and
// is told that everything is stale, so it asks the hub who may sign in.
import fs from 'node:fs';
import path from 'node:path';
import { createCallerSessions, type CallerSessions } from '../api/caller-sessions';
import { joinHubInput, type JoinHubInput } from '../api/contract/network';
import type { StippleApi } from '../api/dispatch';
import type { ApiResult } from '../api/result';
import type { DatabaseKey } from '../db/cipher';
import { hubClient, HubUnreachableError, type HubLink } from './hub-client';
import { PairingError, pairWithHub } from './pair-client';
import { workstationWindowApi } from './workstation-window-api';
import { hasWorkstation, loadWorkstation, saveWorkstation, type WorkstationFile } from './workstation-store';

/** What a transport serves: calls for a caller session, and the sessions with their events. */
export type HostedApi = Pick<StippleApi, 'call' | 'sessions'>;

/** The local database and its API, as the host opened them. */
export interface LocalStipple {
  api: HostedApi;
  /** Stops what runs on the database (a backup under way finishes first) and closes it, with its lock. */
  close(): Promise<void>;
}

export interface ServedWorkstation extends HostedApi {
  close(): void;
}

export interface StippleHostOptions {
  databaseFile: string;
  /** The desktop app's keychain-wrapped key, or the browser host's key file: for the database, or once joined for the outbox, the copy and the pairing. */
  key: DatabaseKey;
  /** Opens the database and its API; called only when this computer is not a workstation. */
  openLocal: () => Promise<LocalStipple>;
  /** The workstation's API for a saved link; default: the real TLS link with its outbox and copy in the folder. */
  serveWorkstation?: (link: WorkstationFile, folder: string, key: DatabaseKey) => ServedWorkstation;
  pair?: (request: JoinHubInput) => Promise<HubLink>;
  log?: (message: string, error?: unknown) => void;
  now?: () => Date;
}

export interface SwitchableApi extends HostedApi {
  /** 'local' while this computer holds its own database; 'workstation' once it serves the hub's. */
  readonly role: 'local' | 'workstation';
  /** The hub this computer is a workstation of (null while local). */
  readonly link: WorkstationFile | null;
  close(): Promise<void>;
}

/** The workstation's own folder: beside the database, as the database's key is. */
export const workstationFolderBeside = (databaseFile: string) => path.join(path.dirname(databaseFile), 'workstation');

const SESSION_ENDED: ApiResult<never> = {
  ok: false,
  error: { code: 'signed_out', message: 'This window’s sign-in has ended. Reload the page to sign in again; nothing was saved.' },
};
const JOINING: ApiResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'This computer is joining the clinic’s hub just now. Try again in a moment; nothing was saved.' },
};
const CLOSING: ApiResult<never> = { ok: false, error: { code: 'unavailable', message: 'Stipple is closing, so nothing was saved.' } };
const SOMETHING_WRONG: ApiResult<never> = {
  ok: false,
  error: { code: 'internal', message: 'Something went wrong while joining the hub. Nothing was changed on this computer; try again.' },
};

const defaultServe = (log: (message: string, error?: unknown) => void) => (link: WorkstationFile, folder: string, key: DatabaseKey) =>
  workstationWindowApi({ client: hubClient(link), folder, key, log });

type Current = { role: 'local'; local: LocalStipple } | { role: 'workstation'; served: ServedWorkstation; link: WorkstationFile };

/** The host's API: the workstation's if this computer was paired, else the local one, which can join a hub. */
export async function startStipple(options: StippleHostOptions): Promise<SwitchableApi> {
  const folder = workstationFolderBeside(options.databaseFile);
  const log = options.log ?? (() => {});
  const serve = options.serveWorkstation ?? defaultServe(log);
  if (hasWorkstation(folder)) {
    const link = loadWorkstation(folder, options.key)!;
    return switchable({ role: 'workstation', served: serve(link, folder, options.key), link }, options, folder, serve, log);
  }
  return switchable({ role: 'local', local: await options.openLocal() }, options, folder, serve, log);
}

function switchable(
  first: Current,
  options: StippleHostOptions,
  folder: string,
  serve: NonNullable<StippleHostOptions['serveWorkstation']>,
  log: (message: string, error?: unknown) => void,
): SwitchableApi {
  const pair = options.pair ?? pairWithHub;
  const now = options.now ?? (() => new Date());
  // The transport's sessions: they outlive the switch. Each maps to one of the current API's own.
  const outer = createCallerSessions();
  let current = first;
  let innerOf = new Map<string, string>();
  let outerOf = new Map<string, string>();
  let stopListening = () => {};
  let joining = false;
  let closed = false;
  let underWay = 0;
  const drained: (() => void)[] = [];

  const apiOf = (c: Current): HostedApi => (c.role === 'local' ? c.local.api : c.served);
  function use(next: Current): void {
    stopListening();
    current = next;
    innerOf = new Map();
    outerOf = new Map();
    const listening = apiOf(next).sessions.listen((innerId, event) => {
      const id = outerOf.get(innerId);
      if (id !== undefined) outer.send(id, event);
    });
    stopListening = () => void listening();
  }
  use(first);

  function innerFor(outerId: string): string {
    let id = innerOf.get(outerId);
    if (id === undefined) {
      id = apiOf(current).sessions.open();
      innerOf.set(outerId, id);
      outerOf.set(id, outerId);
    }
    return id;
  }

  const sessions: CallerSessions = {
    open: () => outer.open(),
    get: (id) => {
      const inner = innerOf.get(id);
      return (inner === undefined ? undefined : apiOf(current).sessions.get(inner)) ?? outer.get(id);
    },
    close(id) {
      const inner = innerOf.get(id);
      if (inner !== undefined) {
        apiOf(current).sessions.close(inner);
        innerOf.delete(id);
        outerOf.delete(inner);
      }
      outer.close(id);
    },
    signOutAll: (reason) => apiOf(current).sessions.signOutAll(reason),
    send: (id, event) => outer.send(id, event),
    broadcast: (event, except) => outer.broadcast(event, except),
    listen: (listener) => outer.listen(listener),
    ids: () => outer.ids(),
  };

  async function call(...[channel, input, sessionId, envelope, origin]: Parameters<StippleApi['call']>): Promise<ApiResult<unknown>> {
    if (!outer.get(sessionId)) return SESSION_ENDED;
    if (closed) return CLOSING;
    if (joining) return JOINING;
    if (channel === 'network.join') return join(input, sessionId, envelope);
    underWay++;
    try {
      return await apiOf(current).call(channel, input, innerFor(sessionId), envelope, origin);
    } finally {
      if (--underWay === 0) for (const resolve of drained.splice(0)) resolve();
    }
  }

  async function join(input: unknown, sessionId: string, envelope: Parameters<StippleApi['call']>[3]): Promise<ApiResult<unknown>> {
    if (current.role === 'workstation') {
      const { address, name } = current.link;
      return {
        ok: false,
        error: { code: 'rule', message: `This computer is already a workstation of the clinic’s hub at ${address}, as “${name}”.` },
      };
    }
    const local = current.local;
    joining = true; // from here no call reaches the database that is about to go
    try {
      if (underWay > 0) await new Promise<void>((resolve) => drained.push(resolve));
      // The API decides: the input's field errors, and whether this Stipple holds data.
      const checked = await local.api.call('network.join', input, innerFor(sessionId), envelope);
      if (checked.ok) return SOMETHING_WRONG;
      // By its mark, not its words: the message is in the caller's language.
      if (checked.error.joinByHost !== true) return checked;
      const request = joinHubInput.parse(input);
      let saved: WorkstationFile;
      try {
        saved = { ...(await pair(request)), name: request.name, pairedAt: now().toISOString() };
      } catch (error) {
        return pairingRefusal(error, log);
      }
      try {
        saveWorkstation(folder, saved, options.key);
      } catch (error) {
        log('the pairing could not be saved', error);
        const why = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          error: {
            code: 'unavailable',
            message: `The hub paired this computer, but the pairing could not be saved here (${why}). Ask the owner to revoke “${saved.name}” in Settings → Workstations, then join again.`,
          },
        };
      }
      try {
        await local.close();
        removeDatabase(options.databaseFile);
      } catch (error) {
        log('the empty database could not be closed and removed after joining', error);
      }
      let served: ServedWorkstation;
      try {
        served = serve(saved, folder, options.key);
      } catch (error) {
        log('the workstation’s outbox and copy could not be opened after joining', error);
        served = unservable();
      }
      use({ role: 'workstation', served, link: saved });
      // Every other window asks again (this one does: network.join makes everything stale).
      outer.broadcast({ type: 'stale', channels: 'all' }, sessionId);
      return { ok: true, data: { name: saved.name, address: saved.address } };
    } finally {
      joining = false;
    }
  }

  return {
    call,
    sessions,
    get role() {
      return current.role;
    },
    get link() {
      return current.role === 'workstation' ? current.link : null;
    },
    async close() {
      if (closed) return;
      closed = true;
      stopListening();
      if (current.role === 'local') await current.local.close();
      else current.served.close();
    },
  };
}

/** A pairing refusal beside the field to correct: the code (wrong, expired, used), or the address (nobody there, another computer). */
function pairingRefusal(error: unknown, log: (message: string, error?: unknown) => void): ApiResult<never> {
  const field = error instanceof PairingError ? error.field : error instanceof HubUnreachableError ? 'address' : null;
  if (field === null) {
    log('unexpected error while pairing with the hub', error);
    return SOMETHING_WRONG;
  }
  const message = (error as Error).message;
  return { ok: false, error: { code: 'invalid_input', message, fields: { [field]: message } } };
}

/** Joined, but the workstation's own files did not open: every call says so until Stipple is started again. */
function unservable(): ServedWorkstation {
  const answer: ApiResult<never> = {
    ok: false,
    error: {
      code: 'unavailable',
      message: 'This computer joined the clinic’s hub, but its workstation files could not be opened. Quit Stipple and start it again.',
    },
  };
  return { call: () => Promise.resolve(answer), sessions: createCallerSessions(), close: () => {} };
}

/** The empty database's files (its key stays: it is the workstation's key now). */
function removeDatabase(databaseFile: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
}
