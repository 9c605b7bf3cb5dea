// Bookings as an iCalendar file (RFC 5545) that calendar programs import: CRLF line ends, lines
// folded at 75 octets without splitting a UTF-8 character, text escaped, times on the clinic's clock
// (TZID, with the zone's VTIMEZONE), a stable UID per session and a SEQUENCE that rises when a
// booking is moved.
import type { Booking } from '../../../../api/contract/reception';
import { translate } from '../../../../core/i18n/translate';
import { machineTimeZone, vtimezoneLines, wallClock } from '../../../../core/time-zone';

export interface IcsOptions {
  clinicName: string;
  /** When the file is made: DTSTAMP. */
  now: Date;
  /** The clinic's IANA zone; this computer's (the clinic's, as everywhere in Stipple) by default. */
  timeZone?: string;
  /** The clinic's locale: the events' titles and notes are in its language (English by default). */
  locale?: string;
}

const encoder = new TextEncoder();

/** YYYYMMDDTHHMMSSZ */
export function icsUtc(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line at 75 octets; continuation lines begin with a space (§3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function sessionTitle(b: Booking, locale: string): string {
  const name = `${b.firstName} ${b.lastName}`;
  if (b.kind === 'touch_up') return translate(locale, 'reception.ics.touchUp', { name });
  const number = String(b.number);
  return b.quotedSessions
    ? translate(locale, 'reception.ics.sessionOf', { number, quoted: String(b.quotedSessions), name })
    : translate(locale, 'reception.ics.session', { number, name });
}

export function bookingsToIcs(bookings: Booking[], o: IcsOptions): string {
  const stamp = icsUtc(o.now);
  const tz = o.timeZone ?? machineTimeZone();
  const locale = o.locale ?? 'en-GB';
  const say = (id: Parameters<typeof translate>[1], values: Record<string, string>) => translate(locale, id, values);
  const starts = bookings.map((b) => Date.parse(b.bookedFor));
  const ends = bookings.map((b) => Date.parse(b.bookedFor) + b.lengthMinutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stipple//Reception bookings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(say('reception.ics.calendarName', { clinic: o.clinicName }))}`,
    `X-WR-TIMEZONE:${tz}`,
    ...(bookings.length ? vtimezoneLines(tz, Math.min(...starts), Math.max(...ends)) : []),
  ];
  for (const b of bookings) {
    const start = new Date(b.bookedFor);
    // The session's own length, as the appointment book holds it.
    const end = new Date(start.getTime() + b.lengthMinutes * 60_000);
    const details = [
      b.phone ? say('reception.ics.phone', { phone: b.phone }) : null,
      b.practitionerName ? say('reception.ics.practitioner', { name: b.practitionerName }) : null,
      b.depositStatus ? say('reception.ics.deposit', { status: b.depositStatus }) : null,
      b.outsideWindowReason ? say('reception.ics.outsideWindow', { reason: b.outsideWindowReason }) : null,
      b.depositOverrideReason ? say('reception.ics.bookedUnpaid', { reason: b.depositOverrideReason }) : null,
    ].filter((x): x is string => x !== null);
    lines.push(
      'BEGIN:VEVENT',
      `UID:stipple-session-${b.sessionId}@stipple.local`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${tz}:${wallClock(start.getTime(), tz)}`,
      `DTEND;TZID=${tz}:${wallClock(end.getTime(), tz)}`,
      `SEQUENCE:${Math.max(0, b.version - 1)}`,
      `SUMMARY:${escapeText(sessionTitle(b, locale))}`,
      ...(details.length ? [`DESCRIPTION:${escapeText(details.join('\n'))}`] : []),
      `LOCATION:${escapeText(o.clinicName)}`,
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
