// Words of printouts in every shipped language (ids start with 'printouts.'). See ../define.ts.
import { defineMessages } from '../define';

export const printoutsMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
