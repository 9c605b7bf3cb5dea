import { z } from 'zod';
import { HAIRLINE_REQUEST_KINDS, RETENTION_RATINGS, SHADE_CHANGE_REASONS, ZONES } from '../../core/vocabulary';
import { id, instant, isoDate, notes, optionalText, requiredText, version } from './common';
import { retentionRecord, sessionRecord, shadeChangeRecord } from './chart';
import { change, query } from './define';
import { LONGEST_MINUTES } from '../../core/appointments';
import { msg, zodText } from './words';

const reason = (label: string) => requiredText(label, 500);

/** A session's date and status: the chart, both client lists (sessions done, last and next), the
 *  board, the booking lists, the next session's window, the session itself and its aftercare sheet. */
const SESSION_SHOWN = [
  'clients.chart',
  'clients.search',
  'clients.list',
  'reception.board',
  'reception.day',
  'reception.bookings',
  'reception.nextSession',
  'sessions.get',
  'aftercare.sheet',
  'audit.history',
  'book.range',
  'book.toContact',
  'book.card',
  // Sessions performed, no-shows and cancellations are counted there; a performed one moves what is due next.
  'reports.period',
  'payments.forPlan',
] as const;

/** What a performed session's pigment feeds: the stock and its warnings, the recall, the retention figures. */
const BATCHES_AND_FIGURES = ['batches.list', 'batches.warnings', 'batches.recall', 'retention.breakdown', 'retention.similar'] as const;

/** How long the chair is taken; null = the clinic's default for the session's kind. */
const lengthMinutes = z
  .number({ error: zodText(msg('api.sessions.lengthMinutes')) })
  .int({ error: zodText(msg('api.sessions.wholeMinutes')) })
  .min(15, { error: zodText(msg('api.sessions.atLeast15')) })
  .max(LONGEST_MINUTES, { error: zodText(msg('api.sessions.atMostHours', { hours: String(LONGEST_MINUTES / 60) })) })
  .nullable()
  .default(null);

export const sessionsContract = {
  'sessions.book': change(
    z.object({
      clientId: id,
      planId: id.nullable().default(null),
      bookedFor: instant(msg('api.label.bookingTime')),
      lengthMinutes,
      practitionerId: id.nullable().default(null),
      /** The room or chair; null: none chosen yet. */
      roomId: id.nullable().default(null),
      /** Required when the booking is outside the practitioner's opening hours. */
      outsideHoursReason: optionalText(msg('api.label.reason'), 500),
      /** Required when the date is outside the booking window. */
      outsideWindowReason: optionalText(msg('api.label.reason'), 500),
      /** Required when the session's deposit is not paid. */
      depositOverrideReason: optionalText(msg('api.label.reason'), 500),
      /** Required (true) when the booking is for a time already past. */
      confirmInPast: z.boolean().default(false),
    }),
    sessionRecord,
    // Booking before the deposit is paid records the override on the deposit.
    { invalidates: [...SESSION_SHOWN, 'deposits.forPlan'] },
  ),
  'sessions.reschedule': change(
    z.object({
      id,
      expectedVersion: version,
      bookedFor: instant(msg('api.label.newBookingTime')),
      /** null: keep the length it has. */
      lengthMinutes,
      /** Left out: keep the practitioner; a drag to another column names the new one. */
      practitionerId: id.nullable().optional(),
      /** Left out: keep the room; a drag to another room's column names the new one. */
      roomId: id.nullable().optional(),
      reason: reason('why the session is moved'),
      outsideWindowReason: optionalText(msg('api.label.reason'), 500),
      outsideHoursReason: optionalText(msg('api.label.reason'), 500),
      /** Required (true) when the new time is already past. */
      confirmInPast: z.boolean().default(false),
    }),
    sessionRecord,
    { invalidates: SESSION_SHOWN },
  ),
  'sessions.cancel': change(
    z.object({ id, expectedVersion: version, reason: reason('why the session is cancelled'), noShow: z.boolean().default(false) }),
    sessionRecord,
    { invalidates: SESSION_SHOWN },
  ),
  /** Records what was done in the chair; creates the session if it was not booked. */
  'sessions.chart': change(
    z.object({
      clientId: id,
      sessionId: id.nullable().default(null),
      expectedVersion: version.nullable().default(null),
      planId: id.nullable().default(null),
      performedAt: instant(msg('api.label.whenPerformed')),
      practitionerId: id.nullable().default(null),
      prepDone: z.boolean().default(false),
      prepNotes: notes(msg('api.label.prepNotes'), 2000),
      assessmentNotes: notes(msg('api.label.assessment'), 4000),
      pigmentBrand: requiredText(msg('api.label.pigmentBrand'), 100),
      pigmentShade: requiredText(msg('api.label.pigmentShade'), 100),
      dilution: requiredText(msg('api.label.dilution'), 40),
      pigmentBatch: requiredText(msg('api.label.batchNumber'), 60),
      pigmentExpiry: isoDate(msg('api.label.batchExpiry')),
      needle: requiredText(msg('api.label.needle'), 60),
      zones: z
        .array(z.enum(ZONES))
        .min(1, { error: zodText(msg('api.sessions.chooseZone')) })
        .refine((z) => new Set(z).size === z.length, { error: zodText(msg('api.sessions.zoneOnce')) }),
      densityNotes: notes(msg('api.label.densityNotes'), 4000),
      blendingNotes: notes(msg('api.label.blendingNotes'), 4000),
      notes: notes(msg('api.label.notes'), 10_000),
      contraindicationOverrideReason: optionalText(msg('api.label.overrideReason'), 500),
      /** Required (true) when the session is dated before the client's previous session. */
      confirmBeforePrevious: z.boolean().default(false),
      retention: z
        .array(z.object({ zone: z.enum(ZONES), rating: z.enum(RETENTION_RATINGS), note: notes(msg('api.label.note'), 1000) }))
        .default([]),
      shadeChange: z
        .object({
          reason: z.enum(SHADE_CHANGE_REASONS, { error: zodText(msg('api.sessions.chooseShadeReason')) }),
          note: notes(msg('api.label.note'), 1000),
        })
        .nullable()
        .default(null),
      /** Hairline requests completed in this session. */
      doneRequestIds: z.array(id).default([]),
      /** Alterations the client asked for during this session, raised in the same save. */
      raiseRequests: z
        .array(
          z.object({
            kind: z.enum(HAIRLINE_REQUEST_KINDS, { error: zodText(msg('api.requests.chooseKind')) }),
            request: requiredText(msg('api.label.whatClientAsked'), 1000),
          }),
        )
        .max(20)
        .default([]),
      /**
       * For a new session: the number the form was charting. If someone else charted that session
       * meanwhile, the save is refused as a conflict instead of silently becoming the next session.
       */
      expectedNumber: z.number().int().positive().nullable().default(null),
    }),
    sessionRecord,
    // Charting applies the paid deposit, activates a quoted plan and raises or completes requests; a
    // batch typed in is added to stock; the session is a case of the retention figures and of a recall.
    { invalidates: [...SESSION_SHOWN, 'deposits.forPlan', 'plans.list', ...BATCHES_AND_FIGURES] },
  ),
  'sessions.get': query(z.object({ id }), sessionRecord),
  'retention.save': change(
    z.object({
      sessionId: id,
      notes: z.array(z.object({ zone: z.enum(ZONES), rating: z.enum(RETENTION_RATINGS), note: notes(msg('api.label.note'), 1000) })).min(1),
    }),
    z.array(retentionRecord),
    { invalidates: ['clients.chart', 'audit.history', 'retention.breakdown', 'retention.similar'] },
  ),
  'shadeChanges.record': change(
    z.object({
      sessionId: id,
      fromShade: optionalText(msg('api.label.previousShade'), 100),
      toShade: optionalText(msg('api.label.newShade'), 100),
      fromDilution: optionalText(msg('api.label.previousDilution'), 40),
      toDilution: optionalText(msg('api.label.newDilution'), 40),
      reason: z.enum(SHADE_CHANGE_REASONS, { error: zodText(msg('api.sessions.chooseShadeReason')) }),
      note: notes(msg('api.label.note'), 1000),
    }),
    shadeChangeRecord,
    { invalidates: ['clients.chart', 'audit.history'] },
  ),
} as const;
