// Shared zod pieces. Messages are written for the person at the desk, not for a developer.
import { z } from 'zod';
import type { MessageId } from '../../core/i18n/translate';
import { msg, zodText, type Msg, type MsgValue } from './words';

/**
 * A field's name in a check's message: a message by id ('api.label.firstName': "the first name"),
 * read in the reader's language, or English text for a field whose label is not yet in the catalogs.
 */
export type Label = string | Msg;

const cap = (label: string) => `${label[0]!.toUpperCase()}${label.slice(1)}`;

/** A check's message: by id for a label from the catalogs, else the English sentence as before. */
function says(label: Label, id: MessageId, english: (label: string) => string, values: Record<string, MsgValue> = {}): string {
  return typeof label === 'string' ? english(label) : zodText(msg(id, { label, ...values }));
}

export const id = z.number().int().positive();
export const version = z.number().int().positive();

const enter = (label: Label) => says(label, 'api.field.enter', (l) => `Enter ${l}.`);
const tooLong = (label: Label, max: number) =>
  says(label, 'api.field.tooLong', (l) => `Keep ${l} under ${max} characters.`, { max: String(max) });

export const requiredText = (label: Label, max = 200) =>
  z
    .string({ error: enter(label) })
    .trim()
    .min(1, { error: enter(label) })
    .max(max, { error: tooLong(label, max) });

export const optionalText = (label: Label, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong(label, max) })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const notes = (label: Label = msg('api.label.notes'), max = 10_000) =>
  z
    .string()
    .max(max, { error: tooLong(label, max) })
    .default('');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date 'YYYY-MM-DD' that exists (rejects 2026-02-30). */
export const isoDate = (label: Label) =>
  z
    .string({ error: enter(label) })
    .regex(ISO_DATE, { error: says(label, 'api.field.enterDate', (l) => `Enter ${l} as a date.`) })
    .refine(
      (s) => {
        const d = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
      },
      { error: says(label, 'api.field.notRealDate', (l) => `${cap(l)} is not a real date.`) },
    );

/** An instant with its offset, e.g. 2026-11-23T10:00:00.000Z. */
export const instant = (label: Label) =>
  z.iso.datetime({ offset: true, error: says(label, 'api.field.enterInstant', (l) => `Enter ${l} as a date and time.`) });

export const currency = z.string().regex(/^[A-Z]{3}$/, { error: zodText(msg('api.field.currency')) });
export const minorAmount = (label: Label) =>
  z
    .number({ error: enter(label) })
    .int({ error: says(label, 'api.field.wholeMinor', (l) => `Enter ${l} in whole minor units.`) })
    .nonnegative({ error: says(label, 'api.field.negative', (l) => `${cap(l)} cannot be negative.`) })
    .max(100_000_000, { error: says(label, 'api.field.tooLarge', (l) => `${cap(l)} is too large.`) });

export const email = z
  .string()
  .trim()
  .max(200)
  .refine((s) => s === '' || z.email().safeParse(s).success, { error: zodText(msg('api.field.email')) })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

export const phone = z
  .string()
  .trim()
  .max(40, { error: zodText(msg('api.field.phoneTooLong')) })
  .refine((s) => s === '' || /^[+()\d\s.-]{5,}$/.test(s), {
    error: zodText(msg('api.field.phone')),
  })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

export const ok = z.object({ ok: z.literal(true) });
