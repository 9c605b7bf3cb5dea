// Reception's views: the deposits-and-booking board, a day's booking list, bookings for a calendar
// export, and what the next session of a plan may be (its number, window and deposit).
import { z } from 'zod';
import { BOARD_STATES, DEPOSIT_STATUSES, PLAN_KINDS } from '../../core/vocabulary';
import type { Board, BoardRow, Booking, MoneyTotal, NextSession } from '../../db/queries/reception-rows';
import { id, isoDate } from './common';
import { query } from './define';
import { msg, zodText } from './words';

export { BOARD_STATE_LABELS, BOARD_STATES, type BoardState } from '../../core/vocabulary';
export type { Board, BoardRow, Booking, MoneyTotal, NextSession };

const nullableText = z.string().nullable();

export const boardRow = z.object({
  /** Stable per plan × session number. */
  key: z.string(),
  clientId: id,
  firstName: z.string(),
  lastName: z.string(),
  phone: nullableText,
  planId: id,
  planKind: z.enum(PLAN_KINDS),
  sessionNumber: z.number().int(),
  quotedSessions: z.number().int(),
  state: z.enum(BOARD_STATES),
  depositId: id.nullable(),
  depositStatus: z.enum(DEPOSIT_STATUSES).nullable(),
  depositAmountMinor: z.number().int().nullable(),
  depositPaidMinor: z.number().int(),
  outstandingMinor: z.number().int(),
  heldMinor: z.number().int(),
  currency: z.string(),
  planOwedMinor: z.number().int(),
  /** The session before this one: its date (performed, else booked) and whether it is done. */
  previousDate: nullableText,
  previousPerformed: z.boolean(),
  daysSincePrevious: z.number().int().nullable(),
  windowEarliest: nullableText,
  windowLatest: nullableText,
  bookedFor: nullableText,
  sessionId: id.nullable(),
  performedAt: nullableText,
  recallOn: nullableText,
  /** Not booked, and its window opens on or before the end of this week. */
  dueThisWeek: z.boolean(),
}) satisfies z.ZodType<BoardRow>;

export const moneyTotal = z.object({
  currency: z.string(),
  outstandingMinor: z.number().int(),
  heldMinor: z.number().int(),
}) satisfies z.ZodType<MoneyTotal>;

export const board = z.object({
  today: z.string(),
  weekFrom: z.string(),
  weekTo: z.string(),
  rows: z.array(boardRow),
  /** Over every deposit on file, per currency. */
  totals: z.array(moneyTotal),
}) satisfies z.ZodType<Board>;

export const booking = z.object({
  sessionId: id,
  clientId: id,
  firstName: z.string(),
  lastName: z.string(),
  phone: nullableText,
  bookedFor: z.string(),
  lengthMinutes: z.number().int().positive(),
  number: z.number().int(),
  kind: z.enum(PLAN_KINDS),
  planId: id.nullable(),
  quotedSessions: z.number().int().nullable(),
  practitionerName: nullableText,
  depositStatus: z.enum(DEPOSIT_STATUSES).nullable(),
  outstandingMinor: z.number().int(),
  currency: nullableText,
  outsideWindowReason: nullableText,
  depositOverrideReason: nullableText,
  version: z.number().int(),
}) satisfies z.ZodType<Booking>;

export const nextSession = z.object({
  planId: id,
  kind: z.enum(PLAN_KINDS),
  number: z.number().int(),
  quotedSessions: z.number().int(),
  /** False when every quoted session is already booked or performed. */
  canBook: z.boolean(),
  previous: z.object({ number: z.number().int(), date: z.string(), performed: z.boolean() }).nullable(),
  window: z.object({ earliest: z.string(), latest: nullableText }).nullable(),
  deposit: z
    .object({
      id,
      status: z.enum(DEPOSIT_STATUSES),
      amountMinor: z.number().int(),
      paidMinor: z.number().int(),
      currency: z.string(),
      version: z.number().int(),
    })
    .nullable(),
  recallOn: nullableText,
}) satisfies z.ZodType<NextSession>;

const range = z
  .object({ from: isoDate(msg('checks.label.firstDay')), to: isoDate(msg('checks.label.lastDay')) })
  .refine((r) => r.to >= r.from, { path: ['to'], error: zodText(msg('checks.reception.lastBeforeFirst')) })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 3 * 366 * 86_400_000, {
    path: ['to'],
    error: zodText(msg('checks.reception.maxRange')),
  });

export const receptionContract = {
  'reception.board': query(z.object({ today: isoDate(msg('checks.label.todaysDate')).optional() }).default({}), board),
  'reception.day': query(z.object({ date: isoDate(msg('checks.label.day')) }), z.array(booking)),
  'reception.bookings': query(range, z.array(booking)),
  'reception.nextSession': query(z.object({ planId: id }), nextSession),
} as const;
