// How a refused input is shown beside its fields; the API and the renderer's own form checks share it.
import type { z } from 'zod';

/** Zod issues → { 'pigment.batch': 'message' }, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    fields[key] ??= friendly(issue);
  }
  return fields;
}

function friendly(issue: z.core.$ZodIssue): string {
  // Zod's own wording for type mismatches is for developers; give something a person can act on.
  if (issue.code === 'invalid_type' && /expected/i.test(issue.message)) {
    const name = issue.path.at(-1);
    return typeof name === 'string' ? `Enter a valid ${humanize(name)}.` : 'This value is not valid.';
  }
  if (issue.code === 'invalid_value' && /expected/i.test(issue.message)) return 'Choose one of the listed options.';
  return issue.message;
}

function humanize(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
