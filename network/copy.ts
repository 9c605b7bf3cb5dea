// Filling the workstation's copy while the hub answers, and answering from it while it does not.
// The copy holds each read's answer as the hub gave it (so offline answers have the same shape),
// the client-list rows of today's and tomorrow's clients for searching them, and when it was made.
import type { z } from 'zod';
import { contract, type Channel } from '../api/contract';
import { fieldErrors } from '../api/contract/field-errors';
import type { ApiResult } from '../api/result';
import { clientKeys, keyContext, type KeyContext } from '../core/client-keys';
import { translate } from '../core/i18n/translate';
import { usableLocale } from '../core/locale';
import type { StaffRole } from '../core/vocabulary';
import { parseWords } from '../db/queries/client-search';
import type { ReadCache } from './cache';
import type { HubTransport } from './hub-transport';

/** What a window's last auth.status said, and who signed in since. */
export interface SignedIn {
  actor: { id: number; name: string; role: StaffRole } | null;
  status: { actor: unknown; needsOwner: boolean; staff: unknown[]; idleLockMinutes: number } | null;
}

/**
 * The language the workstation answers in while the hub is away: the signed-in person's own (from the
 * copied sign-in list), else the clinic's as last copied, else English.
 */
export function readerLocale(cache: ReadCache, who: SignedIn | undefined): string {
  const staff = (who?.status?.staff ?? []) as { id?: number; locale?: string | null }[];
  const own = who?.actor ? staff.find((s) => s.id === who.actor!.id)?.locale : null;
  if (own) return usableLocale(own);
  const settings = cache.get('settings.get', canonicalInput('settings.get', {}) ?? '{}')?.data as { locale?: string } | undefined;
  return usableLocale(settings?.locale ?? null);
}

/** The input as the contract reads it (defaults filled in), as a key; null when it is not valid. */
export function canonicalInput(channel: Channel, input: unknown): string | null {
  const parsed = (contract[channel].input as z.ZodType).safeParse(input ?? {});
  return parsed.success ? JSON.stringify(parsed.data) : null;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Today's and tomorrow's bookings, those clients' charts and list rows, and the lists the chair uses. */
export async function refreshCopy(cache: ReadCache, transport: HubTransport, sessionId: string, now: () => Date): Promise<void> {
  const at = now();
  const ask = async (channel: Channel, input: Record<string, unknown>): Promise<unknown> => {
    const r = await transport.call(channel, input, sessionId);
    if (!r.ok) return undefined;
    const key = canonicalInput(channel, input);
    if (key !== null) cache.put(channel, key, r.data, at);
    return r.data;
  };
  const clients = new Set<number>();
  for (const day of [at, new Date(at.getTime() + 86_400_000)]) {
    const bookings = (await ask('reception.day', { date: isoDay(day) })) as { clientId: number }[] | undefined;
    for (const b of bookings ?? []) clients.add(b.clientId);
  }
  for (const id of clients) {
    const chart = (await ask('clients.chart', { id })) as { client: { firstName: string; lastName: string } } | undefined;
    if (!chart) continue;
    const query = `${chart.client.firstName} ${chart.client.lastName}`.slice(0, 100);
    for (const [list, channel, input] of [
      ['search', 'clients.search', { query, includeArchived: true, limit: 500 }],
      ['list', 'clients.list', { query, limit: 500 }],
    ] as const) {
      const r = await transport.call(channel, input, sessionId);
      const row = r.ok ? (r.data as { rows: { id: number }[] }).rows.find((x) => x.id === id) : undefined;
      if (row) cache.putClientRow(list, id, row, at);
    }
  }
  for (const channel of ['pigments.list', 'settings.get', 'staff.list'] as const) await ask(channel, {});
  cache.forgetBefore(new Date(`${isoDay(at)}T00:00:00.000Z`)); // yesterday's copies go
  cache.setCopiedAt(at);
}

type Row = { id: number; firstName: string; lastName: string; phone: string | null; email: string | null; archived?: boolean };

/** ASCII-only lower case: the hub compares the email under NOCASE (db/queries/client-search.ts). */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The same match as the hub's search: the same parse of the words, the same keys (core/client-keys.ts). */
function matches(row: Row, query: string, context: KeyContext): boolean {
  const keys = clientKeys(context, row);
  return parseWords(query, context.country).every((w) => {
    if (w.kind === 'phone') return (keys.phoneDigits ?? '').startsWith(w.lo);
    return (
      [keys.searchFirst, keys.searchLast, keys.searchOther ?? ''].some((k) => k.startsWith(w.lo)) ||
      asciiLower(row.email ?? '').startsWith(w.email.lo)
    );
  });
}

function searchCopy(cache: ReadCache, list: 'search' | 'list', input: Record<string, unknown>): ApiResult<unknown> {
  const query = typeof input.query === 'string' ? input.query : '';
  // The clinic's locale and country as last copied from the hub (settings.get with no input).
  const settings = cache.get('settings.get', canonicalInput('settings.get', {}) ?? '{}')?.data as
    { locale?: string; country?: string } | undefined;
  const context = keyContext(settings ?? {});
  const order = new Intl.Collator(context.locale).compare;
  const rows = cache
    .clientRows(list)
    .map((c) => c.data as Row)
    .filter((r) => (input.includeArchived === true || !r.archived) && matches(r, query, context))
    .sort((a, b) => order(a.lastName, b.lastName) || order(a.firstName, b.firstName) || a.id - b.id);
  const offset = Number(input.offset ?? 0);
  const limit = Number(input.limit ?? 100);
  return { ok: true, data: { rows: rows.slice(offset, offset + limit), total: rows.length } };
}

/** The answer from the copy, or a plain refusal when it was not copied. */
export function fromCopy(
  cache: ReadCache,
  channel: Channel,
  input: unknown,
  who: SignedIn | undefined,
  key: string | null,
): ApiResult<unknown> {
  if (key === null) {
    // Bad input answers as the hub would: with its field errors (the contract decides, not the copy).
    const parsed = (contract[channel].input as z.ZodType).safeParse(input ?? {});
    if (!parsed.success) return invalid(parsed.error, readerLocale(cache, who));
  }
  const parsedInput = JSON.parse(key ?? '{}') as Record<string, unknown>;
  if (channel === 'auth.status') {
    return who?.status ? { ok: true, data: { ...who.status, actor: who.actor } } : notCopied(readerLocale(cache, who));
  }
  if (channel === 'clients.search') return searchCopy(cache, 'search', parsedInput);
  if (channel === 'clients.list') return searchCopy(cache, 'list', parsedInput);
  const kept = key === null ? undefined : cache.get(channel, key);
  if (kept) return { ok: true, data: kept.data };
  if (channel === 'drafts.get') return { ok: true, data: null }; // none kept here
  if (channel === 'sessions.get') {
    for (const chart of cache.all('clients.chart')) {
      const found = (chart.data as { sessions: { id: number }[] }).sessions.find((s) => s.id === parsedInput.id);
      if (found) {
        const { retention: _r, shadeChanges: _s, ...session } = found as { id: number; retention?: unknown; shadeChanges?: unknown };
        return { ok: true, data: session };
      }
    }
  }
  return notCopied(readerLocale(cache, who));
}

/** Refused input, in the dispatcher's words (api/dispatch.ts): the first field's message and every field's. */
export function invalid(error: z.ZodError, locale: string): ApiResult<never> {
  const fields = fieldErrors(error, locale);
  const first = Object.values(fields)[0] ?? translate(locale, 'api.detailsNotValid');
  return { ok: false, error: { code: 'invalid_input', message: first, fields } };
}

const notCopied = (locale: string): ApiResult<unknown> => ({
  ok: false,
  error: { code: 'unavailable', message: translate(locale, 'offline.notCopied') },
});
