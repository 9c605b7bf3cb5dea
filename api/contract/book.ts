// The appointment book: a span of days of bookings and blocked time per practitioner, and the
// owner's settings for it (opening hours, blocked time). Booking itself is sessions.book.
import { z } from 'zod';
import { PLAN_KINDS, SESSION_STATUSES } from '../../core/vocabulary';
import { id, instant, requiredText, version } from './common';
import { change, query } from './define';
import { roomRecord } from './rooms';
import { msg, zodText, type Msg } from './words';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = (label: Msg) =>
  z.string({ error: zodText(msg('api.field.enter', { label })) }).regex(HHMM, { error: zodText(msg('checks.book.timeFormat', { label })) });

export const workingDay = z
  .object({
    weekday: z.number().int().min(1).max(7),
    opens: clock(msg('checks.label.openingTime')),
    closes: clock(msg('checks.label.closingTime')),
  })
  .refine((d) => d.closes > d.opens, { path: ['closes'], error: zodText(msg('checks.book.closesAfterOpens')) });

const MAX_SPAN_DAYS = 42;

export const bookBadges = z.object({
  depositOutstanding: z.boolean(),
  intakeIncomplete: z.boolean(),
  contraindicationActive: z.boolean(),
  firstVisit: z.boolean(),
});

export const bookBooking = z.object({
  sessionId: id,
  version,
  clientId: id,
  clientName: z.string(),
  practitionerId: id.nullable(),
  roomId: id.nullable(),
  planId: id.nullable(),
  kind: z.enum(PLAN_KINDS),
  number: z.number().int(),
  quotedSessions: z.number().int().nullable(),
  status: z.enum(SESSION_STATUSES),
  startsAt: z.string(),
  endsAt: z.string(),
  lengthMinutes: z.number().int().positive(),
  badges: bookBadges,
});
export type BookBooking = z.infer<typeof bookBooking>;

export const blockedTimeRecord = z.object({
  id,
  version,
  staffId: id,
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
  removedAt: z.string().nullable(),
});
export type BlockedTimeRecord = z.infer<typeof blockedTimeRecord>;

export const hoursRecord = z.object({
  staffId: id,
  /** null: hours were never set (no warnings); otherwise the days worked, a missing day is off. */
  week: z.array(workingDay).nullable(),
  version: version.nullable(),
});
export type HoursRecord = z.infer<typeof hoursRecord>;

export const bookPractitioner = hoursRecord.extend({ name: z.string(), active: z.boolean() });

/** What a change to the book leaves stale: the book itself and the reads that show bookings. */
const BOOK_SHOWN = ['book.range', 'audit.history'] as const;

export const bookContract = {
  'book.range': query(
    z
      .object({
        from: instant(msg('checks.label.firstDayShown')),
        to: instant(msg('checks.label.endOfDaysShown')),
        /** Empty: every practitioner (and bookings with none yet). */
        practitionerIds: z.array(id).max(50).default([]),
      })
      .refine((v) => Date.parse(v.to) > Date.parse(v.from), { path: ['to'], error: zodText(msg('checks.book.endAfterStart')) })
      .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= MAX_SPAN_DAYS * 86_400_000, {
        path: ['to'],
        error: zodText(msg('checks.book.maxSpan', { days: String(MAX_SPAN_DAYS) })),
      }),
    z.object({
      practitioners: z.array(bookPractitioner),
      /** Every room, active or not, in the book's order: the columns when the clinic books per room. */
      rooms: z.array(roomRecord),
      bookings: z.array(bookBooking),
      blocked: z.array(blockedTimeRecord),
    }),
  ),
  'book.setHours': change(
    z.object({
      staffId: id,
      /** null for a practitioner whose hours were never set. */
      expectedVersion: version.nullable().default(null),
      week: z
        .array(workingDay)
        .max(7)
        .refine((w) => new Set(w.map((d) => d.weekday)).size === w.length, { error: zodText(msg('checks.book.weekdayOnce')) }),
    }),
    hoursRecord,
    { invalidates: BOOK_SHOWN },
  ),
  'book.block': change(
    z
      .object({
        staffId: id,
        startsAt: instant(msg('checks.label.blockStarts')),
        endsAt: instant(msg('checks.label.blockEnds')),
        reason: requiredText(msg('checks.label.whyBlocked'), 200),
      })
      .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), { path: ['endsAt'], error: zodText(msg('checks.book.endAfterStart')) }),
    blockedTimeRecord,
    { invalidates: BOOK_SHOWN },
  ),
  'book.unblock': change(
    z.object({ id, expectedVersion: version, reason: requiredText(msg('checks.label.whyUnblocked'), 200) }),
    blockedTimeRecord,
    { invalidates: BOOK_SHOWN },
  ),
} as const;
