// Words of forms in every shipped language (ids start with 'forms.'). See ../define.ts.
import { defineMessages } from '../define';

export const formsMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
