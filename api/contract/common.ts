// Shared zod pieces. Messages are written for the person at the desk, not for a developer.
import { z } from 'zod';

export const id = z.number().int().positive();
export const version = z.number().int().positive();

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, { error: `Enter ${label}.` })
    .max(max, { error: `Keep ${label} under ${max} characters.` });

export const optionalText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${label} under ${max} characters.` })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const notes = (label = 'the notes', max = 10_000) =>
  z
    .string()
    .max(max, { error: `Keep ${label} under ${max} characters.` })
    .default('');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date 'YYYY-MM-DD' that exists (rejects 2026-02-30). */
export const isoDate = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .regex(ISO_DATE, { error: `Enter ${label} as a date.` })
    .refine(
      (s) => {
        const d = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
      },
      { error: `${label[0]!.toUpperCase()}${label.slice(1)} is not a real date.` },
    );

/** An instant with its offset, e.g. 2026-11-23T10:00:00.000Z. */
export const instant = (label: string) => z.iso.datetime({ offset: true, error: `Enter ${label} as a date and time.` });

export const currency = z.string().regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code such as GBP or EUR.' });
export const minorAmount = (label: string) =>
  z
    .number({ error: `Enter ${label}.` })
    .int({ error: `Enter ${label} in whole minor units.` })
    .nonnegative({ error: `${label[0]!.toUpperCase()}${label.slice(1)} cannot be negative.` })
    .max(100_000_000, { error: `${label[0]!.toUpperCase()}${label.slice(1)} is too large.` });

export const email = z
  .string()
  .trim()
  .max(200)
  .refine((s) => s === '' || z.email().safeParse(s).success, { error: 'Enter an email address like name@example.com.' })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

export const phone = z
  .string()
  .trim()
  .max(40, { error: 'Keep the phone number under 40 characters.' })
  .refine((s) => s === '' || /^[+()\d\s.-]{5,}$/.test(s), {
    error: 'Enter a phone number using digits, spaces and + ( ) - only.',
  })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

export const ok = z.object({ ok: z.literal(true) });
