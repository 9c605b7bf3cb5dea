// Words of clients in every shipped language (ids start with 'clients.'). See ../define.ts.
import { defineMessages } from '../define';

export const clientsMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
