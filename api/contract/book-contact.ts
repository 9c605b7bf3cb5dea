// Reminders without the internet: the day's "to contact" list (each with the message to copy and a
// "contacted" tick), and the appointment card of a client's next booking.
import { z } from 'zod';
import { CONTACT_KEY, CONTACT_REASONS } from '../../core/contact';
import { PLAN_KINDS } from '../../core/vocabulary';
import { id, isoDate, version } from './common';
import { change, query } from './define';
import { msg, zodText } from './words';

export const contactTick = z.object({
  id,
  version,
  day: z.string(),
  itemKey: z.string(),
  clientId: id,
  contactedBy: id.nullable(),
  contactedByName: z.string().nullable(),
  contactedAt: z.string(),
  removedAt: z.string().nullable(),
});
export type ContactTick = z.infer<typeof contactTick>;

export const contactItem = z.object({
  key: z.string(),
  reason: z.enum(CONTACT_REASONS),
  clientId: id,
  clientName: z.string(),
  phone: z.string().nullable(),
  planId: id.nullable(),
  sessionId: id.nullable(),
  sessionNumber: z.number().int(),
  kind: z.enum(PLAN_KINDS),
  bookedFor: z.string().nullable(),
  windowEarliest: z.string().nullable(),
  windowLatest: z.string().nullable(),
  recallOn: z.string().nullable(),
  outstandingMinor: z.number().int(),
  currency: z.string().nullable(),
  /** The clinic's template for this reason, filled in: ready to copy into a text or read out. */
  message: z.string(),
  /** The tick for this item on this day, if it is ticked. */
  contacted: contactTick.nullable(),
});
export type ContactItem = z.infer<typeof contactItem>;

export const appointmentCard = z.object({
  clinic: z.object({ name: z.string(), address: z.string(), phone: z.string() }),
  client: z.object({ id, firstName: z.string(), lastName: z.string() }),
  booking: z.object({
    sessionId: id,
    startsAt: z.string(),
    lengthMinutes: z.number().int().positive(),
    kind: z.enum(PLAN_KINDS),
    number: z.number().int(),
    quotedSessions: z.number().int().nullable(),
    practitionerName: z.string().nullable(),
  }),
  aftercareReminder: z.string(),
  locale: z.string(),
});
export type AppointmentCard = z.infer<typeof appointmentCard>;

export const bookContactContract = {
  'book.toContact': query(
    z.object({ day: isoDate(msg('checks.label.day')) }),
    z.object({ day: z.string(), tomorrow: z.string(), items: z.array(contactItem) }),
  ),
  'book.markContacted': change(
    z.object({
      day: isoDate(msg('checks.label.day')),
      key: z.string().regex(CONTACT_KEY, { error: zodText(msg('checks.bookContact.chooseItem')) }),
      clientId: id,
      contacted: z.boolean({ error: zodText(msg('checks.bookContact.sayContacted')) }),
    }),
    contactTick,
    { invalidates: ['book.toContact', 'audit.history'] },
  ),
  'book.card': query(z.object({ clientId: id, sessionId: id.optional() }), appointmentCard),
} as const;
