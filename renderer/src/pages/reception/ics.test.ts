import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Booking } from '../../../../api/contract/reception';
import { bookingsToIcs, escapeText, foldLine } from './ics';

const booking = (over: Partial<Booking> = {}): Booking => ({
  sessionId: 41,
  clientId: 7,
  firstName: 'Zoë',
  lastName: "O'Brien-Ångström",
  phone: '07700 900123',
  bookedFor: '2026-12-02T10:00:00.000Z',
  lengthMinutes: 180,
  number: 3,
  kind: 'course',
  planId: 3,
  quotedSessions: 3,
  practitionerName: 'Jo Reyes',
  depositStatus: 'paid',
  outstandingMinor: 0,
  currency: 'GBP',
  outsideWindowReason: 'Client away; agreed with Jo, see notes\nsecond line',
  depositOverrideReason: null,
  version: 3,
  ...over,
});
const now = new Date('2026-11-21T09:15:30.123Z');

describe('iCalendar export', () => {
  it('parses with ical.js and holds one event per booking with the right times and text', () => {
    const text = bookingsToIcs(
      [
        booking(),
        booking({ sessionId: 42, kind: 'touch_up', number: 1, bookedFor: '2029-10-01T08:30:00.000Z', lengthMinutes: 120, version: 1 }),
      ],
      {
        clinicName: 'Fade & Line, Leeds',
        now,
      },
    );
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [e1, e2] = events as [ICAL.Event, ICAL.Event];
    expect(e1.uid).toBe('stipple-session-41@stipple.local');
    expect(e1.summary).toBe("SMP session 3 of 3 – Zoë O'Brien-Ångström");
    expect(e1.startDate.toJSDate().toISOString()).toBe('2026-12-02T10:00:00.000Z');
    // Each event as long as its session: three hours, a touch-up two.
    expect(e1.endDate.toJSDate().toISOString()).toBe('2026-12-02T13:00:00.000Z');
    expect(e1.sequence).toBe(2);
    expect(e1.location).toBe('Fade & Line, Leeds');
    expect(e1.description).toContain('Outside the booking window: Client away; agreed with Jo, see notes\nsecond line');
    expect(e2.summary).toBe("SMP touch-up – Zoë O'Brien-Ångström");
    expect(e2.endDate.toJSDate().toISOString()).toBe('2029-10-01T10:30:00.000Z');
    expect(cal.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-21T09:15:30Z');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/Stipple/);
  });

  it('writes times on the clinic’s clock with its zone, right on both sides of a change to summer time', () => {
    const text = bookingsToIcs(
      [
        booking({ bookedFor: '2027-03-27T10:00:00.000Z' }), // Saturday before London's clocks go forward: 10:00 GMT
        booking({ sessionId: 43, bookedFor: '2027-03-29T09:00:00.000Z', lengthMinutes: 240 }), // Monday after: 10:00 BST
      ],
      { clinicName: 'Clinic', now, timeZone: 'Europe/London' },
    );
    expect(text).toContain('DTSTART;TZID=Europe/London:20270327T100000');
    expect(text).toContain('DTSTART;TZID=Europe/London:20270329T100000');
    expect(text).toContain('DTEND;TZID=Europe/London:20270329T140000');
    const cal = new ICAL.Component(ICAL.parse(text));
    const zone = cal.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/London');
    // The changes around the bookings, at 01:00 GMT in March and 02:00 BST in October.
    const onsets = zone
      .getAllSubcomponents()
      .map((c) => `${c.name} ${String(c.getFirstPropertyValue('dtstart'))} ${String(c.getFirstPropertyValue('tzoffsetto'))}`);
    expect(onsets).toContain('daylight 2027-03-28T01:00:00 +01:00');
    expect(onsets).toContain('standard 2026-10-25T02:00:00 +00:00');
    // A calendar program that knows the zone from the file reads the right instants.
    const timezone = new ICAL.Timezone(zone);
    ICAL.TimezoneService.register(timezone, 'Europe/London');
    const [a, b] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) as [ICAL.Event, ICAL.Event];
    expect(a.startDate.toJSDate().toISOString()).toBe('2027-03-27T10:00:00.000Z');
    expect(b.startDate.toJSDate().toISOString()).toBe('2027-03-29T09:00:00.000Z');
    expect(b.endDate.toJSDate().toISOString()).toBe('2027-03-29T13:00:00.000Z');
    ICAL.TimezoneService.remove('Europe/London');
  });

  it('gives a zone without summer time one offset', () => {
    const text = bookingsToIcs([booking()], { clinicName: 'Clinic', now, timeZone: 'Asia/Kolkata' });
    expect(text).toContain('DTSTART;TZID=Asia/Kolkata:20261202T153000');
    expect(text).toContain('TZOFFSETTO:+0530');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const text = bookingsToIcs([booking({ outsideWindowReason: 'ü'.repeat(100) })], { clinicName: 'Clinic', now });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('folds without splitting a multi-byte character and unfolds back to the same text', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    expect(folded).toContain('\r\n ');
    expect(folded.split('\r\n').every((l) => !l.includes('\uFFFD'))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('writes the titles and notes in the clinic’s language: German for a German clinic', () => {
    const text = bookingsToIcs(
      [booking({ depositOverrideReason: 'Stammkundin' }), booking({ sessionId: 42, kind: 'touch_up', quotedSessions: 0 })],
      { clinicName: 'Haarwerk Köln', now, locale: 'de-DE' },
    );
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Buchungen Haarwerk Köln');
    const [e1, e2] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) as [ICAL.Event, ICAL.Event];
    expect(e1.summary).toBe("SMP-Sitzung 3 von 3 – Zoë O'Brien-Ångström");
    expect(e1.description).toBe(
      [
        'Telefon: 07700 900123',
        'Behandler: Jo Reyes',
        'Anzahlung: bezahlt',
        'Außerhalb des Buchungszeitraums: Client away; agreed with Jo, see notes\nsecond line',
        'Vor Zahlung der Anzahlung gebucht: Stammkundin',
      ].join('\n'),
    );
    expect(e2.summary).toBe("SMP-Nachbehandlung – Zoë O'Brien-Ångström");
    // English stays as it was, word for word.
    const english = new ICAL.Component(ICAL.parse(bookingsToIcs([booking()], { clinicName: 'Clinic', now, locale: 'en-GB' })));
    expect(english.getFirstPropertyValue('x-wr-calname')).toBe('Clinic bookings');
    expect(new ICAL.Event(english.getFirstSubcomponent('vevent')!).description).toContain(
      'Phone: 07700 900123\nPractitioner: Jo Reyes\nDeposit: paid',
    );
  });

  it('is still a valid calendar with no bookings', () => {
    const cal = new ICAL.Component(ICAL.parse(bookingsToIcs([], { clinicName: 'Clinic', now })));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getAllSubcomponents('vevent')).toEqual([]);
  });
});
