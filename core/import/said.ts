// What the import says (why a file or row cannot be imported), by message id (core/i18n/areas/moveIn.ts):
// the screen reads it in the locale in force. Shaped as the API's Msg (api/contract/words.ts), so the
// renderer reads these and the API's reasons alike.
import { translate, type MessageId } from '../i18n/translate';

export type SaidValue = string | number | Said;
export interface Said {
  readonly id: MessageId;
  readonly values?: Readonly<Record<string, SaidValue>>;
}

export const said = (id: MessageId, values?: Record<string, SaidValue>): Said => (values ? { id, values } : { id });

/** Its words in a locale (tests, and any reader without the API's wordsOf). */
export function saidIn(text: Said, locale: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) values[name] = typeof value === 'object' ? saidIn(value, locale) : value;
  return translate(locale, text.id, values);
}
