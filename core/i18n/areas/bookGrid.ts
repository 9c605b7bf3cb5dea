// Words of bookGrid in every shipped language (ids start with 'bookGrid.'). See ../define.ts.
import { defineMessages } from '../define';

export const bookGridMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
