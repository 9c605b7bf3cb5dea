import { describe, expect, it } from 'vitest';
import { clinicCountry, formatPhone, phoneQueryDigits, phoneSearchDigits } from './phone';

describe('phone numbers for search', () => {
  it('stores the national number without its trunk zero, and a number abroad with its calling code', () => {
    expect(phoneSearchDigits('07700 900123', 'GB')).toBe('7700900123');
    expect(phoneSearchDigits('+44 7700 900123', 'GB')).toBe('7700900123');
    expect(phoneSearchDigits('0044 (0)7700-900123', 'GB')).toBe('7700900123');
    expect(phoneSearchDigits('(020) 7946-0018', 'GB')).toBe('2079460018');
    expect(phoneSearchDigits('+90 532 123 45 67', 'GB')).toBe('905321234567');
    expect(phoneSearchDigits('0532 123 45 67', 'TR')).toBe('5321234567');
    expect(phoneSearchDigits('+353 1 234 5678', 'IE')).toBe('12345678');
    expect(phoneSearchDigits('612 34 56 78', 'ES')).toBe('612345678');
    expect(phoneSearchDigits('', 'GB')).toBeNull();
    expect(phoneSearchDigits('n/a', 'GB')).toBeNull();
    expect(phoneSearchDigits(null, 'GB')).toBeNull();
  });

  it('reads what is typed the same way, half-typed or with spaces, dashes and brackets', () => {
    expect(phoneQueryDigits('07', 'GB')).toBe('7');
    expect(phoneQueryDigits('07700 900', 'GB')).toBe('7700900');
    expect(phoneQueryDigits('7700-900', 'GB')).toBe('7700900');
    expect(phoneQueryDigits('+44 7700', 'GB')).toBe('7700');
    expect(phoneQueryDigits('0044 7700', 'GB')).toBe('7700');
    expect(phoneQueryDigits('(0)7700', 'GB')).toBe('7700');
    expect(phoneQueryDigits('+90 532', 'GB')).toBe('90532');
    expect(phoneQueryDigits('0532 12', 'TR')).toBe('53212');
    expect(phoneQueryDigits('+90 532', 'TR')).toBe('532');
    // Nothing left to search for yet.
    expect(phoneQueryDigits('0', 'GB')).toBe('');
    expect(phoneQueryDigits('+', 'GB')).toBe('');
  });

  it('finds a stored number by every prefix of it as typed', () => {
    for (const [stored, country] of [
      ['07700 900123', 'GB'],
      ['+44 7700 900123', 'GB'],
      ['0532 123 45 67', 'TR'],
      ['+90 532 123 45 67', 'GB'],
    ] as const) {
      const key = phoneSearchDigits(stored, country)!;
      for (let n = 2; n <= stored.length; n++) {
        const typed = stored.slice(0, n);
        expect(key.startsWith(phoneQueryDigits(typed, country)), `${typed} finds ${stored}`).toBe(true);
      }
    }
  });
});

describe('formatPhone: the one formatter', () => {
  it('shows numbers of the clinic’s country nationally and others internationally', () => {
    expect(formatPhone('+447911123456', 'GB')).toBe('07911 123456');
    expect(formatPhone('07911123456', 'GB')).toBe('07911 123456');
    expect(formatPhone('+44 20 7946 0302', 'TR')).toBe('+44 20 7946 0302');
    expect(formatPhone('05321234567', 'TR')).toBe('0532 123 45 67');
    expect(formatPhone('+905321234567', 'GB')).toBe('+90 532 123 45 67');
    expect(formatPhone('612345678', 'ES')).toBe('612 34 56 78');
  });

  it('leaves what is not a number as typed', () => {
    expect(formatPhone(' ask at desk ', 'GB')).toBe('ask at desk');
    expect(formatPhone('12', 'GB')).toBe('12');
    expect(formatPhone('020 7946 0302', 'TR')).toBe('020 7946 0302'); // not a Turkish number
    expect(formatPhone('07700 900123', 'GB')).toBe('07700 900123'); // a drama number, not valid: as typed
    expect(formatPhone(null, 'GB')).toBe('');
  });
});

describe('clinicCountry', () => {
  it('is the setting, else the locale’s region, else GB', () => {
    expect(clinicCountry('ie', 'en-GB')).toBe('IE');
    expect(clinicCountry('', 'tr-TR')).toBe('TR');
    expect(clinicCountry('', 'tr')).toBe('TR');
    expect(clinicCountry('', 'es')).toBe('ES');
    expect(clinicCountry('XX', 'en-GB')).toBe('GB');
    expect(clinicCountry(null, 'not a locale!')).toBe('GB');
  });
});
