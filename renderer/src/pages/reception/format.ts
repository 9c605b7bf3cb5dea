// Display helpers for reception, in the clinic's locale (from settings), through core/format-date.ts
// like every other date on screen. Data stays ISO.
import * as dates from '../../../../core/format-date';
import { formatMoney } from '../../../../core/money';
import { useApiQuery } from '../../api/useApi';

export function useClinicSettings() {
  return useApiQuery('settings.get', {});
}

/** 'YYYY-MM-DD' → "Tue, 1 Dec 2026", read as that calendar day wherever the machine is. */
export function formatDay(date: string | null | undefined, locale: string, withYear = true): string {
  return dates.formatDate(date ? date.slice(0, 10) : date, locale, { weekday: true, withoutYear: !withYear });
}

/** An instant as local "Tue, 1 Dec 2026, 10:00". */
export function formatWhen(instant: string | null | undefined, locale: string): string {
  return dates.formatDateTime(instant, locale, { weekday: true });
}

/** Two calendar dates as a compact range: "19 – 26 Nov 2026", "30 Nov – 7 Dec 2026". */
export function formatDayRange(from: string, to: string, locale: string): string {
  return dates.formatDateRange(from, to, locale);
}

/** An instant as a compact local "22 Nov 2026, 10:00". */
export function formatShortWhen(instant: string, locale: string): string {
  return dates.formatDateTime(instant, locale);
}

export function formatTime(instant: string, locale: string): string {
  return dates.formatTime(instant, locale);
}

export function money(minor: number | null | undefined, currency: string, locale: string): string {
  return minor == null ? '—' : formatMoney(minor, currency, locale);
}

/** Today's calendar date on this machine (the clinic's). */
export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
