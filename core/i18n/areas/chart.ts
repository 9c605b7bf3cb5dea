// Words of chart in every shipped language (ids start with 'chart.'). See ../define.ts.
import { defineMessages } from '../define';

export const chartMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
