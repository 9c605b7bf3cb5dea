// The contract's own checks in a form (react-hook-form's zod resolver), with their messages in the
// language in force: a check's message by id (api/contract/words.ts) is translated here.
import type { FieldValues, Resolver } from 'react-hook-form';
import { readZodText } from '../../api/contract/words';
import { getClinicLocale } from './format';

export function translatedResolver<I extends FieldValues, C, O>(resolver: Resolver<I, C, O>): Resolver<I, C, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    translateMessages(result.errors, getClinicLocale());
    return result;
  };
}

/** Every `message` in the (nested) field errors, in place. */
function translateMessages(errors: unknown, locale: string): void {
  if (typeof errors !== 'object' || errors === null) return;
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref') continue;
    if (key === 'message' && typeof value === 'string') (errors as Record<string, unknown>).message = readZodText(value, locale);
    else translateMessages(value, locale);
  }
}
