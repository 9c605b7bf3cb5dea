// One way to turn a message id into words, for the renderer, the API's messages and the printed
// sheets alike: FormatJS's ICU formatter over the catalog of the locale's language, in that locale
// (plurals, numbers and dates inside a message follow it). A message missing from a catalog cannot
// build (messages-en.ts); a broken placeholder falls back to the English text rather than throwing.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { usableLocale } from '../locale';
import { languageOf, type Language } from './languages';
import { de } from './messages-de';
import { en, type Catalog, type MessageId } from './messages-en';
import { es } from './messages-es';

export type { MessageId } from './messages-en';
export type MessageValues = Record<string, string | number | Date>;

const CATALOGS: Record<Language, Catalog> = { en, de, es };
const cache = createIntlCache();
const intls = new Map<string, IntlShape<string>>();

function intlFor(locale: string): IntlShape<string> {
  const usable = usableLocale(locale);
  let intl = intls.get(usable);
  if (!intl) {
    intl = createIntl(
      {
        locale: usable,
        messages: CATALOGS[languageOf(usable)],
        defaultLocale: 'en',
        // The English text stands in for a message that cannot be formatted; nothing is logged to a console nobody reads.
        onError: () => undefined,
      },
      cache,
    );
    intls.set(usable, intl);
  }
  return intl;
}

export function translate(locale: string, id: MessageId, values?: MessageValues): string {
  return intlFor(locale).formatMessage({ id, defaultMessage: en[id] }, values);
}

/** The catalog a locale reads, for tests and the catalog check. */
export function catalogOf(language: Language): Catalog {
  return CATALOGS[language];
}
