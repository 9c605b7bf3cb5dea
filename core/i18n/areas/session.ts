// Words of session in every shipped language (ids start with 'session.'). See ../define.ts.
import { defineMessages } from '../define';

export const sessionMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
