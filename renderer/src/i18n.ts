// Words on screen in the language of the locale in force (the signed-in person's own, else the
// clinic's; <ClinicLocale> sets it before any page renders and redraws the pages when it changes),
// from the catalogs in core/i18n. Like format.ts: a plain function, no hook, because a changed locale
// redraws everything under <ClinicLocale> anyway.
import { wordsOf, type Text } from '../../api/contract/words';
import { translate, type MessageId, type MessageValues } from '../../core/i18n/translate';
import { getClinicLocale } from './format';

export function t(id: MessageId, values?: MessageValues): string {
  return translate(getClinicLocale(), id, values);
}

/** A text an answer or a worker carries by message id (or as is), in the locale in force. */
export function words(text: Text): string {
  return wordsOf(text, getClinicLocale());
}
