// Words of api in every shipped language (ids start with 'api.'). See ../define.ts.
import { defineMessages } from '../define';

export const apiMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
