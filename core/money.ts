// Money is stored as integer minor units beside an ISO currency code; shown with Intl in the
// clinic's locale. The currency decides how many minor digits there are (GBP 2, JPY 0).
import { DEFAULT_LOCALE, usableLocale } from './locale';

export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(minor: number, currency: string, locale: string = DEFAULT_LOCALE): string {
  const digits = minorDigits(currency);
  const major = minor / 10 ** digits;
  try {
    return new Intl.NumberFormat(usableLocale(locale), { style: 'currency', currency }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${currency}`;
  }
}

/** An amount shortened for a chart's axis: "£800K", "1,2 Mio. €" (the exact figure is in the table beside it). */
export function formatMoneyCompact(minor: number, currency: string, locale: string = DEFAULT_LOCALE): string {
  const major = minor / 10 ** minorDigits(currency);
  try {
    return new Intl.NumberFormat(usableLocale(locale), {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(major);
  } catch {
    return `${major} ${currency}`;
  }
}

/**
 * Reads what a person typed ("1,500", "1500.5", "£60") as minor units, or null if it is not an
 * amount. Accepts a comma or a point as the decimal mark when it is followed by 1–2 digits.
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  // Keeps digits, marks and a minus sign: spaces (narrow and no-break too) and currency signs go.
  let s = text.replace(/[^\d.,-]/g, '');
  // A mark before 1–2 digits is decimal; before exactly three it is a thousands separator, except a
  // point in a currency with three minor digits ("2.125" dinars).
  const decimal = /[.,](\d{1,2})$/.exec(s) ?? (digits >= 3 ? /\.(\d{3})$/.exec(s) : null);
  let fraction = '';
  if (decimal && digits > 0) {
    fraction = decimal[1]!;
    s = s.slice(0, decimal.index);
  }
  // What is left is whole units: digits, each thousands mark before exactly three ("1,500"; "12.3456"
  // is a mistyped amount). In a currency without minor units a mark before 1–2 digits stays a
  // thousands mark, as it always was ("1,50" yen).
  const grouped = /^\d{1,3}([.,]\d{3})+$/.test(s) || (decimal !== null && digits === 0);
  if (!/^\d+$/.test(s) && !grouped) return null;
  s = s.replace(/[.,]/g, '');
  if (!/^\d+$/.test(s)) return null; // nothing typed, or a minus sign: not an amount
  const minor = Number(s) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units back to a plain major-unit string for an input box ("60.00"). */
export function minorToInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}
