// Phone numbers in the clinic's country (libphonenumber-js, its default, "min" metadata): one form for
// search, in which "07700 900123", "+44 7700 900123", "0044 (0)7700-900123" and "7700900123" are
// the same number, and one formatter for every number a person reads.
import { AsYouType, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { usableLocale } from './locale';

export const DEFAULT_COUNTRY: CountryCode = 'GB';

/**
 * The clinic's country: the setting when it is one libphonenumber knows, else the region of the
 * clinic's locale ("tr" → TR, "en-IE" → IE), else GB.
 */
export function clinicCountry(setting: string | null | undefined, locale: string | null | undefined): CountryCode {
  const wanted = (setting ?? '').trim().toUpperCase();
  if (wanted && isSupportedCountry(wanted)) return wanted;
  try {
    const region = new Intl.Locale(usableLocale(locale)).maximize().region;
    if (region && isSupportedCountry(region)) return region;
  } catch {
    // a locale Intl cannot expand: the default below
  }
  return DEFAULT_COUNTRY;
}

const digits = (text: string) => text.replace(/\D/g, '');

/**
 * The number as stored for search: the national number without its trunk zero for a number of the
 * clinic's country, the calling code then the national number for one abroad ("+90 532…" in a UK
 * clinic: "90532…"); read as typed digits are when it is not a whole number. Null when none.
 */
export function phoneSearchDigits(phone: string | null | undefined, country: CountryCode): string | null {
  if (!phone || digits(phone) === '') return null;
  const parsed = parsePhoneNumberFromString(phone, country);
  // Not a whole number: read as the same digits typed would be, so typing it finds it.
  if (!parsed?.isPossible()) return phoneQueryDigits(phone, country) || digits(phone);
  const own = parsed.countryCallingCode === getCountryCallingCode(country);
  return own ? parsed.nationalNumber : `${parsed.countryCallingCode}${parsed.nationalNumber}`;
}

/**
 * What a typed (perhaps half-typed) number searches for, in the stored form above: spaces, dashes
 * and brackets ignored, a leading trunk zero and the clinic's own calling code ("+44", "0044")
 * dropped; empty when nothing is left to search for. A calling code is read as one only after "+" or the international prefix: "447…" typed
 * bare is the digits 447.
 */
export function phoneQueryDigits(typed: string, country: CountryCode): string {
  const asTyped = new AsYouType(country);
  asTyped.input(typed);
  const national = asTyped.getNationalNumber();
  const code = asTyped.getCallingCode();
  // Only a "+", a calling code begun or a trunk zero so far: nothing to search for yet.
  if (national === '') return '';
  if (code === undefined || code === getCountryCallingCode(country)) return national;
  return `${code}${national}`;
}

/**
 * A number as a person reads it: national format at home, international abroad. As typed when it
 * is not a valid number, or when the national format would not keep the digits typed (a UK number
 * written without its +44 in a clinic that is Turkish now would otherwise lose its trunk zero).
 */
export function formatPhone(phone: string | null | undefined, country: CountryCode): string {
  if (!phone) return '';
  const parsed = parsePhoneNumberFromString(phone, country);
  if (!parsed?.isValid()) return phone.trim();
  if (parsed.countryCallingCode !== getCountryCallingCode(country)) return parsed.formatInternational();
  const national = parsed.formatNational();
  const typedInternational = /^\s*(\+|00)/.test(phone);
  return typedInternational || digits(national) === digits(phone) ? national : phone.trim();
}
