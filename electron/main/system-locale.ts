// The language Stipple speaks before the chart database is open (the clinic's setting is inside it):
// the operating system's, as Electron reports it. Electron is passed in, so a test can give 'de-DE'.
import { usableLocale } from '../../core/locale';

export interface LocaleSource {
  getPreferredSystemLanguages?(): string[];
  getLocale?(): string;
}

/** The system's first preferred language, else the app's locale, else English. */
export function systemLocale(source: LocaleSource): string {
  try {
    const preferred = source.getPreferredSystemLanguages?.() ?? [];
    const first = [...preferred, source.getLocale?.() ?? ''].find((candidate) => candidate.trim() !== '');
    return usableLocale(first);
  } catch {
    return usableLocale(null); // an Electron that cannot say: English
  }
}
