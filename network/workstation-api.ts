// A workstation's API: the same call(channel, input, sessionId) as the hub's, in front of the link
// to it. While the hub answers, every call goes there (each change with a unique key, so a reply
// lost on the way is resent and applied once) and what the chair reads is copied. While it does
// not: chair-side changes are checked against the contract and kept in the outbox, reads come from
// the copy, anything else is refused with the sentence of api/contract/offline.ts. The header reads
// 'network.status'; every window is told when it changes.
import crypto from 'node:crypto';
import type { z } from 'zod';
import { contract, isChannel, staleAfter, type Channel } from '../api/contract';
import type { ServerEvent } from '../api/contract/events';
import type { LinkStatus } from '../api/contract/network';
import { offlineAction } from '../api/contract/offline';
import { rulesFor } from '../api/permissions';
import type { ApiError, ApiResult } from '../api/result';
import type { DatabaseKey } from '../db/cipher';
import { openReadCache } from './cache';
import { translate } from '../core/i18n/translate';
import { canonicalInput, fromCopy, invalid, readerLocale, refreshCopy, type SignedIn } from './copy';
import { isHubUnreachable, type HubTransport } from './hub-transport';
import { openOutbox } from './outbox';
import { sendOutbox, type SendReport } from './outbox-send';

export interface WorkstationOptions {
  transport: HubTransport;
  /** The workstation's own folder (the outbox and the copy live here, 700). */
  folder: string;
  /** The workstation's own key (not the hub's): its files are encrypted with it. */
  key: DatabaseKey;
  now?: () => Date;
  /** While offline, try the hub again for a call at most this often (ms). Default 5 s. */
  retryAfterMs?: number;
  /** Every this many ms: resend the outbox if it waits, refresh the copy. 0: only when asked (tests). Default 60 s. */
  intervalMs?: number;
  /** While changes wait or the hub is away: try this often instead (at most intervalMs). Default 5 s. */
  waitingIntervalMs?: number;
}

export type WorkstationListener = (sessionId: string | null, event: ServerEvent) => void;

export interface WorkstationApi {
  call(channel: string, input: unknown, sessionId: string): Promise<ApiResult<unknown>>;
  status(): LinkStatus;
  /** Events for one window (sessionId) or for every window (null). */
  onEvent(listener: WorkstationListener): () => void;
  /** Sends what waits in the outbox (also how a return of the hub is noticed). */
  flush(): Promise<SendReport>;
  /** Copies today's and tomorrow's clients, under a signed-in window's session. */
  refreshCopy(): Promise<void>;
  /** The language a window's refusals are written in (copy.ts readerLocale): its person's, else the clinic's. */
  readerLocale(sessionId: string): string;
  /** A change that needed attention: send it again, or let it go. */
  retry(key: string): void;
  dismiss(key: string): void;
  close(): void;
}

type Link = LinkStatus['link'];

export function createWorkstationApi(options: WorkstationOptions): WorkstationApi {
  const now = options.now ?? (() => new Date());
  const { transport } = options;
  const outbox = openOutbox(options.folder, options.key, now());
  const cache = openReadCache(options.folder, options.key);
  const listeners = new Set<WorkstationListener>();
  /** Per window: who is signed in and what auth.status last said (a sign-in is the hub's). */
  const signedIn = new Map<string, SignedIn>();
  /** Changes whose answer was lost while not queueable: the same save again reuses the key. */
  const uncertain = new Map<string, string>();
  let link: Link = 'connected';
  let lastFailure = 0;
  let flushing: Promise<SendReport> | null = null;

  const emit = (sessionId: string | null, event: ServerEvent) => {
    for (const l of listeners) l(sessionId, event);
  };
  const statusChanged = () => emit(null, { type: 'stale', channels: ['network.status'] });
  function setLink(next: Link): void {
    if (link === next) return;
    link = next;
    statusChanged();
  }
  function wentOffline(): void {
    lastFailure = now().getTime();
    setLink('offline');
  }

  function status(): LinkStatus {
    // Drafts go with the rest, in order, but are not counted: the person saved one session, not its keystrokes.
    const { changes: waiting } = outbox.counts();
    const needsAttention = outbox.attention().map((e) => ({
      key: e.key,
      channel: e.channel,
      savedAt: e.savedAt,
      message: e.error?.message ?? translate(readerLocale(cache, undefined), 'offline.hubRefused'),
      ...(e.error?.current === undefined ? {} : { current: e.error.current, input: e.input }),
    }));
    return { role: 'workstation', link, waiting, needsAttention, copiedAt: cache.copiedAt() };
  }

  function track(sessionId: string, channel: string, data: unknown): void {
    const known = signedIn.get(sessionId) ?? { actor: null, status: null };
    if (channel === 'auth.status') {
      const s = data as NonNullable<SignedIn['status']> & { actor: SignedIn['actor'] };
      signedIn.set(sessionId, { actor: s.actor, status: s });
    } else if (channel === 'auth.signIn' || channel === 'auth.setupOwner') {
      signedIn.set(sessionId, { ...known, actor: data as SignedIn['actor'] });
    } else if (channel === 'auth.signOut') {
      signedIn.set(sessionId, { ...known, actor: null });
    }
  }

  async function online(channel: Channel, input: unknown, sessionId: string): Promise<ApiResult<unknown>> {
    const def = contract[channel];
    const same = def.changes ? `${channel}\0${JSON.stringify(input ?? null)}` : '';
    const key = def.changes ? (uncertain.get(same) ?? crypto.randomUUID()) : undefined;
    if (key) uncertain.set(same, key); // until an answer comes: a lost one is resent with this key
    const result = await transport.call(channel, input, sessionId, key ? { key } : undefined);
    uncertain.delete(same);
    if (link === 'offline') {
      setLink('connected');
      void flush(); // the hub is back: what waited goes now
    }
    if (result.ok) {
      track(sessionId, channel, result.data);
      keepCopy(channel, input, result.data);
    }
    return result;
  }

  function keepCopy(channel: Channel, input: unknown, data: unknown): void {
    if (offlineAction(channel).kind !== 'copy' || channel === 'auth.status') return;
    // Searches and lists are answered offline from the client rows refreshCopy keeps (copy.ts), never
    // from a kept answer: keeping each keystroke's page was a durable write per key, never read.
    if (channel === 'clients.search' || channel === 'clients.list') return;
    const canonical = canonicalInput(channel, input);
    if (canonical !== null) cache.put(channel, canonical, data, now());
  }

  function queue(channel: Channel, input: unknown, sessionId: string, key?: string): ApiResult<unknown> {
    const parsed = (contract[channel].input as z.ZodType).safeParse(input ?? {});
    const who = signedIn.get(sessionId);
    if (!parsed.success) return invalid(parsed.error, readerLocale(cache, who));
    const refused = roleRefusal(channel, parsed.data, who, readerLocale(cache, who));
    if (refused) return { ok: false, error: refused };
    const savedAt = now();
    outbox.add({ channel, input: input ?? {}, staffId: who?.actor?.id ?? null, savedAt, ...(key ? { key } : {}) });
    statusChanged();
    if (channel === 'drafts.save' || channel === 'drafts.discard') return draftAnswer(channel, parsed.data, savedAt);
    const { changes: waiting } = outbox.counts();
    const error: ApiError = {
      code: 'unavailable',
      queued: true,
      message: `Saved on this computer. The clinic’s hub cannot be reached, so it will be sent when the hub is back (${waiting} waiting).`,
    };
    return { ok: false, error };
  }

  /** A draft kept offline answers as the hub would, and drafts.get shows it until it is sent. */
  function draftAnswer(channel: 'drafts.save' | 'drafts.discard', input: unknown, savedAt: Date): ApiResult<unknown> {
    const d = input as { clientId: number; form: string; data?: Record<string, unknown>; baseVersion?: number | null };
    const where = JSON.stringify({ clientId: d.clientId, form: d.form });
    if (channel === 'drafts.discard') {
      cache.put('drafts.get', where, null, savedAt);
      return { ok: true, data: { ok: true } };
    }
    const record = {
      clientId: d.clientId,
      form: d.form,
      data: d.data ?? {},
      baseVersion: d.baseVersion ?? null,
      savedAt: savedAt.toISOString(),
    };
    cache.put('drafts.get', where, record, savedAt);
    return { ok: true, data: record };
  }

  function offline(channel: Channel, input: unknown, sessionId: string, key?: string): ApiResult<unknown> {
    const action = offlineAction(channel, readerLocale(cache, signedIn.get(sessionId)));
    if (action.kind === 'queue') return queue(channel, input, sessionId, key);
    if (action.kind === 'refuse') {
      if (channel === 'auth.signOut') {
        track(sessionId, channel, null); // locking works offline; signing back in needs the hub
        return { ok: true, data: { ok: true } };
      }
      return { ok: false, error: { code: 'unavailable', message: action.message } };
    }
    const copied = fromCopy(cache, channel, input, signedIn.get(sessionId), canonicalInput(channel, input));
    return copied;
  }

  async function call(channel: string, input: unknown, sessionId: string): Promise<ApiResult<unknown>> {
    if (channel === 'network.status') return { ok: true, data: status() };
    if (channel === 'network.resolve') return resolve(input, sessionId);
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `There is no API channel called “${String(channel)}”.` } };
    }
    const queueable = offlineAction(channel).kind === 'queue';
    // Order: while changes wait, a new chair-side change goes behind them, never ahead.
    if (queueable && outbox.counts().waiting > 0) {
      const answer = queue(channel, input, sessionId);
      void flush();
      return answer;
    }
    const retryDue = now().getTime() - lastFailure >= (options.retryAfterMs ?? 5000);
    // Known to be offline: what is refused offline is refused at once (its button is disabled too);
    // reads and chair-side changes try the hub again now and then, which is how its return is seen.
    const refusedOffline = offlineAction(channel).kind === 'refuse' && channel !== 'auth.signOut';
    if (link === 'offline' && (!retryDue || refusedOffline)) return offline(channel, input, sessionId);
    try {
      return await online(channel, input, sessionId);
    } catch (error) {
      if (!isHubUnreachable(error)) throw error;
      wentOffline();
      if (!contract[channel].changes) return offline(channel, input, sessionId);
      const same = `${channel}\0${JSON.stringify(input ?? null)}`;
      const key = uncertain.get(same);
      if (queueable) {
        uncertain.delete(same);
        return queue(channel, input, sessionId, key); // the hub may have it: the same key again
      }
      return {
        ok: false,
        error: {
          code: 'unavailable',
          message: translate(readerLocale(cache, signedIn.get(sessionId)), 'offline.mayNotBeSaved'),
        },
      };
    }
  }

  /** The person's choice for a change the hub refused (LinkStatus in the header). */
  function resolve(input: unknown, sessionId: string): ApiResult<unknown> {
    const parsed = contract['network.resolve'].input.safeParse(input ?? {});
    const locale = readerLocale(cache, signedIn.get(sessionId));
    if (!parsed.success) return invalid(parsed.error, locale);
    const refused = roleRefusal('network.resolve', parsed.data, signedIn.get(sessionId), locale);
    if (refused) return { ok: false, error: refused };
    const { key, action } = parsed.data;
    const entry = outbox.attention().find((e) => e.key === key);
    if (!entry) {
      return { ok: false, error: { code: 'not_found', message: translate(locale, 'offline.noAttention') } };
    }
    if (action === 'dismiss') outbox.dismiss(key, now());
    else if (action === 'retry') outbox.retry(key);
    else {
      // Over theirs: the same change, now against the version the hub holds (the hub still checks it).
      const version = (entry.error?.current as { version?: unknown } | undefined)?.version;
      const fields = entry.input as Record<string, unknown>;
      if (entry.error?.code !== 'conflict' || typeof version !== 'number' || !('expectedVersion' in fields)) {
        const message = translate(locale, 'offline.overTheirsOnly');
        return { ok: false, error: { code: 'invalid_input', message, fields: { action: message } } };
      }
      outbox.retry(key, { ...fields, expectedVersion: version });
    }
    statusChanged();
    if (action !== 'dismiss') void flush();
    return { ok: true, data: status() };
  }

  async function flush(): Promise<SendReport> {
    if (flushing) return flushing;
    flushing = (async () => {
      // 'sending' once the hub answered: a probe that fails leaves the header at "Offline".
      const report = await sendOutbox(outbox, transport, now, { onStart: () => setLink('sending'), onSent: statusChanged });
      if (report.stopped === 'unreachable') wentOffline();
      else setLink('connected');
      const stale = new Set<string>();
      for (const { entry, result } of report.applied) {
        if (!result.ok && result.error.code !== 'conflict') continue;
        const after = staleAfter(entry.channel as Channel);
        if (after === 'all') stale.add('all');
        else for (const c of after) stale.add(c);
      }
      if (stale.size > 0) emit(null, { type: 'stale', channels: stale.has('all') ? 'all' : [...stale] });
      statusChanged();
      return report;
    })().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  async function copyNow(): Promise<void> {
    const session = [...signedIn.entries()].find(([, s]) => s.actor !== null)?.[0];
    if (session === undefined) return; // reads need someone signed in at the hub
    try {
      await refreshCopy(cache, transport, session, now);
      statusChanged();
    } catch (error) {
      if (!isHubUnreachable(error)) throw error;
      wentOffline();
    }
  }

  const interval = options.intervalMs ?? 60_000;
  // While changes wait or the hub is away, look again every few seconds, so the header clears soon
  // after the cable is back; connected and idle, once an interval (which also refreshes the copy).
  const soon = Math.min(interval, options.waitingIntervalMs ?? 5000);
  let lastFull = now().getTime();
  const timer =
    interval > 0
      ? setInterval(() => {
          const full = now().getTime() - lastFull >= interval;
          if (!full && link === 'connected' && outbox.counts().waiting === 0) return;
          if (full) lastFull = now().getTime();
          void flush().then(() => (full && link === 'connected' ? copyNow() : undefined));
        }, soon)
      : null;
  timer?.unref();

  return {
    call,
    status,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush,
    refreshCopy: copyNow,
    readerLocale: (sessionId) => readerLocale(cache, signedIn.get(sessionId)),
    retry(key) {
      outbox.retry(key);
      statusChanged();
    },
    dismiss(key) {
      outbox.dismiss(key, now());
      statusChanged();
    },
    close() {
      if (timer) clearInterval(timer);
      outbox.close();
      cache.close();
    },
  };
}

/** The role rules of api/permissions.ts for who is signed in at this window; the hub checks again. */
function roleRefusal(channel: Channel, input: unknown, who: SignedIn | undefined, locale: string): ApiError | null {
  const needsSignIn = who?.status ? who.status.staff.length > 0 : false;
  if (!who?.actor) {
    return needsSignIn ? { code: 'signed_out', message: translate(locale, 'offline.signInNeedsHub') } : null;
  }
  const fields = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  for (const rule of rulesFor(channel)) {
    if (rule.when && !rule.when(fields)) continue;
    if (!rule.roles.includes(who.actor.role)) return { code: 'forbidden', message: translate(locale, rule.message) };
  }
  return null;
}
