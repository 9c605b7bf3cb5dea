// Words of rights in every shipped language (ids start with 'rights.'). See ../define.ts.
import { defineMessages } from '../define';

export const rightsMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
