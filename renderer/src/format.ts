// Display formatting in the clinic's locale (settings' `locale`), not the browser's: every screen
// formats through these, and they through core/format-date.ts, as the API's messages do. Dates stay
// 'YYYY-MM-DD' and instants ISO in data; this is for people. <ClinicLocale> (components/) sets the
// locale from settings before any page renders, and again when an owner changes it.
import * as dates from '../../core/format-date';
import { DEFAULT_LOCALE, usableLocale } from '../../core/locale';
import { formatMoney as formatMoneyIn, formatMoneyCompact as formatMoneyCompactIn } from '../../core/money';
import { clinicCountry, formatPhone as formatPhoneIn } from '../../core/phone';

let clinicLocale = DEFAULT_LOCALE;
let clinicCountryCode = clinicCountry(null, DEFAULT_LOCALE);

/** The clinic's locale, and its country for phone numbers (the setting, else the locale's region). */
export function setClinicLocale(locale: string | null | undefined, country?: string | null): void {
  clinicLocale = usableLocale(locale);
  clinicCountryCode = clinicCountry(country, clinicLocale);
}

/** A phone number as the clinic's country writes it (international for one abroad); a dash when none. */
export function formatPhone(phone: string | null | undefined): string {
  return phone ? formatPhoneIn(phone, clinicCountryCode) : '—';
}

/** The clinic's country for phone numbers (an import's matching reads numbers as search does). */
export function getClinicCountry(): string {
  return clinicCountryCode;
}

/** The clinic's locale as Intl accepts it (en-GB until settings have loaded). */
export function getClinicLocale(): string {
  return clinicLocale;
}

export function formatDate(value: string | null | undefined, style?: dates.DateStyle): string {
  return dates.formatDate(value, clinicLocale, style);
}

export function formatDateTime(value: string | Date | null | undefined, style?: dates.DateStyle): string {
  return dates.formatDateTime(value, clinicLocale, style);
}

export function formatTime(value: string | Date, style?: Pick<dates.DateStyle, 'seconds'>): string {
  return dates.formatTime(value, clinicLocale, style);
}

export function formatDateRange(from: string, to: string): string {
  return dates.formatDateRange(from, to, clinicLocale);
}

export function formatMoney(minor: number | null | undefined, currency: string): string {
  return minor == null ? '—' : formatMoneyIn(minor, currency, clinicLocale);
}

/** An amount shortened for a chart's axis, "£800K". */
export function formatMoneyCompact(minor: number, currency: string): string {
  return formatMoneyCompactIn(minor, currency, clinicLocale);
}

/** A month for a chart's axis, "Nov 26". */
export function formatMonthShort(date: string): string {
  return dates.formatMonthShort(date, clinicLocale);
}

/** A month and its year, "November 2026" (a report's months). */
export function formatMonthYear(date: string): string {
  return dates.formatMonthYear(date, clinicLocale);
}

/** Whole numbers ("12,480 clients") in the clinic's locale. */
export function formatCount(n: number): string {
  return n.toLocaleString(clinicLocale);
}

export function fullName(c: { firstName: string; lastName: string }): string {
  return `${c.firstName} ${c.lastName}`;
}

/** How the client list writes a name: surname first, the way it sorts. */
export function listName(c: { firstName: string; lastName: string }): string {
  return c.lastName ? `${c.lastName}, ${c.firstName}` : c.firstName;
}

/** A share out of 100 ("41.1%"), in the clinic's locale; a dash when there is none. */
export function formatShare(percent: number | null): string {
  return percent === null ? '—' : new Intl.NumberFormat(clinicLocale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}
