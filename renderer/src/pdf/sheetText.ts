// The words of an aftercare sheet, worked out from its data: kept apart from the layout so the
// in-app preview, the PDF and the tests agree on every date.
import { datedTimeline, formatRuleDates, type DatedRule } from '../../../core/aftercare';
import type { AftercareSheetData } from '../../../api/contract/aftercare';
import { formatDate, formatMonthYear } from '../../../core/format-date';
import { translate } from '../../../core/i18n/translate';

export interface SheetGroup {
  /** "Mon 23 Nov – Fri 27 Nov" */
  dates: string;
  /** "The session day and the 4 days after": the same range counted in days. */
  days: string;
  instructions: string[];
}

/** "Monday 23 November 2026" in the clinic's locale. */
export const longDate = (date: string, locale: string) => formatDate(date.slice(0, 10), locale, { weekday: true, long: true });
/** "November 2029" for a touch-up that is years away. */
export const monthYear = (date: string, locale: string) => formatMonthYear(date.slice(0, 10), locale);

/** The same range in days, worded for the client ("day 0" means nothing to them), in the sheet's language. */
function daysLabel(r: DatedRule, locale: string): string {
  if (r.toDay === null)
    return r.fromDay === 0
      ? translate(locale, 'aftercare.sheet.days.fromSessionDay')
      : translate(locale, 'aftercare.sheet.days.fromDay', { day: r.fromDay });
  if (r.fromDay === r.toDay)
    return r.fromDay === 0
      ? translate(locale, 'aftercare.sheet.days.sessionDay')
      : translate(locale, 'aftercare.sheet.days.day', { day: r.fromDay });
  if (r.fromDay === 0) return translate(locale, 'aftercare.sheet.days.sessionDayAndAfter', { count: r.toDay });
  return translate(locale, 'aftercare.sheet.days.range', { from: r.fromDay, to: r.toDay });
}

/** Keeps each date whole on the sheet: a long range may wrap only at its dash. */
const keepDatesWhole = (s: string) => s.replace(/ /g, '\u00a0').replace(/\u00a0–\u00a0/g, ' – ');

/** Rules on the same days share one heading, in day order. */
export function sheetGroups(data: AftercareSheetData): SheetGroup[] {
  const groups: SheetGroup[] = [];
  let last: DatedRule | undefined;
  for (const r of datedTimeline(data.session.date, data.template.rules)) {
    if (last && last.fromDay === r.fromDay && last.toDay === r.toDay) groups.at(-1)!.instructions.push(r.instruction);
    else
      groups.push({
        dates: keepDatesWhole(formatRuleDates(r, data.clinic.locale, data.session.date)),
        days: daysLabel(r, data.clinic.locale),
        instructions: [r.instruction],
      });
    last = r;
  }
  return groups;
}

/** One sentence about the next session, or null. */
export function nextSessionText(data: AftercareSheetData): string | null {
  const next = data.nextSession;
  if (!next) return null;
  const { locale } = data.clinic;
  const date = (d: string) => keepDatesWhole(formatRuleDates({ from: d, to: d }, locale, data.session.date));
  if (next.kind === 'touch_up') return translate(locale, 'aftercare.sheet.next.touchUp', { month: monthYear(next.earliest, locale) });
  const values = { number: next.number, from: date(next.earliest), to: next.latest ? date(next.latest) : '' };
  if (next.optional)
    return translate(locale, next.latest ? 'aftercare.sheet.next.optionalBetween' : 'aftercare.sheet.next.optionalFrom', values);
  return translate(locale, next.latest ? 'aftercare.sheet.next.between' : 'aftercare.sheet.next.from', values);
}

export function sessionLine(data: AftercareSheetData): string {
  const { locale } = data.clinic;
  const values = { number: data.session.number, date: longDate(data.session.date, locale) };
  return translate(locale, data.session.kind === 'touch_up' ? 'aftercare.sheet.sessionLineTouchUp' : 'aftercare.sheet.sessionLine', values);
}

/** The sheet's fixed words in the clinic's language (the template's own text stays as written). */
export function sheetWords(data: AftercareSheetData) {
  const { locale, phone } = data.clinic;
  const name = `${data.client.firstName} ${data.client.lastName}`;
  return {
    title: translate(locale, 'aftercare.sheet.title', { name }),
    phone: phone ? translate(locale, 'aftercare.sheet.phone', { phone }) : '',
    intro: translate(locale, 'aftercare.sheet.intro'),
    dayByDay: translate(locale, 'aftercare.sheet.dayByDay'),
    fromNowOn: translate(locale, 'aftercare.sheet.fromNowOn'),
    callToBook: translate(locale, 'aftercare.sheet.callToBook', { phone }),
    footer: translate(locale, 'aftercare.sheet.footer', { name: data.template.name, version: data.template.version }),
  };
}

/** Only PNG and JPEG logos can be drawn into the PDF. */
export function drawableLogo(logo: string): string | null {
  return /^data:image\/(png|jpe?g);base64,/.test(logo) ? logo : null;
}

/**
 * How much to shrink the type so a long template still fits on one page: 1 for most templates.
 * A rough count of printed lines (instructions wrap at about 60 characters in their column, advice
 * at about 90) against what a page holds at each size; the editor warns if a sheet still overflows.
 */
export function sheetScale(data: AftercareSheetData): number {
  const groups = sheetGroups(data);
  const lines =
    groups.reduce((n, g) => n + 1.4 + g.instructions.reduce((m, i) => m + Math.ceil(i.length / 60), 0), 0) +
    data.template.advice.reduce((n, a) => n + Math.ceil(a.length / 90), 0);
  if (lines <= 30) return 1;
  if (lines <= 40) return 0.86;
  return 0.74;
}
