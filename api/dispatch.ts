// The one entry point every transport uses: validate the input against the contract, run the
// handler (changes inside one transaction with their audit entries), answer with an envelope.
import type { NetworkInterfaceInfo } from 'node:os';
import type { z } from 'zod';
import type { HubState } from './contract/network';
import type { OpenDatabase } from '../db/open';
import { contract, isChannel, staleAfter, type Channel, type ChannelInput, type ChannelOutput } from './contract';
import { createCallerSessions, type CallerSession, type CallerSessions } from './caller-sessions';
import type { HandlerContext, HubIdentity, KeyProtectionInfo } from './context';
import { handlers } from './handlers';
import { ApiFailure, type ApiError, type ApiResult } from './result';
import { DEFAULT_IDLE_LOCK_MINUTES } from './contract/settings';
import { fieldErrors } from './contract/field-errors';
import { msg, wordsOf } from './contract/words';
import { DEFAULT_LOCALE, usableLocale } from '../core/locale';
import { defaultsMissing, seedDefaults } from './defaults';
import { DAMAGED, integrityGate, isDamageError } from './integrity-gate';
import { checkPermission } from './permissions';
import { createTaskRunner, type TaskChoice } from './tasks/runner';
import type { CallEnvelope } from './contract/call-envelope';
import { findKeyedResult, inputHash, KEY_ON_A_TASK, keyPruner, recordKeyedResult } from './change-keys';
import { offlineRefusal, type OfflineOrigin } from './offline-origin';

export interface ApiOptions {
  /** Parse every output against its schema: on in tests, off where speed counts. */
  checkOutputs?: boolean;
  now?: () => Date;
  /** Called with unexpected errors so a transport can log them; the caller sees a plain message. */
  onInternalError?: (channel: string, error: unknown) => void;
  /** Refuse calls from nobody once staff have PINs, and enforce roles (api/permissions.ts). Default on. */
  requireSignIn?: boolean;
  /** The migrations, so a restored backup can be brought up to date. */
  migrationsFolder?: string;
  /** Called once if the integrity check, deferred at open (db/open.ts), finds the file damaged. */
  onDatabaseDamaged?: (message: string) => void;
  /** Where long tasks run (api/tasks/runner.ts): 'worker' (default: own thread and connection) or 'inline'. */
  tasks?: TaskChoice;
  /** Set when this API is the clinic's hub: where workstations reach it (for pairing codes). */
  hub?: () => HubIdentity | null;
  /** Set by a host that serves the hub when the setting is on (network/serve-as-hub.ts): its state for Settings. */
  hubState?: () => HubState;
  /** This computer's network interfaces, for the hub's address picker; default os.networkInterfaces(). */
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** How the database key is kept (keychain, passphrase, key file), for Settings to say. */
  keyProtection?: KeyProtectionInfo;
}

/** A caller bound to one session: what in-process callers (tests, seeding, the demo) use. */
export interface ApiClient {
  readonly sessionId: string;
  call(channel: string, input: unknown, envelope?: CallEnvelope, origin?: OfflineOrigin): Promise<ApiResult<unknown>>;
  callTyped<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
  /** In-process only (tests, seeding, the demo): act as this staff member without a PIN. */
  actAs(staffId: number | null): void;
  readonly actorId: number | null;
}

export interface StippleApi {
  /**
   * Every call names the caller's session, which the transport opened for that window. A change
   * may carry a unique key (`envelope.key`): sent again, it answers as the first time and applies
   * nothing. `origin`: a change saved at a workstation while the hub was away, acting as the staff
   * member who saved it at the time they saved it; only the hub's link to a paired workstation
   * passes it, never a window's own transport.
   */
  call(channel: string, input: unknown, sessionId: string, envelope?: CallEnvelope, origin?: OfflineOrigin): Promise<ApiResult<unknown>>;
  readonly sessions: CallerSessions;
  /** A caller on a session of its own (a new one unless an id is given). */
  client(sessionId?: string): ApiClient;
}

const SESSION_ENDED: ApiError = {
  code: 'signed_out',
  message: 'This window’s sign-in has ended. Reload the page to sign in again; nothing was saved.',
};
const SIGNED_OUT_IDLE = { type: 'signed_out', reason: 'idle' } as const;
const noHub = () => null;

export function createApi(open: OpenDatabase, options: ApiOptions = {}): StippleApi {
  const now = options.now ?? (() => new Date());
  const files = { database: open.file, migrationsFolder: options.migrationsFolder ?? null };
  const base = {
    db: open.db,
    sqlite: open.sqlite,
    now,
    files,
    tasks: createTaskRunner(options.tasks, open),
    hub: options.hub ?? noHub,
    ...(options.hubState ? { hubState: options.hubState } : {}),
    ...(options.networkInterfaces ? { networkInterfaces: options.networkInterfaces } : {}),
    ...(options.keyProtection ? { keyProtection: options.keyProtection } : {}),
  };
  const sessions = createCallerSessions();
  const integrity = integrityGate(open.integrity, {
    onDamaged: (message) => {
      // Every window asks again, and is told the file is damaged (the page shows that alone).
      sessions.broadcast({ type: 'stale', channels: 'all' });
      options.onDatabaseDamaged?.(message);
    },
    onError: (error) => options.onInternalError?.('integrity check', error),
  });
  // Seeding is nobody's call: it runs with no caller and no actor.
  const seeding: HandlerContext = { ...base, actorId: null, caller: null };
  // Seeding writes: into a file opened unchecked only once the check has passed. Damage it reads
  // into (a template's page that does not decode) refuses every call, as the check would.
  try {
    if (open.integrity.status === 'unchecked' && defaultsMissing(seeding)) integrity.ensure();
    if (open.integrity.status !== 'damaged') seedDefaults(seeding);
  } catch (error) {
    if (!isDamageError(error)) throw error;
    integrity.markDamaged();
  }
  const idleLimit = idleLockLimit(open.sqlite);
  const readerLocale = readerLocaleOf(open.sqlite);
  const pruneKeys = keyPruner();

  /** The session's actor after the server's idle lock: a session quiet for too long is signed out. */
  function touch(session: CallerSession): void {
    if (session.actorId === null) return;
    const at = now().getTime();
    if (at - session.lastCallAt > idleLimit()) {
      session.actorId = null;
      sessions.send(session.id, SIGNED_OUT_IDLE);
      return;
    }
    session.lastCallAt = at;
  }

  function contextFor(session: CallerSession, channel: Channel, after: (() => void)[]): HandlerContext {
    const ctx: HandlerContext = {
      ...base,
      actorId: session.actorId,
      caller: {
        id: session.id,
        signIn(staffId) {
          ctx.actorId = staffId; // the audit entry of the sign-in names them
          after.push(() => {
            session.actorId = staffId;
            session.lastCallAt = now().getTime();
          });
        },
        signOut() {
          ctx.actorId = null;
          after.push(() => {
            session.actorId = null;
          });
        },
        signOutEveryone(reason) {
          ctx.actorId = null;
          after.push(() => sessions.signOutAll(reason));
        },
      },
      locale: () => readerLocale(ctx.actorId),
      progress: (p) => sessions.send(session.id, { type: 'progress', task: channel, ...p }),
      afterCommit: (apply) => after.push(apply),
    };
    return ctx;
  }

  async function run(
    channel: string,
    rawInput: unknown,
    sessionId: string,
    envelope: CallEnvelope = {},
    origin?: OfflineOrigin,
  ): Promise<ApiResult<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `There is no API channel called “${String(channel)}”.` } };
    }
    const session = sessions.get(sessionId);
    if (!session) return { ok: false, error: SESSION_ENDED };
    touch(session);
    const after: (() => void)[] = [];
    const ctx = contextFor(session, channel, after);
    const def = contract[channel];
    const key = envelope.key ?? null;
    if (key !== null && !def.changes) return { ok: false, error: { code: 'invalid_input', message: KEY_ON_A_TASK } };
    if (origin) {
      const refused = offlineRefusal(open.sqlite, origin, key, now());
      if (refused) return { ok: false, error: refused };
      // Who saved it, when they saved it: the audit entry's staff and time (arrival: change_keys).
      ctx.actorId = origin.by;
      const savedAt = new Date(origin.savedAt);
      ctx.now = () => savedAt;
    }
    const guarded = options.requireSignIn !== false;
    const refused = guarded ? checkPermission(ctx, channel, undefined, readerLocale(ctx.actorId)) : null;
    if (refused) return { ok: false, error: refused };
    const parsed = (def.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) {
      const locale = readerLocale(ctx.actorId);
      const fields = fieldErrors(parsed.error, locale);
      const first = Object.values(fields)[0] ?? wordsOf(msg('api.detailsNotValid'), locale);
      return { ok: false, error: { code: 'invalid_input', message: first, fields } };
    }
    const refusal = guarded ? checkPermission(ctx, channel, parsed.data ?? {}, readerLocale(ctx.actorId)) : null;
    if (refusal) return { ok: false, error: refusal };
    const writes = def.changes || def.task === true;
    const damaged = integrity.refusal(writes);
    if (damaged) return { ok: false, error: damaged };
    const handler = handlers[channel] as (c: HandlerContext, input: unknown) => unknown;
    try {
      let kept: ApiFailure | null = null;
      let replayed = false;
      const hash = key === null ? '' : inputHash(channel, parsed.data);
      const inTransaction = () => {
        if (key !== null) {
          const first = findKeyedResult(open.sqlite, key);
          if (first && (first.channel !== channel || first.inputHash !== hash))
            throw ApiFailure.of('invalid_input', { message: msg('refusals.dispatch.reusedKey') });
          if (first) {
            replayed = true; // already applied: the first answer, nothing written
            return first.result;
          }
        }
        try {
          const result = handler(ctx, parsed.data);
          if (key !== null) {
            const receivedAt = now();
            pruneKeys(open.sqlite, receivedAt);
            const staffId = ctx.actorId;
            recordKeyedResult(open.sqlite, {
              key,
              channel,
              inputHash: hash,
              result,
              staffId,
              savedAt: origin?.savedAt ?? null,
              receivedAt,
            });
          }
          return result;
        } catch (error) {
          if (!(error instanceof ApiFailure && error.keepWrites)) throw error;
          kept = error; // commit what was recorded (a wrong PIN's count), then refuse
          return undefined;
        }
      };
      // IMMEDIATE: a task on its own connection may write too; taking the write lock first means a
      // change never fails half way with "busy" after reading.
      const data = def.changes ? open.sqlite.transaction(inTransaction).immediate() : await handler(ctx, parsed.data);
      if (kept) return { ok: false, error: (kept as ApiFailure).in(readerLocale(ctx.actorId)) };
      if (replayed) return { ok: true, data };
      if (options.checkOutputs) (def.output as z.ZodType).parse(data);
      for (const apply of after) apply(); // session changes and file deletions only once the change has committed
      if (writes) {
        const stale = staleAfter(channel);
        if (stale === 'all' || stale.length > 0)
          sessions.broadcast({ type: 'stale', channels: stale === 'all' ? stale : [...stale] }, session.id);
      }
      return { ok: true, data };
    } catch (error) {
      if (isDamageError(error)) {
        integrity.markDamaged();
        return { ok: false, error: DAMAGED };
      }
      if (error instanceof ApiFailure) return { ok: false, error: error.in(readerLocale(ctx.actorId)) };
      return { ok: false, error: toApiError(channel, error, options) };
    }
  }

  function client(sessionId: string = sessions.open()): ApiClient {
    return {
      sessionId,
      call: (channel, input, envelope, origin) => run(channel, input, sessionId, envelope, origin),
      callTyped: (channel, input) => run(channel, input, sessionId) as Promise<ApiResult<never>>,
      actAs(staffId) {
        const session = sessions.get(sessionId);
        if (!session) throw new Error('That session has ended.');
        session.actorId = staffId;
        session.lastCallAt = now().getTime();
      },
      get actorId() {
        return sessions.get(sessionId)?.actorId ?? null;
      },
    };
  }

  return { call: run, sessions, client };
}

/** The clinic's idle-lock setting in ms, read once per check (one prepared statement, no parse of all settings). */
function idleLockLimit(sqlite: OpenDatabase['sqlite']): () => number {
  const read = sqlite.prepare("SELECT value FROM settings WHERE key = 'idleLockMinutes'").pluck();
  return () => {
    const minutes = Number(parseStored(read.get()));
    return (Number.isInteger(minutes) && minutes > 0 ? minutes : DEFAULT_IDLE_LOCK_MINUTES) * 60_000;
  };
}

/**
 * The language a refusal is written in: the staff member's own locale, else the clinic's. Read only
 * when a call is refused (one prepared statement), so a call that succeeds pays nothing for it.
 */
function readerLocaleOf(sqlite: OpenDatabase['sqlite']): (actorId: number | null) => string {
  let read: ReturnType<OpenDatabase['sqlite']['prepare']> | null = null;
  return (actorId) => {
    read ??= sqlite.prepare(
      "SELECT (SELECT locale FROM staff WHERE id = ?) AS own, (SELECT value FROM settings WHERE key = 'locale') AS clinic",
    );
    try {
      const row = read.get(actorId ?? 0) as { own: string | null; clinic: unknown } | undefined;
      const clinic = parseStored(row?.clinic);
      return usableLocale(row?.own || (typeof clinic === 'string' ? clinic : null));
    } catch {
      return DEFAULT_LOCALE; // a refusal is still answered, in English, if the file cannot be read
    }
  };
}

function parseStored(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function toApiError(channel: string, error: unknown, options: ApiOptions): ApiError {
  if (error instanceof ApiFailure) return error.error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return {
      code: 'unavailable',
      message: 'The disk is full, so nothing was saved. Free some space and try again; your entry is still here.',
    };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return { code: 'unavailable', message: 'The database is read-only, so nothing was saved. Your entry is still here.' };
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return { code: 'unavailable', message: 'The database is busy. Nothing was saved; try again in a moment.' };
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return { code: 'invalid_input', message: 'That refers to a record that does not exist (for example a staff member or session).' };
  }
  options.onInternalError?.(channel, error);
  return { code: 'internal', message: 'Something went wrong and nothing was saved. Your entry is still here; try again.' };
}
