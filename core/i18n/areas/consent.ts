// Words of consent in every shipped language (ids start with 'consent.'). See ../define.ts.
import { defineMessages } from '../define';

export const consentMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
