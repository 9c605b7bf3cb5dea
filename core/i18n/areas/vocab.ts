// Words of vocab in every shipped language (ids start with 'vocab.'). See ../define.ts.
import { defineMessages } from '../define';

export const vocabMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
