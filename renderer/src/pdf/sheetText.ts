// The words of an aftercare sheet, worked out from its data: kept apart from the layout so the
// in-app preview, the PDF and the tests agree on every date.
import { datedTimeline, formatRuleDates, type DatedRule } from '../../../core/aftercare';
import type { AftercareSheetData } from '../../../api/contract/aftercare';
import { formatDate, formatMonthYear } from '../../../core/format-date';

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

/** The same range in days, worded for the client ("day 0" means nothing to them). */
function daysLabel(r: DatedRule): string {
  if (r.toDay === null) return r.fromDay === 0 ? 'From the session day' : `From day ${r.fromDay} after your session`;
  if (r.fromDay === r.toDay) return r.fromDay === 0 ? 'The session day' : `Day ${r.fromDay} after your session`;
  if (r.fromDay === 0) return r.toDay === 1 ? 'The session day and the day after' : `The session day and the ${r.toDay} days after`;
  return `Days ${r.fromDay}–${r.toDay} after your session`;
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
        days: daysLabel(r),
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
  if (next.kind === 'touch_up')
    return `A touch-up is usually worth booking around ${monthYear(next.earliest, locale)}, or sooner if the pigment fades.`;
  const when = next.latest ? `between ${date(next.earliest)} and ${date(next.latest)}` : `from ${date(next.earliest)}`;
  return next.optional
    ? `If a further session is needed, session ${next.number} can be booked ${when}.`
    : `Your next session (session ${next.number}) can be booked ${when}.`;
}

export function sessionLine(data: AftercareSheetData): string {
  const what = data.session.kind === 'touch_up' ? `Touch-up session ${data.session.number}` : `Session ${data.session.number}`;
  return `${what} · ${longDate(data.session.date, data.clinic.locale)}`;
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
