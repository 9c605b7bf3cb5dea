// Words of book in every shipped language (ids start with 'book.'). See ../define.ts.
import { defineMessages } from '../define';

export const bookMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
