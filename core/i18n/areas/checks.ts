// Words of checks in every shipped language (ids start with 'checks.'). See ../define.ts.
// The contract's own field checks (api/contract/*.ts), read in the reader's language by the
// dispatcher and by the renderer's form checks (api/contract/words.ts). Field names inside a check
// are `api.label.*` (api.ts).
import { defineMessages } from '../define';

export const checksMessages = defineMessages({
  en: {},
  de: {},
  es: {},
});
