// Words of traceability in every shipped language (ids start with 'traceability.'). See ../define.ts.
import { defineMessages } from '../define';

export const traceabilityMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
