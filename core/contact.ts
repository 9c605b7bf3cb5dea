// The "to contact" list: who reception rings or messages on a chosen day, and the text to send them.
// Pure: the board's rows and the next day's bookings go in, the items come out; dates are given as
// already-formatted text by the caller (the clinic's locale), so this file knows no formatting.
import type { AftercareRule } from './aftercare';
import { addDays } from './dates';
import { translate } from './i18n/translate';

export const CONTACT_REASONS = ['booking_tomorrow', 'deposit_due', 'window_opens', 'recall_due'] as const;
export type ContactReason = (typeof CONTACT_REASONS)[number];

export const CONTACT_REASON_LABELS: Record<ContactReason, string> = {
  booking_tomorrow: 'Booked tomorrow',
  deposit_due: 'Deposit due before the booking',
  window_opens: 'Next session’s window opens',
  recall_due: 'Touch-up recall due',
};

/** The placeholders a template may use; each is filled in per client. */
export const TEMPLATE_FIELDS = [
  'firstName',
  'lastName',
  'clinicName',
  'clinicPhone',
  'date',
  'time',
  'session',
  'amount',
  'windowFrom',
  'windowTo',
] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export const DEFAULT_CONTACT_TEMPLATES: Record<ContactReason, string> = {
  booking_tomorrow:
    'Hi {firstName}, a reminder of your SMP session at {clinicName} tomorrow, {date} at {time}. Please come with a clean, dry scalp. To change it, call {clinicPhone}.',
  deposit_due:
    'Hi {firstName}, the booking deposit of {amount} for your session {session} at {clinicName} is still to pay. Please pay it before {date}; call {clinicPhone} with any questions.',
  window_opens:
    'Hi {firstName}, it is time to book your session {session} at {clinicName}: the best days are {windowFrom} to {windowTo}. Call {clinicPhone} to choose a time.',
  recall_due: 'Hi {firstName}, your SMP touch-up at {clinicName} is due from {date}. Call {clinicPhone} to book a time that suits you.',
};

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Placeholders in a template that Stipple does not fill in (a typo would reach the client as is). */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(TEMPLATE_FIELDS);
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !known.has(name));
}

/** The template with each placeholder filled in; one with no value becomes empty, never "{amount}". */
export function fillTemplate(template: string, values: Partial<Record<TemplateField, string>>): string {
  return template
    .replace(PLACEHOLDER, (whole, name: string) =>
      (TEMPLATE_FIELDS as readonly string[]).includes(name) ? (values[name as TemplateField] ?? '') : whole,
    )
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** What the list needs of a board row (db/queries/reception-rows.ts BoardRow). */
export interface ContactBoardRow {
  clientId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  planId: number;
  planKind: 'course' | 'touch_up';
  sessionNumber: number;
  state: string;
  depositStatus: string | null;
  outstandingMinor: number;
  currency: string;
  windowEarliest: string | null;
  windowLatest: string | null;
  bookedFor: string | null;
  sessionId: number | null;
  recallOn: string | null;
}

/** What the list needs of a booking (the next day's). */
export interface ContactBooking {
  sessionId: number;
  clientId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  bookedFor: string;
  number: number;
  kind: 'course' | 'touch_up';
  planId: number | null;
}

export interface ContactCandidate {
  /** Stable for one item of one day's list: what a "contacted" tick is kept against. */
  key: string;
  reason: ContactReason;
  clientId: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  planId: number | null;
  sessionId: number | null;
  sessionNumber: number;
  kind: 'course' | 'touch_up';
  bookedFor: string | null;
  windowEarliest: string | null;
  windowLatest: string | null;
  recallOn: string | null;
  outstandingMinor: number;
  currency: string | null;
}

export const CONTACT_KEY = /^(booking|deposit|window|recall):\d+(:\d+)?$/;

/**
 * The day's list, in the order reception works through it: tomorrow's bookings (they are the most
 * urgent), deposits still owed for a booked session, plans whose next window opens within the week
 * (or has opened and is still not booked), touch-up recalls due within the week.
 */
export function contactCandidates(day: string, board: readonly ContactBoardRow[], tomorrow: readonly ContactBooking[]): ContactCandidate[] {
  const weekEnd = addDays(day, 6);
  const items: ContactCandidate[] = tomorrow.map((b) => ({
    key: `booking:${b.sessionId}`,
    reason: 'booking_tomorrow',
    clientId: b.clientId,
    firstName: b.firstName,
    lastName: b.lastName,
    phone: b.phone,
    planId: b.planId,
    sessionId: b.sessionId,
    sessionNumber: b.number,
    kind: b.kind,
    bookedFor: b.bookedFor,
    windowEarliest: null,
    windowLatest: null,
    recallOn: null,
    outstandingMinor: 0,
    currency: null,
  }));
  const fromRow = (r: ContactBoardRow, reason: ContactReason, key: string): ContactCandidate => ({
    key,
    reason,
    clientId: r.clientId,
    firstName: r.firstName,
    lastName: r.lastName,
    phone: r.phone,
    planId: r.planId,
    sessionId: r.sessionId,
    sessionNumber: r.sessionNumber,
    kind: r.planKind,
    bookedFor: r.bookedFor,
    windowEarliest: r.windowEarliest,
    windowLatest: r.windowLatest,
    recallOn: r.recallOn,
    outstandingMinor: r.outstandingMinor,
    currency: r.currency,
  });
  const deposits = board.filter((r) => r.state === 'booked' && r.depositStatus === 'required' && r.outstandingMinor > 0);
  const windows = board.filter(
    (r) =>
      r.planKind === 'course' &&
      r.bookedFor === null &&
      (r.state === 'not_booked' || r.state === 'paid_not_booked' || r.state === 'deposit_outstanding') &&
      r.windowEarliest !== null &&
      r.windowEarliest <= weekEnd &&
      (r.windowLatest === null || r.windowLatest >= day),
  );
  const recalls = board.filter((r) => r.state === 'recall_due' && r.recallOn !== null && r.recallOn <= weekEnd);
  items.push(...deposits.map((r) => fromRow(r, 'deposit_due', `deposit:${r.planId}:${r.sessionNumber}`)));
  items.push(...windows.map((r) => fromRow(r, 'window_opens', `window:${r.planId}:${r.sessionNumber}`)));
  items.push(...recalls.map((r) => fromRow(r, 'recall_due', `recall:${r.planId}`)));
  return items;
}

/**
 * The appointment card's aftercare reminder: the first day's rules of the clinic's template for the
 * booked session, in the clinic's own words (at most three, so the card stays one A6 page), and where
 * the dates are; a standard reminder in the clinic's language when the template starts with none.
 */
export function cardAftercareReminder(rules: readonly AftercareRule[] | undefined, locale: string): string {
  const first = (rules ?? [])
    .filter((r) => r.fromDay === 0 && r.instruction.trim() !== '')
    .slice(0, 3)
    .map((r) => r.instruction.trim())
    .map((text) => (/[.!?…]$/.test(text) ? text : `${text}.`));
  if (first.length === 0) return translate(locale, 'printouts.card.reminderStandard');
  return translate(locale, 'printouts.card.reminderRules', { rules: first.join(' ') });
}
