// Words of reports in every shipped language (ids start with 'reports.'). See ../define.ts.
import { defineMessages } from '../define';

export const reportsMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
