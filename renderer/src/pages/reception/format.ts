// Display helpers for reception, in the clinic's locale (from settings). Data stays ISO.
import { formatMoney } from '../../../../core/money';
import { useApiQuery } from '../../api/useApi';

export function useClinicSettings() {
  return useApiQuery('settings.get', {});
}

/** 'YYYY-MM-DD' → "Tue 1 Dec 2026", read as that calendar day wherever the machine is. */
export function formatDay(date: string | null | undefined, locale: string, withYear = true): string {
  if (!date) return '—';
  const d = new Date(`${date.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(d);
}

/** An instant as local "Tue 1 Dec 2026, 10:00". */
export function formatWhen(instant: string | null | undefined, locale: string): string {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** Two calendar dates as a compact range: "19–26 Nov 2026", "30 Nov – 7 Dec 2026". */
export function formatDayRange(from: string, to: string, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return f.formatRange(new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`));
}

/** An instant as a compact local "22 Nov 2026, 10:00". */
export function formatShortWhen(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );
}

export function formatTime(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

export function money(minor: number | null | undefined, currency: string, locale: string): string {
  return minor == null ? '—' : formatMoney(minor, currency, locale);
}

/** Today's calendar date on this machine (the clinic's). */
export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
