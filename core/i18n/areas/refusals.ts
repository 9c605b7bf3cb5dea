// Words of refusals in every shipped language (ids start with 'refusals.'). See ../define.ts.
// The handlers' refusals (api/handlers/*.ts and the tasks), built with `msg(id, values)` and read in
// the caller's language by the dispatcher (api/result.ts ApiFailure.in).
import { defineMessages } from '../define';

export const refusalsMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
