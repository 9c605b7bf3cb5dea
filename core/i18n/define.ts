// One area's messages in every shipped language, in one file, so a screen's words are moved into the
// catalogs together. German and Spanish are typed by the English keys: a missing or extra id in
// either does not compile (an object literal passed here gets TypeScript's excess-property check).
export type Translations<E> = { readonly [K in keyof E]: string };

export interface AreaMessages<E extends Record<string, string>> {
  readonly en: E;
  readonly de: Translations<E>;
  readonly es: Translations<E>;
}

export function defineMessages<const E extends Record<string, string>>(messages: {
  en: E;
  de: Translations<E>;
  es: Translations<E>;
}): AreaMessages<E> {
  return messages;
}
