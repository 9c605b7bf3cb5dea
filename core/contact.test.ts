import { describe, expect, it } from 'vitest';
import { cardAftercareReminder, contactCandidates, fillTemplate, unknownPlaceholders, type ContactBoardRow } from './contact';

const row = (over: Partial<ContactBoardRow>): ContactBoardRow => ({
  clientId: 1,
  firstName: 'Sam',
  lastName: 'Okafor',
  phone: null,
  planId: 7,
  planKind: 'course',
  sessionNumber: 3,
  state: 'not_booked',
  depositStatus: null,
  outstandingMinor: 0,
  currency: 'GBP',
  windowEarliest: null,
  windowLatest: null,
  bookedFor: null,
  sessionId: null,
  recallOn: null,
  ...over,
});

describe('message templates', () => {
  it('fills in what it knows, leaves nothing of a placeholder without a value, and names unknown ones', () => {
    expect(fillTemplate('Hi {firstName}, {amount} due {date}.', { firstName: 'Sam', date: 'Mon' })).toBe('Hi Sam, due Mon.');
    expect(fillTemplate('Hi {nmae}', { firstName: 'Sam' })).toBe('Hi {nmae}');
    expect(unknownPlaceholders('Hi {firstName} {nmae} {Amount}')).toEqual(['nmae', 'Amount']);
    expect(unknownPlaceholders('No placeholders, {} or { spaced }')).toEqual([]);
  });
});

describe('who is on the day’s list', () => {
  const day = '2026-11-21'; // the week runs to the 27th
  it('takes windows opening within the week or open and unbooked, never closed or booked ones', () => {
    const rows = [
      row({ planId: 1, windowEarliest: '2026-11-27', windowLatest: '2026-12-04' }), // opens on the week's last day
      row({ planId: 2, windowEarliest: '2026-11-28', windowLatest: '2026-12-05' }), // opens after it
      row({ planId: 3, windowEarliest: '2026-11-01', windowLatest: '2026-11-20' }), // closed yesterday
      row({ planId: 4, windowEarliest: '2026-11-10', windowLatest: null }), // open-ended, still open
      row({ planId: 5, state: 'booked', bookedFor: '2026-11-25T10:00:00.000Z', windowEarliest: '2026-11-20' }),
    ];
    expect(contactCandidates(day, rows, []).map((c) => c.key)).toEqual(['window:1:3', 'window:4:3']);
  });
  it('takes deposits owed for a booked session and recalls due within the week', () => {
    const rows = [
      row({ planId: 1, state: 'booked', depositStatus: 'required', outstandingMinor: 5000, bookedFor: '2026-11-30T10:00:00.000Z' }),
      row({ planId: 2, state: 'booked', depositStatus: 'paid', outstandingMinor: 0, bookedFor: '2026-11-30T10:00:00.000Z' }),
      row({ planId: 3, planKind: 'touch_up', sessionNumber: 1, state: 'recall_due', recallOn: '2026-11-27' }),
      row({ planId: 4, planKind: 'touch_up', sessionNumber: 1, state: 'recall_due', recallOn: '2026-11-28' }),
    ];
    expect(contactCandidates(day, rows, []).map((c) => `${c.reason} ${c.key}`)).toEqual(['deposit_due deposit:1:3', 'recall_due recall:3']);
  });
});

describe('the appointment card’s aftercare reminder', () => {
  const day0 = (instruction: string) => ({ fromDay: 0, toDay: 4, instruction });

  it('keeps the card to the first three rules of the first day, each ending as a sentence', () => {
    const rules = [
      day0('Keep it dry'),
      { fromDay: 5, toDay: 6, instruction: 'Water only.' },
      day0('No sun!'),
      day0('No gym.'),
      day0('No pool.'),
    ];
    expect(cardAftercareReminder(rules, 'en-GB')).toBe('Keep it dry. No sun! No gym. Your aftercare sheet has the dates.');
  });

  it('falls back to the standard reminder in the clinic’s language when no rule starts on the day', () => {
    expect(cardAftercareReminder([{ fromDay: 1, toDay: 2, instruction: 'Later.' }], 'de-DE')).toMatch(
      /^Nach Ihrer Sitzung: Halten Sie die Kopfhaut/,
    );
    expect(cardAftercareReminder(undefined, 'en-GB')).toMatch(/^After your session: keep your scalp dry/);
    expect(cardAftercareReminder([day0('  ')], 'es-ES')).toMatch(/^Después de su sesión/);
  });
});
