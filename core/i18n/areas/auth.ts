// Words of auth in every shipped language (ids start with 'auth.'). See ../define.ts.
import { defineMessages } from '../define';

export const authMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
