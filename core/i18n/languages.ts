// The languages Stipple's interface is shipped in. The clinic's locale setting (en-GB, de-AT, es-MX…)
// picks both how dates and money are written and, by its language, which catalog is read; a locale
// whose language is not shipped reads English, the catalog every other one is checked against.
import { usableLocale } from '../locale';

export const LANGUAGES = ['en', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language names as their speakers write them, for the choice in settings. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', es: 'Español' };

export function languageOf(locale: string | null | undefined): Language {
  const language = usableLocale(locale).split('-')[0]?.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : 'en';
}
