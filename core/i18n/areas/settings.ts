// Words of settings in every shipped language (ids start with 'settings.'). See ../define.ts.
import { defineMessages } from '../define';

export const settingsMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
