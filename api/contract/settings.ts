import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';

import { DEFAULT_CONTACT_TEMPLATES, TEMPLATE_FIELDS, unknownPlaceholders } from '../../core/contact';
import { DEFAULT_PHOTO_ANGLES } from '../../core/photos';
import { currency, minorAmount, optionalText } from './common';
import { change, query } from './define';
import { DUE_SCHEDULES } from '../../core/plan-balance';
import { RECONSENT_MODES } from '../../core/clinic-documents';
import { DEFAULT_MEDICAL_RECORD_YEARS } from '../../core/erasure';
import { msg, zodText } from './words';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const DEFAULT_HUB_PORT = 8443;
/** Every address of this computer: the hub listens on all of them. */
export const ALL_ADDRESSES = '0.0.0.0';

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
/** An IPv4 or IPv6 address as typed (no name: a hub is reached by address, with no DNS in a clinic). */
export const isIpAddress = (v: string) => ipv4.safeParse(v).success || ipv6.safeParse(v).success;

const HUB_HOST_ERROR = zodText(msg('checks.settings.hubHost'));
const HUB_PORT_ERROR = zodText(msg('checks.settings.hubPort'));

/** A "to contact" message template: plain text with placeholders such as {firstName}. */
const contactTemplate = (fallback: string) =>
  z
    .string({ error: zodText(msg('checks.settings.enterMessage')) })
    .trim()
    .min(1, { error: zodText(msg('checks.settings.enterMessage')) })
    .max(1000, { error: zodText(msg('checks.settings.messageTooLong')) })
    .refine((t) => unknownPlaceholders(t).length === 0, {
      error: (issue) =>
        zodText(
          msg('checks.settings.unknownPlaceholders', {
            unknown: unknownPlaceholders(String(issue.input))
              .map((p) => `{${p}}`)
              .join(', '),
            fields: TEMPLATE_FIELDS.map((f) => `{${f}}`).join(', '),
          }),
        ),
    })
    .default(fallback);

/** Every clinic setting with its default; the API stores only what differs. */
export const clinicSettings = z.object({
  clinicName: z.string().trim().max(120).default('My SMP clinic'),
  clinicAddress: z.string().max(400).default(''),
  clinicPhone: z.string().max(40).default(''),
  /** A data: URL of the clinic's logo for printouts, or empty. */
  clinicLogo: z.string().max(500_000).default(''),
  locale: z.string().min(2).max(20).default('en-GB'),
  /** The clinic's country for phone numbers (ISO 3166 code, "GB"); empty: the locale's region. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => c === '' || isSupportedCountry(c), { error: zodText(msg('checks.settings.country')) })
    .default(''),
  currency: currency.default('GBP'),
  paperSize: z.enum(['A4', 'LETTER']).default('A4'),
  /** Printed on receipts and credit notes: the clinic's VAT or tax number, or empty. */
  clinicTaxId: z
    .string()
    .trim()
    .max(60, { error: zodText(msg('checks.settings.taxIdTooLong')) })
    .default(''),
  /** How a course's price falls due over its sessions (core/plan-balance.ts). */
  paymentSchedule: z.enum(DUE_SCHEDULES, { error: zodText(msg('checks.settings.paymentSchedule')) }).default('split_evenly'),
  /** With 'first_then_rest': the share of the price due at the first session. */
  firstPaymentPercent: z.number().int().min(1).max(100).default(50),
  defaultDepositMinor: minorAmount(msg('checks.label.defaultDeposit')).default(5000),
  /** Booking windows, in days after the previous session. */
  secondSessionMinDays: z.number().int().min(1).max(90).default(7),
  laterSessionMinDays: z.number().int().min(1).max(120).default(21),
  laterSessionMaxDays: z.number().int().min(1).max(180).default(28),
  /** Session lengths in minutes, the default when a booking does not give one. */
  firstSessionMinutes: z.number().int().min(15).max(720).default(240),
  laterSessionMinutes: z.number().int().min(15).max(720).default(180),
  touchUpMinutes: z.number().int().min(15).max(720).default(120),
  /** The book's columns: one per practitioner, or one per room or chair (rooms.list). */
  bookColumns: z.enum(['practitioner', 'room'], { error: zodText(msg('checks.settings.bookColumns')) }).default('practitioner'),
  touchUpRecallYears: z.number().int().min(1).max(10).default(3),
  /** Years a client's medical record is kept after their last treatment before it may be erased (core/erasure.ts). */
  medicalRecordYears: z
    .number({ error: zodText(msg('checks.settings.yearsNumber')) })
    .int({ error: zodText(msg('checks.settings.yearsWhole')) })
    .min(0, { error: zodText(msg('checks.settings.yearsMin')) })
    .max(30, { error: zodText(msg('checks.settings.yearsMax')) })
    .default(DEFAULT_MEDICAL_RECORD_YEARS),
  /** The messages of the "to contact" list, one per reason (core/contact.ts). */
  contactTemplateBooking: contactTemplate(DEFAULT_CONTACT_TEMPLATES.booking_tomorrow),
  contactTemplateDeposit: contactTemplate(DEFAULT_CONTACT_TEMPLATES.deposit_due),
  contactTemplateWindow: contactTemplate(DEFAULT_CONTACT_TEMPLATES.window_opens),
  contactTemplateRecall: contactTemplate(DEFAULT_CONTACT_TEMPLATES.recall_due),
  idleLockMinutes: z.number().int().min(1).max(240).default(DEFAULT_IDLE_LOCK_MINUTES),
  /** The shortest PIN a staff member may choose: 4, or 6 when the owner requires longer PINs. */
  minPinLength: z.union([z.literal(4), z.literal(6)], { error: zodText(msg('checks.settings.minPin')) }).default(4),
  backupFolder: optionalText(msg('checks.label.backupFolder'), 1000).default(null),
  /** The angles photos are taken at, in the order the chart shows them. */
  photoAngles: z
    .array(
      z
        .string()
        .trim()
        .min(1, { error: zodText(msg('checks.settings.nameAngle')) })
        .max(40, { error: zodText(msg('checks.settings.angleTooLong')) }),
    )
    .min(1, { error: zodText(msg('checks.settings.keepAngle')) })
    .max(20, { error: zodText(msg('checks.settings.tooManyAngles')) })
    .refine((a) => new Set(a.map((x) => x.toLowerCase())).size === a.length, { error: zodText(msg('checks.settings.angleOnce')) })
    .default([...DEFAULT_PHOTO_ANGLES]),
  /** This computer is the clinic's hub: whoever hosts the API serves workstations (network/serve-as-hub.ts). */
  /** When the treatment consent text gets a new version: ask at the client's next session, or require it before charting. */
  reconsent: z.enum(RECONSENT_MODES, { error: zodText(msg('checks.settings.reconsent')) }).default('ask'),
  hubEnabled: z.boolean({ error: zodText(msg('checks.settings.hubEnabled')) }).default(false),
  /** The address the hub listens on: one of this computer's, IPv4 or IPv6, or 0.0.0.0 for all of them. */
  hubHost: z.string({ error: HUB_HOST_ERROR }).trim().refine(isIpAddress, { error: HUB_HOST_ERROR }).default(ALL_ADDRESSES),
  hubPort: z
    .number({ error: HUB_PORT_ERROR })
    .int({ error: HUB_PORT_ERROR })
    .min(1, { error: HUB_PORT_ERROR })
    .max(65535, { error: HUB_PORT_ERROR })
    .default(DEFAULT_HUB_PORT),
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
          message: zodText(msg('checks.settings.latestBeforeEarliest')),
        });
      }
    }),
    clinicSettings,
    // Booking windows feed the client list's next-due date, the board and the booking window; clinic
    // details the aftercare sheet; the idle lock the sign-in status; the backup folder its status;
    // the hub's switch, address and port what the hub status says (the server follows them).
    {
      invalidates: [
        'settings.get',
        'auth.status',
        'clients.list',
        // The clinic's locale orders the lists by name; its country reads phone numbers.
        'clients.search',
        'reception.board',
        'reception.nextSession',
        'aftercare.sheet',
        'book.toContact',
        'book.card',
        'safety.status',
        'network.hubStatus',
        // The due-per-session schedule; the clinic's details and tax number on new receipts.
        'payments.forPlan',
        // Whether a changed consent is asked or required (reconsent); the clinic's name on signed documents.
        'consent.status',
        'consent.document',
      ],
    },
  ),
} as const;
