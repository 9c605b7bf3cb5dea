// A message by id and values, turned into words only where the reader's language is known: the
// dispatcher (the caller's locale) or the renderer (the locale in force). Refusals and the contract's
// zod messages carry these, so the same check reads German to a German reader and English to others.
import { z } from 'zod';
import { translate, type MessageId } from '../../core/i18n/translate';

export type MsgValue = string | number | Msg;
export interface Msg {
  readonly id: MessageId;
  readonly values?: Readonly<Record<string, MsgValue>>;
}

/** A message from the catalogs; a value may itself be a message (a field's label, a record's name). */
export function msg(id: MessageId, values?: Record<string, MsgValue>): Msg {
  return values ? { id, values } : { id };
}

/** A message by id, or a text not yet moved to the catalogs (read as is in every language). */
export type Text = string | Msg;

export function isMsg(text: unknown): text is Msg {
  return typeof text === 'object' && text !== null && typeof (text as Msg).id === 'string';
}

/** The words of a text in a locale. A value `Label` is its `label` value capitalised (sentence start). */
export function wordsOf(text: Text, locale: string): string {
  if (typeof text === 'string') return text;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) values[name] = isMsg(value) ? wordsOf(value, locale) : value;
  if (typeof values.label === 'string') values.Label = capitalised(values.label);
  if (typeof values.what === 'string') values.What = capitalised(values.what);
  return translate(locale, text.id, values);
}

function capitalised(s: string): string {
  return s.length > 0 ? `${s[0]!.toUpperCase()}${s.slice(1)}` : s;
}

// Zod keeps a check's message as a string: a message by id travels in it as this marker and its JSON,
// read back by fieldErrors (field-errors.ts) in the reader's language.
const MARK = '\u2063msg:';

/** A zod `error` for a check: the message by id (or a plain text). */
export function zodText(text: Text): string {
  return typeof text === 'string' ? text : `${MARK}${JSON.stringify(text)}`;
}

/** A zod issue's message as a text: the message by id it carries, or the plain text. */
export function zodMessageText(message: string): Text {
  if (!message.startsWith(MARK)) return message;
  try {
    const parsed: unknown = JSON.parse(message.slice(MARK.length));
    return isMsg(parsed) ? parsed : message.slice(MARK.length);
  } catch {
    return message.slice(MARK.length);
  }
}

/** A zod issue's message in a locale: a message by id is translated, any other text is kept. */
export function readZodText(message: string, locale: string): string {
  return wordsOf(zodMessageText(message), locale);
}

/**
 * A text inside an answer (not a refusal): answers carry the message id and the renderer reads it
 * in the locale in force, as it reads an answer's codes; the dispatcher translates refusals only.
 */
export const textOutput: z.ZodType<Text> = z.union([z.string(), z.custom<Msg>(isMsg)]);
