// The standard aftercare template Stipple ships, in each shipped language (resources/default-aftercare*.json):
// the same rules on the same days, worded for a clinic in that language. Seeded into a new database in
// the clinic's language, and offered in the editor as a start for a template of the clinic's own. A
// clinic's saved template is its own text and is never translated.
import de from '../resources/default-aftercare.de.json' with { type: 'json' };
import es from '../resources/default-aftercare.es.json' with { type: 'json' };
import en from '../resources/default-aftercare.json' with { type: 'json' };
import type { AftercareRule } from './aftercare';
import type { Language } from './i18n/languages';
import type { AftercareSessionKind } from './vocabulary';

export interface StandardAftercare {
  key: string;
  name: string;
  sessionKind: AftercareSessionKind;
  rules: AftercareRule[];
  advice: string[];
}

const STANDARD: Record<Language, StandardAftercare> = {
  en: en as StandardAftercare,
  de: de as StandardAftercare,
  es: es as StandardAftercare,
};

/** The standard template in a shipped language. */
export function standardAftercare(language: Language): StandardAftercare {
  return STANDARD[language];
}
