// How a refused input is shown beside its fields; the API and the renderer's own form checks share it,
// each in its reader's language (the caller's locale; the renderer's locale in force).
import type { z } from 'zod';
import { msg, readZodText, wordsOf } from './words';

/** Zod issues → { 'pigment.batch': 'message' }, first message per field, in the locale's language. */
export function fieldErrors(error: z.ZodError, locale: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    fields[key] ??= friendly(issue, locale);
  }
  return fields;
}

function friendly(issue: z.core.$ZodIssue, locale: string): string {
  // Zod's own wording for type mismatches is for developers; give something a person can act on.
  if (issue.code === 'invalid_type' && /expected/i.test(issue.message)) {
    const name = issue.path.at(-1);
    return typeof name === 'string'
      ? wordsOf(msg('api.field.enterValid', { name: humanize(name) }), locale)
      : wordsOf(msg('api.field.notValid'), locale);
  }
  if (issue.code === 'invalid_value' && /expected/i.test(issue.message)) return wordsOf(msg('api.field.chooseListed'), locale);
  return readZodText(issue.message, locale);
}

function humanize(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
