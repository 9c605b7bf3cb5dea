// Drafts: a form's work in progress, kept durably in SQLite as the practitioner types. Not chart
// changes (no audit), but still validated here like every other input. Each draft belongs to the
// staff member who was signed in when it was saved (see api/handlers/drafts.ts).
import { z } from 'zod';
import { id, ok, version } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

/**
 * 'session' (a new session), 'session:<id>' (correcting one), 'intake', 'screen' (everything half-typed
 * on the client's chart when the window locked: renderer/src/lock/).
 */
const form = z.string().regex(/^(session|session:\d{1,12}|intake|screen)$/, { error: zodText(msg('checks.drafts.unknownForm')) });

const MAX_DRAFT_CHARS = 200_000;
const data = z
  .record(z.string().max(100), z.unknown())
  .refine((v) => JSON.stringify(v).length <= MAX_DRAFT_CHARS, { error: zodText(msg('checks.drafts.tooLarge')) });

export const draftRecord = z.object({
  clientId: id,
  form: z.string(),
  data: z.record(z.string(), z.unknown()),
  baseVersion: version.nullable(),
  savedAt: z.string(),
});
export type DraftRecord = z.infer<typeof draftRecord>;

export const draftsContract = {
  'drafts.get': query(z.object({ clientId: id, form }), draftRecord.nullable()),
  /** Replaces the client's draft of this form. */
  'drafts.save': change(z.object({ clientId: id, form, data, baseVersion: version.nullable().default(null) }), draftRecord, {
    invalidates: ['drafts.get'],
  }),
  'drafts.discard': change(z.object({ clientId: id, form }), ok, { invalidates: ['drafts.get'] }),
} as const;
