// The clinic's hub beside an API that a window uses: the desktop app's API process and the browser
// host serve workstations while the owner's "This computer is the clinic's hub" setting is on, on
// the address and port it names, and stop or move when it changes. The headless hub
// (network/hub.ts) shares serveAsHub and takes its address from the command line instead.
import fs from 'node:fs';
import type { ApiOptions, StippleApi } from '../api/dispatch';
import type { HubIdentity } from '../api/context';
import type { HubState } from '../api/contract/network';
import { readClinicSettings } from '../api/handlers/settings';
import type { OpenDatabase } from '../db/open';
import { loadOrCreateHubCertificate, type HubCertificate } from './certificate';
import { startHubServer, type HubServer } from './hub-server';

type Log = (message: string, error?: unknown) => void;

/** Where a hub writes the address it listens on, for `pairing-code` to print with the code. */
export const hubAddressFileFor = (databaseFile: string) => `${databaseFile}.hub-address`;

export interface ServeAsHubOptions {
  api: StippleApi;
  database: Pick<OpenDatabase, 'file' | 'sqlite'>;
  certificate: HubCertificate;
  host: string;
  port: number;
  log: Log;
  now?: () => Date;
}

/** The hub server on host:port, with its address written beside the database. */
export async function serveAsHub(options: ServeAsHubOptions): Promise<HubServer> {
  const server = await startHubServer({
    api: options.api,
    database: options.database,
    certificate: options.certificate,
    host: options.host,
    port: options.port,
    log: options.log,
    ...(options.now ? { now: options.now } : {}),
  });
  fs.writeFileSync(hubAddressFileFor(options.database.file), `${server.address}\n`, { mode: 0o600 });
  return server;
}

/** Why the hub could not listen, as the owner reads it in Settings. */
export function listenProblem(error: unknown, host: string, port: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE')
    return `Port ${port} is already in use on this computer (by another program, or another Stipple). Choose another port, or close that program.`;
  if (code === 'EADDRNOTAVAIL')
    return `${host} is not an address of this computer now (the network may have changed). Choose one from the list, or all of them.`;
  if (code === 'EACCES') return `This computer does not let Stipple listen on port ${port}. Choose a port above 1023, such as 8443.`;
  return 'The hub could not start on this computer. Try another port, or restart Stipple.';
}

export interface HubFollower {
  /** Where workstations reach this hub, while it serves: createApi's `hub`. */
  identity(): HubIdentity | null;
  /** Serving, off, or why not: what Settings shows. */
  state(): HubState;
  /** Resolves once the hub has followed every change of the setting seen so far. */
  settled(): Promise<void>;
  /** Stops serving (dropping workstations' connections) and stops following. */
  close(): Promise<void>;
}

export interface HubFollowingOptions {
  api: StippleApi;
  database: Pick<OpenDatabase, 'file' | 'key' | 'sqlite' | 'db'>;
  log: Log;
  now?: () => Date;
}

const OFF: HubState = { state: 'off', address: null, fingerprint: null, problem: null };
const HUB_STATUS = ['network.hubStatus'];

/**
 * Serves the hub while the clinic's setting says so: read at start, then again whenever a change
 * tells the windows that the settings are stale (or everything is, after a restore).
 */
export function hubFollowingSettings(options: HubFollowingOptions): HubFollower {
  const { api, database, log } = options;
  // A session of its own that never signs in: a change's stale notice goes to every session but
  // the caller's, so this one hears the owner's own change too.
  const ears = api.sessions.open();
  let running: { host: string; port: number; server: HubServer } | null = null;
  let current: HubState = OFF;
  let certificate: HubCertificate | null = null;
  let closed = false;
  let queue: Promise<void> = Promise.resolve();

  const stopListening = api.sessions.listen((sessionId, event) => {
    if (sessionId !== ears || event.type !== 'stale') return;
    if (event.channels === 'all' || event.channels.includes('settings.get')) follow();
  });

  function follow() {
    queue = queue.then(apply).catch((error: unknown) => log('the hub did not follow the settings', error));
  }

  function tell(next: HubState) {
    current = next;
    api.sessions.broadcast({ type: 'stale', channels: HUB_STATUS }, ears);
  }

  async function stopServing() {
    if (!running) return;
    const { server } = running;
    running = null;
    await server.close();
    fs.rmSync(hubAddressFileFor(database.file), { force: true });
  }

  async function apply() {
    if (closed) return;
    let wanted: { host: string; port: number } | null;
    try {
      const s = readClinicSettings(database.db);
      wanted = s.hubEnabled ? { host: s.hubHost, port: s.hubPort } : null;
    } catch (error) {
      log('could not read the hub setting', error);
      await stopServing();
      tell({ ...OFF, state: 'failed', problem: 'The clinic’s settings could not be read, so this computer is not serving workstations.' });
      return;
    }
    if (running && wanted && running.host === wanted.host && running.port === wanted.port) return;
    if (!running && !wanted && current.state === 'off') return;
    await stopServing();
    if (!wanted) return tell(OFF);
    tell({ ...OFF, state: 'starting' });
    try {
      certificate ??= loadOrCreateHubCertificate(database.file, database.key);
    } catch (error) {
      // certificate.ts says what to do in a plain sentence (a missing or private file).
      return tell({ ...OFF, state: 'failed', problem: error instanceof Error ? error.message : String(error) });
    }
    try {
      const server = await serveAsHub({ api, database, certificate, ...wanted, log, ...(options.now ? { now: options.now } : {}) });
      if (closed) {
        await server.close();
        return;
      }
      running = { ...wanted, server };
      log(`serving the clinic's workstations at ${server.address}`);
      tell({ state: 'serving', address: server.address, fingerprint: server.fingerprint, problem: null });
    } catch (error) {
      const known = ['EADDRINUSE', 'EADDRNOTAVAIL', 'EACCES'].includes(String((error as { code?: unknown } | null)?.code));
      // A known refusal is the owner's to fix (Settings says how); only the unexpected needs its stack here.
      log(
        `the hub could not listen on ${wanted.host}:${wanted.port}${known ? `: ${(error as Error).message}` : ''}`,
        known ? undefined : error,
      );
      tell({ ...OFF, state: 'failed', problem: listenProblem(error, wanted.host, wanted.port) });
    }
  }

  follow();
  let closing: Promise<void> | null = null;
  return {
    identity: () => (running ? { address: running.server.address, fingerprint: running.server.fingerprint } : null),
    state: () => current,
    settled: () => queue,
    close() {
      closing ??= (async () => {
        closed = true;
        stopListening();
        api.sessions.close(ears);
        await queue;
        await stopServing();
      })();
      return closing;
    },
  };
}

/** createApi's options that tell Settings about the hub, for a follower made after the API. */
export function hubApiOptions(follower: () => HubFollower | null): Pick<ApiOptions, 'hub' | 'hubState'> {
  return {
    hub: () => follower()?.identity() ?? null,
    hubState: () => follower()?.state() ?? OFF,
  };
}
