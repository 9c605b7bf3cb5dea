// Everything stored beside a client's name and phone for search and sort, computed in one place:
// db/client-keys.ts writes it for every client write (the create and update handlers, the demo
// generator, an import, a change of the clinic's locale or country).
import { collationKeyer } from './collation-key';
import { usableLocale } from './locale';
import { clinicCountry, phoneSearchDigits } from './phone';
import { nameSearchKeys } from './search-key';
import type { CountryCode } from 'libphonenumber-js';

/** What the keys depend on besides the client: the clinic's locale (sort) and country (phone). */
export interface KeyContext {
  locale: string;
  country: CountryCode;
}

const contexts = new Map<string, KeyContext>();

/** The context for the clinic's settings (kept per pair: it is read on every search). */
export function keyContext(settings: { locale?: string | null; country?: string | null }): KeyContext {
  const id = `${settings.locale ?? ''}|${settings.country ?? ''}`;
  let context = contexts.get(id);
  if (!context) {
    context = { locale: usableLocale(settings.locale), country: clinicCountry(settings.country, settings.locale) };
    contexts.set(id, context);
  }
  return context;
}

export interface ClientKeys {
  /** Folded names (core/search-key.ts), matched by prefix. */
  searchFirst: string;
  searchLast: string;
  searchOther: string | null;
  /** Collation keys in the clinic's locale (core/collation-key.ts): the list's name order. */
  sortFirst: string;
  sortLast: string;
  /** The phone as searched (core/phone.ts). */
  phoneDigits: string | null;
}

export function clientKeys(context: KeyContext, client: { firstName: string; lastName: string; phone?: string | null }): ClientKeys {
  const names = nameSearchKeys(client.firstName, client.lastName);
  const sortKey = collationKeyer(context.locale);
  return {
    searchFirst: names.first,
    searchLast: names.last,
    searchOther: names.other,
    sortFirst: sortKey(client.firstName),
    sortLast: sortKey(client.lastName),
    phoneDigits: phoneSearchDigits(client.phone, context.country),
  };
}
