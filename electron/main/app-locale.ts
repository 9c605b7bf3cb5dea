// The app's own language (Electron's --lang: menus, native dialogs, spellcheck, navigator.language)
// follows the clinic's locale setting. The switch must be set before the app is ready, but the
// setting lives in the encrypted database, which opens only after ready (the key needs the
// keychain). So the locale the database reported at the last start is kept in a small plain file
// beside it and used at the next start; a changed setting takes effect when Stipple is restarted.
// The renderer does not wait for this: its dates and date fields follow the setting at once.
import path from 'node:path';
import { usableLocale } from '../../core/locale';

export interface LocaleFs {
  readFileSync(file: string, encoding: 'utf8'): string;
  writeFileSync(file: string, data: string): void;
}

export function localeFileIn(userData: string): string {
  return path.join(userData, 'clinic-locale.json');
}

/** The locale kept at the last start, or null on a first start (or a file that is not ours). */
export function rememberedLocale(file: string, fs: LocaleFs): string | null {
  try {
    const { locale } = JSON.parse(fs.readFileSync(file, 'utf8')) as { locale?: unknown };
    return typeof locale === 'string' && usableLocale(locale) === Intl.getCanonicalLocales(locale)[0] ? locale : null;
  } catch {
    return null;
  }
}

/** Keeps the database's locale for the next start; true when it differs from the one in use now. */
export function rememberLocale(file: string, locale: string, inUse: string | null, fs: LocaleFs): boolean {
  const usable = usableLocale(locale);
  if (usable === inUse) return false;
  try {
    fs.writeFileSync(file, `${JSON.stringify({ locale: usable })}\n`);
  } catch (error) {
    console.warn('[stipple] could not keep the clinic locale for the next start', error);
  }
  return true;
}
