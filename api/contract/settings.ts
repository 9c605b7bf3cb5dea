import { z } from 'zod';

import { currency, minorAmount, optionalText } from './common';
import { change, query } from './define';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** Every clinic setting with its default; the API stores only what differs. */
export const clinicSettings = z.object({
  clinicName: z.string().trim().max(120).default('My SMP clinic'),
  clinicAddress: z.string().max(400).default(''),
  clinicPhone: z.string().max(40).default(''),
  /** A data: URL of the clinic's logo for printouts, or empty. */
  clinicLogo: z.string().max(500_000).default(''),
  locale: z.string().min(2).max(20).default('en-GB'),
  currency: currency.default('GBP'),
  paperSize: z.enum(['A4', 'LETTER']).default('A4'),
  defaultDepositMinor: minorAmount('the default deposit').default(5000),
  /** Booking windows, in days after the previous session. */
  secondSessionMinDays: z.number().int().min(1).max(90).default(7),
  laterSessionMinDays: z.number().int().min(1).max(120).default(21),
  laterSessionMaxDays: z.number().int().min(1).max(180).default(28),
  /** Session lengths in minutes, the default when a booking does not give one. */
  firstSessionMinutes: z.number().int().min(15).max(720).default(240),
  laterSessionMinutes: z.number().int().min(15).max(720).default(180),
  touchUpMinutes: z.number().int().min(15).max(720).default(120),
  touchUpRecallYears: z.number().int().min(1).max(10).default(3),
  idleLockMinutes: z.number().int().min(1).max(240).default(DEFAULT_IDLE_LOCK_MINUTES),
  /** The shortest PIN a staff member may choose: 4, or 6 when the owner requires longer PINs. */
  minPinLength: z.union([z.literal(4), z.literal(6)], { error: 'Choose PINs of at least 4 or at least 6 digits.' }).default(4),
  backupFolder: optionalText('the backup folder', 1000).default(null),
});
export type ClinicSettings = z.infer<typeof clinicSettings>;

type WithoutDefaults<S extends Record<string, z.ZodDefault<z.ZodType>>> = { [K in keyof S]: z.ZodOptional<ReturnType<S[K]['unwrap']>> };

/** Each setting optional and without its default: an update names only what it changes, and a
 *  setting it leaves out stays as stored (`.partial()` would fill it in with the default). */
function withoutDefaults<S extends Record<string, z.ZodDefault<z.ZodType>>>(shape: S): WithoutDefaults<S> {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.unwrap().optional()])) as WithoutDefaults<S>;
}

export const settingsContract = {
  'settings.get': query(z.object({}).default({}), clinicSettings),
  'settings.update': change(
    z.object(withoutDefaults(clinicSettings.shape)).superRefine((v, ctx) => {
      if (v.laterSessionMinDays && v.laterSessionMaxDays && v.laterSessionMaxDays < v.laterSessionMinDays) {
        ctx.addIssue({
          code: 'custom',
          path: ['laterSessionMaxDays'],
          message: 'The latest day must not be before the earliest day.',
        });
      }
    }),
    clinicSettings,
    // Booking windows feed the client list's next-due date, the board and the booking window; clinic
    // details the aftercare sheet; the idle lock the sign-in status; the backup folder its status.
    {
      invalidates: [
        'settings.get',
        'auth.status',
        'clients.list',
        'reception.board',
        'reception.nextSession',
        'aftercare.sheet',
        'safety.status',
      ],
    },
  ),
} as const;
