// Words of reception in every shipped language (ids start with 'reception.'). See ../define.ts.
import { defineMessages } from '../define';

export const receptionMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
