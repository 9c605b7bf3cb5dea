// What a call may carry beside its channel and input, on every transport: a change's unique key
// (a UUID made by the caller) so that sending it again, after a lost reply, applies it only once.
// Electron passes it as the IPC call's third argument, the browser host as the `Stipple-Change-Key`
// header, a workstation's link to the hub beside the input. Anything else on the wire is dropped.
import { z } from 'zod';
import { msg, readZodText, wordsOf, zodText } from './words';

export const CHANGE_KEY_HEADER = 'stipple-change-key';

export const callEnvelope = z.object({
  key: z.uuid({ error: zodText(msg('shell.envelope.key')) }).optional(),
});
export type CallEnvelope = z.infer<typeof callEnvelope>;

/** The envelope from the wire, or an error sentence in `locale`; unknown fields are dropped. */
export function parseCallEnvelope(raw: unknown, locale = 'en-GB'): { ok: true; envelope: CallEnvelope } | { ok: false; message: string } {
  if (raw === undefined || raw === null) return { ok: true, envelope: {} };
  const parsed = callEnvelope.safeParse(raw);
  if (parsed.success) return { ok: true, envelope: parsed.data };
  const issue = parsed.error.issues[0]?.message;
  return { ok: false, message: issue ? readZodText(issue, locale) : wordsOf(msg('shell.envelope.key'), locale) };
}
