// Words of aftercare in every shipped language (ids start with 'aftercare.'). See ../define.ts.
import { defineMessages } from '../define';

export const aftercareMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
