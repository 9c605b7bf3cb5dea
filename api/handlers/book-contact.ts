// The day's "to contact" list and its "contacted" ticks, and a client's appointment card. The list is
// read from the board (as of the chosen day) and the next day's bookings; each item's message is the
// clinic's template filled in, every date through the clinic's locale.
import { cardAftercareReminder, contactCandidates, fillTemplate, type ContactCandidate, type ContactReason } from '../../core/contact';
import { pickTemplate } from '../../core/aftercare';
import { addDays } from '../../core/dates';
import { formatDate, formatTime } from '../../core/format-date';
import { usableLocale } from '../../core/locale';
import { formatMoney } from '../../core/money';
import { preparedOnce } from '../../db/prepared';
import { loadBoard, loadBookings } from '../../db/queries/reception';
import { writeAudit } from '../audit';
import { latestTemplates } from './aftercare';
import type { ContactItem, ContactTick } from '../contract/book-contact';
import type { ClinicSettings } from '../contract/settings';
import { fail } from '../result';
import { readSettings } from './settings';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

const TICK_COLUMNS = `t.id, t.version, t.day, t.item_key AS itemKey, t.client_id AS clientId, t.contacted_by AS contactedBy,
  s.name AS contactedByName, t.contacted_at AS contactedAt, t.removed_at AS removedAt`;
const ticksOfDay = preparedOnce(`SELECT ${TICK_COLUMNS} FROM contact_ticks t LEFT JOIN staff s ON s.id = t.contacted_by WHERE t.day = ?`);
const tickOf = preparedOnce(
  `SELECT ${TICK_COLUMNS} FROM contact_ticks t LEFT JOIN staff s ON s.id = t.contacted_by WHERE t.day = ? AND t.item_key = ?`,
);
const insertTick = preparedOnce(
  `INSERT INTO contact_ticks (day, item_key, client_id, contacted_by, contacted_at, created_at, updated_at)
   VALUES (@day, @itemKey, @clientId, @by, @at, @at, @at) RETURNING id`,
  { pluck: true },
);
const retick = preparedOnce(
  'UPDATE contact_ticks SET contacted_by = ?, contacted_at = ?, removed_at = NULL, updated_at = ?, version = version + 1 WHERE id = ?',
);
const untick = preparedOnce('UPDATE contact_ticks SET removed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?');
const clientExists = preparedOnce('SELECT id FROM clients WHERE id = ?', { pluck: true });
const nextBooking = preparedOnce(
  `SELECT s.id FROM sessions s WHERE s.client_id = ? AND s.status = 'booked' AND s.booked_for >= ? ORDER BY s.booked_for LIMIT 1`,
  { pluck: true },
);
const cardRow = preparedOnce(
  `SELECT s.id AS sessionId, s.client_id AS clientId, s.status, s.booked_for AS startsAt, s.length_minutes AS lengthMinutes, s.kind, s.number,
     p.quoted_sessions AS quotedSessions, st.name AS practitionerName, c.first_name AS firstName, c.last_name AS lastName
   FROM sessions s JOIN clients c ON c.id = s.client_id LEFT JOIN treatment_plans p ON p.id = s.plan_id
   LEFT JOIN staff st ON st.id = s.practitioner_id WHERE s.id = ?`,
);

const TEMPLATE_OF: Record<ContactReason, keyof ClinicSettings> = {
  booking_tomorrow: 'contactTemplateBooking',
  deposit_due: 'contactTemplateDeposit',
  window_opens: 'contactTemplateWindow',
  recall_due: 'contactTemplateRecall',
};

function messageOf(item: ContactCandidate, s: ClinicSettings): string {
  const locale = usableLocale(s.locale);
  const day = (d: string | null) => (d ? formatDate(d, locale, { weekday: true }) : '');
  const date =
    item.reason === 'recall_due' ? day(item.recallOn) : item.bookedFor ? formatDate(item.bookedFor, locale, { weekday: true }) : '';
  return fillTemplate(String(s[TEMPLATE_OF[item.reason]]), {
    firstName: item.firstName,
    lastName: item.lastName,
    clinicName: s.clinicName,
    clinicPhone: s.clinicPhone,
    date,
    time: item.bookedFor ? formatTime(item.bookedFor, locale) : '',
    session: String(item.sessionNumber),
    amount: item.currency && item.outstandingMinor ? formatMoney(item.outstandingMinor, item.currency, locale) : '',
    windowFrom: day(item.windowEarliest),
    windowTo: day(item.windowLatest),
  });
}

export const bookContactHandlers: HandlerMap<'book.toContact' | 'book.markContacted' | 'book.card'> = {
  'book.toContact'(ctx, { day }) {
    const s = readSettings(ctx);
    const tomorrow = addDays(day, 1);
    const board = loadBoard(ctx.db, { ...s, today: day });
    const candidates = contactCandidates(day, board.rows, loadBookings(ctx.db, tomorrow, tomorrow));
    const ticks = new Map((ticksOfDay(ctx.sqlite).all(day) as ContactTick[]).map((t) => [t.itemKey, t]));
    const items: ContactItem[] = candidates.map((c) => {
      const tick = ticks.get(c.key);
      return {
        key: c.key,
        reason: c.reason,
        clientId: c.clientId,
        clientName: `${c.firstName} ${c.lastName}`,
        phone: c.phone,
        planId: c.planId,
        sessionId: c.sessionId,
        sessionNumber: c.sessionNumber,
        kind: c.kind,
        bookedFor: c.bookedFor,
        windowEarliest: c.windowEarliest,
        windowLatest: c.windowLatest,
        recallOn: c.recallOn,
        outstandingMinor: c.outstandingMinor,
        currency: c.currency,
        message: messageOf(c, s),
        contacted: tick && tick.removedAt === null ? tick : null,
      };
    });
    return { day, tomorrow, items };
  },

  'book.markContacted'(ctx, { day, key, clientId, contacted }) {
    if (clientExists(ctx.sqlite).get(clientId) === undefined) throw fail.field('clientId', msg('refusals.bookContact.chooseClient'));
    const before = (tickOf(ctx.sqlite).get(day, key) as ContactTick | undefined) ?? null;
    if (before && before.clientId !== clientId) throw fail.field('key', msg('refusals.bookContact.otherClient'));
    const at = ctx.now().toISOString();
    const current = () => tickOf(ctx.sqlite).get(day, key) as ContactTick;
    // Ticking what is ticked, or unticking what is not, changes nothing: a second click or a replay.
    if (contacted && before && before.removedAt === null) return before;
    if (!contacted && (!before || before.removedAt !== null)) {
      if (!before) throw fail.field('key', msg('refusals.bookContact.notTicked'));
      return before;
    }
    if (contacted && !before) {
      const id = insertTick(ctx.sqlite).get({ day, itemKey: key, clientId, by: ctx.actorId, at }) as number;
      const after = current();
      writeAudit(ctx, {
        entity: 'contact_tick',
        entityId: id,
        action: 'create',
        after: { id, day, itemKey: key, clientId, contactedBy: ctx.actorId, contactedAt: at, removedAt: null },
      });
      return after;
    }
    if (contacted) {
      retick(ctx.sqlite).run(ctx.actorId, at, at, before!.id);
      writeAudit(ctx, {
        entity: 'contact_tick',
        entityId: before!.id,
        action: 'update',
        before: { contactedBy: before!.contactedBy, contactedAt: before!.contactedAt, removedAt: before!.removedAt },
        after: { contactedBy: ctx.actorId, contactedAt: at, removedAt: null },
      });
      return current();
    }
    untick(ctx.sqlite).run(at, at, before!.id);
    writeAudit(ctx, {
      entity: 'contact_tick',
      entityId: before!.id,
      action: 'update',
      before: { removedAt: null },
      after: { removedAt: at },
    });
    return current();
  },

  'book.card'(ctx, { clientId, sessionId }) {
    if (clientExists(ctx.sqlite).get(clientId) === undefined) throw fail.field('clientId', msg('refusals.bookContact.chooseClient'));
    const chosen = sessionId ?? (nextBooking(ctx.sqlite).get(clientId, ctx.now().toISOString()) as number | undefined);
    if (chosen === undefined) throw fail.rule(msg('refusals.bookContact.noBooking'));
    const row = cardRow(ctx.sqlite).get(chosen) as
      | {
          sessionId: number;
          clientId: number;
          status: string;
          startsAt: string | null;
          lengthMinutes: number;
          kind: 'course' | 'touch_up';
          number: number;
          quotedSessions: number | null;
          practitionerName: string | null;
          firstName: string;
          lastName: string;
        }
      | undefined;
    if (!row || row.clientId !== clientId) throw fail.field('sessionId', msg('refusals.bookContact.chooseBooking'));
    if (row.status !== 'booked' || !row.startsAt) throw fail.field('sessionId', msg('refusals.bookContact.notBooked'));
    const s = readSettings(ctx);
    return {
      clinic: { name: s.clinicName, address: s.clinicAddress, phone: s.clinicPhone },
      client: { id: clientId, firstName: row.firstName, lastName: row.lastName },
      booking: {
        sessionId: row.sessionId,
        startsAt: row.startsAt,
        lengthMinutes: row.lengthMinutes,
        kind: row.kind,
        number: row.number,
        quotedSessions: row.quotedSessions,
        practitionerName: row.practitionerName,
      },
      aftercareReminder: cardAftercareReminder(pickTemplate(latestTemplates(ctx), row)?.rules, usableLocale(s.locale)),
      locale: usableLocale(s.locale),
    };
  },
};
