import { describe, expect, it } from 'vitest';
import { earliestErasureDay, personalDetailsIn } from './erasure';

describe('the earliest day a record may be erased', () => {
  it('is the last treatment plus the years the clinic keeps records', () => {
    expect(earliestErasureDay('2020-02-29', 8, '2026-01-01')).toBe('2028-02-29');
    expect(earliestErasureDay('2019-03-01', 7, '2026-01-01')).toBe('2026-03-01');
  });
  it('is today once that day has passed, with no record, or with no duty to keep', () => {
    expect(earliestErasureDay('2010-05-01', 8, '2026-01-01')).toBe('2026-01-01');
    expect(earliestErasureDay(null, 8, '2026-01-01')).toBe('2026-01-01');
    expect(earliestErasureDay('2025-12-31', 0, '2026-01-01')).toBe('2026-01-01');
  });
});

describe('personal details in the reason', () => {
  const client = { firstName: 'Ann', lastName: 'Lee', phone: '+44 7700 900123', email: 'ann@example.com' };
  it('finds the name as a word, the phone by its digits and the email', () => {
    expect(personalDetailsIn('Asked by ANN in person', client)).toEqual(['first name']);
    expect(personalDetailsIn('call 07700900123 or write to ann@example.com', client)).toEqual(['first name', 'phone', 'email']);
    expect(personalDetailsIn('Mrs Lee wrote', client)).toEqual(['last name']);
  });
  it('does not find a name inside another word', () => {
    expect(personalDetailsIn('Annual request; sleek', client)).toEqual([]);
  });
});
