// A message by id and its values, made where nobody's language is known yet (db/, core/): the API
// reads it in the caller's language. The same shape as the contract's Msg (api/contract/words.ts),
// so an error's `says` goes into a refusal as it is; its `.message` stays English for logs.
import { translate, type MessageId } from './translate';

export type SaysValue = string | number | Says;
export interface Says {
  readonly id: MessageId;
  readonly values?: Readonly<Record<string, SaysValue>>;
}

export function says(id: MessageId, values?: Record<string, SaysValue>): Says {
  return values ? { id, values } : { id };
}

/** The words in a locale; a value that is itself a message is read first, in the same locale. */
export function saysIn(locale: string, text: Says): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) values[name] = typeof value === 'object' ? saysIn(locale, value) : value;
  return translate(locale, text.id, values);
}

/** The English words: an error's `.message`, what logs and the command line print. */
export function inEnglish(text: Says): string {
  return saysIn('en-GB', text);
}
