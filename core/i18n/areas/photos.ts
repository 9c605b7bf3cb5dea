// Words of photos in every shipped language (ids start with 'photos.'). See ../define.ts.
import { defineMessages } from '../define';

export const photosMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
