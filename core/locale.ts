// The clinic's locale setting, checked once: a malformed setting must never stop a message, a list
// or a print, so it falls back to the app's default (en-GB) instead of throwing.
export const DEFAULT_LOCALE = 'en-GB';

const checked = new Map<string, string>();

/** The setting as a locale Intl accepts, or en-GB when it is not one. */
export function usableLocale(locale: string | null | undefined): string {
  if (!locale) return DEFAULT_LOCALE;
  let usable = checked.get(locale);
  if (usable === undefined) {
    try {
      usable = Intl.getCanonicalLocales(locale.trim())[0] ?? DEFAULT_LOCALE;
      new Intl.DateTimeFormat(usable);
    } catch {
      usable = DEFAULT_LOCALE;
    }
    checked.set(locale, usable);
  }
  return usable;
}
