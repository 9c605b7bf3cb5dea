// Words of common in every shipped language (ids start with 'common.'). See ../define.ts.
import { defineMessages } from '../define';

export const commonMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
